import { isKnownRomeCode, romeCodeList, romeFamilyLabel, romeFamilyOf, romeLabel } from './index';
import { jobsOfCsv, updatedList } from './update';

describe('the committed ROME list', () => {
  test('states its source, licence and date, and holds the families the facilitators need', () => {
    const list = romeCodeList();
    expect(list.source).toMatch(/France Travail/);
    expect(list.licence).toMatch(/Licence Ouverte/);
    expect(list.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const code of ['F1703', 'K2204', 'A1203', 'N1103', 'G1602']) expect(isKnownRomeCode(code)).toBe(true);
    expect(romeLabel('F1703')).toBe('Maçonnerie');
    expect(isKnownRomeCode('Z9999')).toBe(false);
    expect(romeFamilyOf('F1703')).toBe('F');
    expect(romeFamilyLabel('F')).toBe('Construction, bâtiment et travaux publics');
  });

  test('every job is under a kept prefix, sorted and unique', () => {
    const { jobs, kept } = romeCodeList();
    expect(jobs.every((job) => kept.some((prefix) => job.code.startsWith(prefix)))).toBe(true);
    expect(jobs.map((job) => job.code)).toEqual([...new Set(jobs.map((job) => job.code))].sort());
  });
});

describe('updating from the referential’s CSV file', () => {
  const csv = '\uFEFF"code_rome","code_fiche_em","libelle_rome","code_ogr"\n"A1203","1","Aménagement et entretien des espaces verts","1"\n"B1101","2","Création en arts plastiques","2"\n"F1703","3","Maçonnerie","3"\n';

  test('reads the codes and labels of France Travail’s CSV', () => {
    expect(jobsOfCsv(csv)).toEqual([
      { code: 'A1203', label: 'Aménagement et entretien des espaces verts' },
      { code: 'B1101', label: 'Création en arts plastiques' },
      { code: 'F1703', label: 'Maçonnerie' },
    ]);
    expect(jobsOfCsv('code;libelle\nk2204;Nettoyage de locaux\n')).toEqual([{ code: 'K2204', label: 'Nettoyage de locaux' }]);
  });

  test('keeps the prefixes asked for, or every job with --all, and refuses a file without jobs or a bad date', () => {
    const jobs = jobsOfCsv(csv);
    expect(updatedList(romeCodeList(), jobs, '2025-05-12', '4.0', ['A12', 'F']).jobs.map((job) => job.code)).toEqual(['A1203', 'F1703']);
    expect(updatedList(romeCodeList(), jobs, '2025-05-12', '4.0', []).jobs).toHaveLength(3);
    expect(() => updatedList(romeCodeList(), jobs, '12/05/2025', null, [])).toThrow(/--date/);
    expect(() => jobsOfCsv('a,b\n1,2\n')).toThrow(/code_rome/);
  });
});
