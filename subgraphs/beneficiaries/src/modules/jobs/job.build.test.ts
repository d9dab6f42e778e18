import { buildJobDiversity } from './job.build';
import type { JobRow } from './job.repository';

const row = (level: JobRow['level'], family: string | null, placements: number, people: number, women = 0, contract: string | null = 'c1'): JobRow => ({
  level, contract_id: contract, family, placements, people, women_placements: women, women, others: people - women,
});

describe('the diversity of jobs', () => {
  const cells = [row('cell', 'F', 12, 12, 3), row('cell', 'N', 6, 6, 3), row('cell', 'K', 2, 2, 1)];
  const figures = { total: row('contract', null, 20, 20, 7), families: cells, cells, mainTradeOf: () => 'F', mainTrade: 'F' };

  test('counts families and the shares outside the main trade and held by women', () => {
    const jobs = buildJobDiversity(figures, false);
    expect(jobs).toMatchObject({ suppressed: false, placements: 20, placementsCoded: 20, familyCount: 3, mainTrade: 'F', outsideMainTrade: 8, outsideMainTradeShare: '0.4000', womenShare: '0.3500' });
    expect(jobs.families.map((cell) => [cell.category, cell.label, cell.placements])).toEqual([
      ['F', 'Construction, bâtiment et travaux publics', 12], ['N', 'Transport et logistique', 6], ['K', 'Services à la personne et à la collectivité', 2],
    ]);
  });

  test('for roles without access to individuals, small cells are hidden with the next smallest, and nothing under 5 people', () => {
    const jobs = buildJobDiversity(figures, true);
    expect(jobs.families.map((cell) => [cell.category, cell.suppressed, cell.placements])).toEqual([['F', false, 12], ['N', true, null], ['K', true, null]]);
    expect(jobs.outsideMainTradeShare).toBe('0.4000');
    expect(buildJobDiversity({ ...figures, total: row('contract', null, 20, 20, 2) }, true).womenShare).toBeNull();
    expect(buildJobDiversity({ ...figures, total: row('contract', null, 4, 4, 2) }, true)).toMatchObject({ suppressed: true, placements: null, families: [], womenShare: null });
  });

  test('uncoded placements and a sector without a main trade count in no share', () => {
    const uncoded = [row('cell', 'NONE', 5, 5)];
    expect(buildJobDiversity({ total: row('contract', null, 5, 5), families: uncoded, cells: uncoded, mainTradeOf: () => null, mainTrade: null }, false))
      .toMatchObject({ placementsCoded: 0, familyCount: 0, outsideMainTradeShare: null, families: [{ category: 'NONE', label: 'Métier non codé' }] });
  });
});
