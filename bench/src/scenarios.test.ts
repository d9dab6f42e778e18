import { BATCH_REQUESTS_MAX } from './generate';
import { POOL_MONTHS } from './generate/beneficiaries';
import { batchLine, resetBatchCursor, SCENARIOS, timedPageSize } from './scenarios';
import { createRandom } from './prng';

/** A pool as the generator makes it: enough placements for a round's lines, each a person of its own. */
const poolPlacements = Array.from({ length: Math.ceil((BATCH_REQUESTS_MAX * 500) / POOL_MONTHS) }, (_, i) => `placement-${i}`);
const poolMonths = Array.from({ length: POOL_MONTHS }, (_, i) => `m${String(i).padStart(2, '0')}`);
const data = { dashboardLists: [], contractIds: [], buyerIds: [], postalCodes: [], poolPlacements, poolMonths };

/** The lines of one round of the batch scenario, as the load generator sends them. */
function round(): { placementId: string; month: string }[][] {
  resetBatchCursor();
  const batch = SCENARIOS.find((scenario) => scenario.name === 'batch')!;
  const random = createRandom(1);
  return Array.from({ length: BATCH_REQUESTS_MAX }, () => (batch.variables(data, random, timedPageSize(batch)) as { lines: { placementId: string; month: string }[] }).lines);
}

describe('the lines of the batch scenario', () => {
  test('a round declares each (placement, month) of the pool at most once', () => {
    const lines = round().flat();
    expect(lines).toHaveLength(BATCH_REQUESTS_MAX * 500);
    expect(new Set(lines.map((line) => `${line.placementId}|${line.month}`)).size).toBe(lines.length);
  });

  test('the batches of a round are for people of their own: two share at most the person at their boundary', () => {
    const people = round().map((lines) => new Set(lines.map((line) => line.placementId)));
    for (const [i, mine] of people.entries()) {
      expect(mine.size).toBeLessThanOrEqual(Math.ceil(500 / POOL_MONTHS) + 1);
      for (const [j, theirs] of people.entries()) {
        if (j <= i) continue;
        const shared = [...mine].filter((person) => theirs.has(person)).length;
        expect(shared).toBeLessThanOrEqual(j === i + 1 ? 1 : 0);
      }
    }
  });

  test('a line is a placement for each of its months in turn, then the next placement', () => {
    expect([0, 1, POOL_MONTHS - 1, POOL_MONTHS].map((n) => batchLine(data, n))).toEqual([
      { placementId: 'placement-0', month: 'm00' }, { placementId: 'placement-0', month: 'm01' },
      { placementId: 'placement-0', month: `m${POOL_MONTHS - 1}` }, { placementId: 'placement-1', month: 'm00' },
    ]);
  });
});
