/** The hours of the wanted contracts: total, by modality and by month (GROUPING SETS over the roll-up's rows). */
const HOURS_WITH_MONTHS = `hours AS (
  SELECT r.contract_id, r.modality, r.month, GROUPING(r.modality) AS no_modality, GROUPING(r.month) AS no_month,
         sum(r.hours_worked + r.training_hours) AS hours, sum(r.training_hours) AS training, max(r.month) AS last_month
    FROM contract_hours_rollup r JOIN wanted w ON w.id = r.contract_id
   GROUP BY GROUPING SETS ((r.contract_id), (r.contract_id, r.modality), (r.contract_id, r.month)))`;

/**
 * The same without the months: the totals per contract and modality (`contract_hours_total`, migration
 * `contract_hours_totals`, kept by triggers on the roll-up), then the contract's total from those few rows.
 * One row per contract and modality, whatever the months of history.
 */
const HOURS_WITHOUT_MONTHS = `by_modality AS (
  SELECT t.contract_id, t.modality, t.hours_worked + t.training_hours AS hours, t.training_hours AS training, t.last_month
    FROM contract_hours_total t JOIN wanted w ON w.id = t.contract_id),
hours AS (
  SELECT m.contract_id, m.modality, 0 AS no_modality, 1 AS no_month, m.hours, m.training, m.last_month FROM by_modality m
  UNION ALL
  SELECT m.contract_id, NULL, 1, 1, sum(m.hours), sum(m.training), max(m.last_month) FROM by_modality m GROUP BY m.contract_id)`;

/**
 * The statement behind `Contract.insertionProgress`: the roll-up tables of migration
 * `create_contract_insertion_rollup` (without the months, the totals of migration `contract_hours_totals`),
 * never the statements themselves, so that its cost follows the contracts asked for (their placements, months
 * and modalities) and not the history of the hours table. It returns the rows `aggregateHours` computes from the statements — same groupings, same figures, same text forms — which
 * the roll-up tests check after random sequences of declarations, corrections and erasures.
 *
 * One parameter: the contract ids as a PostgreSQL array literal (ids are checked to be UUIDs first).
 * The bench explains this exact text (`bench/src/explain.ts` imports it).
 */
const contractProgressSql = (months: boolean) => `WITH wanted AS (SELECT DISTINCT unnest(?::uuid[]) AS id),
placed AS (
  SELECT p.contract_id, p.modality, GROUPING(p.modality) AS whole, coalesce(p.modality, '') AS value,
         count(DISTINCT p.beneficiary_id)::int AS placed_people, count(*)::int AS placements,
         (count(*) FILTER (WHERE p.start_date <= current_date AND (p.end_date IS NULL OR p.end_date >= current_date)))::int AS active_placements
    FROM placement p JOIN wanted w ON w.id = p.contract_id
   GROUP BY GROUPING SETS ((p.contract_id), (p.contract_id, p.modality))),
${months ? HOURS_WITH_MONTHS : HOURS_WITHOUT_MONTHS},
people AS (SELECT pe.* FROM contract_people_rollup pe JOIN wanted w ON w.id = pe.contract_id${months ? '' : " WHERE pe.dimension IN ('total', 'modality')"})
SELECT pl.contract_id::text AS key, pl.modality, NULL::char(7) AS month,
       CASE WHEN pl.whole = 1 THEN 'total' ELSE 'modality' END AS grouping,
       coalesce(h.hours, 0::numeric(10,2))::text AS hours, coalesce(h.training, 0::numeric(10,2))::text AS training,
       coalesce(pe.people, 0)::int AS people, pl.placed_people, pl.placements, pl.active_placements, h.last_month
  FROM placed pl
  LEFT JOIN hours h ON h.contract_id = pl.contract_id AND h.no_month = 1 AND h.no_modality = pl.whole AND coalesce(h.modality, '') = pl.value
  LEFT JOIN people pe ON pe.contract_id = pl.contract_id AND pe.dimension = CASE WHEN pl.whole = 1 THEN 'total' ELSE 'modality' END
        AND pe.value = pl.value${months ? `
UNION ALL
SELECT h.contract_id::text, NULL, h.month, 'month', h.hours::text, h.training::text, coalesce(pe.people, 0)::int, 0, 0, 0, h.last_month
  FROM hours h
  LEFT JOIN people pe ON pe.contract_id = h.contract_id AND pe.dimension = 'month' AND pe.value = h.month::text
 WHERE h.no_month = 0` : ''}`;

export const CONTRACT_PROGRESS_SQL = contractProgressSql(true);

/**
 * The same rows without the months (no `month` grouping, no month rows): what a read that does not ask for
 * `byMonth` runs — a dashboard's page. It reads the totals per contract and modality and the people of the whole
 * and of each modality (by their key): its cost follows the contracts' modalities, not the months of history.
 */
export const CONTRACT_PROGRESS_WITHOUT_MONTHS_SQL = contractProgressSql(false);

/** `{id,id,…}`: one array parameter whatever the number of keys (the statement text never changes). */
export function uuidArrayLiteral(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
