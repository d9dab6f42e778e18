import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArrayLiteral } from '../aggregates/aggregates.rollup';

/** What the indicators of a report are computed over: the scope's contracts and the period (dates included). */
export interface IndicatorScope {
  contractIds: readonly string[];
  start: string;
  end: string;
}

/** A row of hours: the total (no modality, no month), a modality, or a month. */
export interface HoursRow {
  modality: string | null;
  month: string | null;
  grouping: 'total' | 'modality' | 'month';
  worked: string;
  training: string;
}

/** A count of people (and placements) in one category of one dimension. */
export interface CountRow {
  dimension: string;
  category: string;
  people: number;
  placements: number;
}

const months = (scope: IndicatorScope) => [scope.start.slice(0, 7), scope.end.slice(0, 7)];

/**
 * Hours of the period from the roll-up the triggers keep (`contract_hours_rollup`: current versions only):
 * its cost follows the scope's contracts and months, not the history of statements.
 */
export function hoursRows(em: EntityManager, scope: IndicatorScope): Promise<HoursRow[]> {
  return em.execute<HoursRow[]>(
    `SELECT r.modality, r.month,
            CASE WHEN GROUPING(r.modality) = 0 THEN 'modality' WHEN GROUPING(r.month) = 0 THEN 'month' ELSE 'total' END AS grouping,
            coalesce(sum(r.hours_worked), 0)::numeric(14,2)::text AS worked, coalesce(sum(r.training_hours), 0)::numeric(14,2)::text AS training
       FROM contract_hours_rollup r
      WHERE r.contract_id = ANY(?::uuid[]) AND r.month BETWEEN ? AND ?
      GROUP BY GROUPING SETS ((), (r.modality), (r.month))`,
    [uuidArrayLiteral(scope.contractIds), ...months(scope)],
  );
}

/** The placements of the scope that overlap the period (`p`), as a CTE. */
const PLACED = `placed AS (
  SELECT p.* FROM placement p
   WHERE p.contract_id = ANY(?::uuid[]) AND p.start_date <= ?::date AND (p.end_date IS NULL OR p.end_date >= ?::date))`;

/** Each person once, with the date they entered: the start of their first placement of the scope in the period. */
const ENTRANTS = `entrants AS (SELECT beneficiary_id AS id, min(start_date) AS entry FROM placed GROUP BY beneficiary_id)`;

/**
 * The family of an eligibility criterion, by its national code (DOMAIN.md §4; the catalogue of migration
 * `seed_national_eligibility_catalogue`): health (RQTH, AAH: GDPR art. 9) and justice criteria are their
 * own families, shown only to roles that may read those tiers. A territory's own codes fall in `OTHER`.
 */
const FAMILY = `CASE
  WHEN ec.sensitivity = 'HEALTH' THEN 'HEALTH'
  WHEN ec.sensitivity = 'JUSTICE' THEN 'JUSTICE'
  WHEN ec.code IN ('RSA', 'ASS') THEN 'SOCIAL_MINIMA'
  WHEN ec.code IN ('DELD', 'DETLD') THEN 'LONG_TERM_JOB_SEEKER'
  WHEN ec.code IN ('JEUNE_PEU_QUALIFIE', 'ASE') THEN 'YOUTH'
  WHEN ec.code = 'SENIOR' THEN 'SENIOR'
  WHEN ec.code IN ('QPV', 'ZRR') THEN 'PRIORITY_AREA'
  ELSE 'OTHER' END`;

/**
 * Every count of a report in ONE statement: people with hours (by modality), placements and people placed
 * (by employment contract type and planned duration), profiles at entry (age band, sex, QPV, qualification,
 * criteria families of the criteria validated by then) and outcomes observed in the period.
 */
export function countRows(em: EntityManager, scope: IndicatorScope): Promise<CountRow[]> {
  const ids = uuidArrayLiteral(scope.contractIds);
  const [startMonth, endMonth] = months(scope);
  return em.execute<CountRow[]>(
    `WITH ${PLACED}, ${ENTRANTS},
     worked AS (
       SELECT p.beneficiary_id, p.modality FROM placement p
        WHERE p.contract_id = ANY(?::uuid[])
          AND EXISTS (SELECT 1 FROM hours_statement s WHERE s.placement_id = p.id AND s.is_current AND s.month BETWEEN ? AND ?))
     SELECT 'hours' AS dimension, coalesce(modality, 'TOTAL') AS category, count(DISTINCT beneficiary_id)::int AS people, 0 AS placements
       FROM worked GROUP BY GROUPING SETS ((), (modality))
     UNION ALL
     SELECT CASE WHEN GROUPING(employment_contract_type) = 0 THEN 'contractType' WHEN GROUPING(duration) = 0 THEN 'duration' ELSE 'placements' END,
            coalesce(employment_contract_type, duration, 'TOTAL'), count(DISTINCT beneficiary_id)::int, count(*)::int
       FROM (SELECT *, CASE WHEN end_date IS NULL THEN 'OPEN_ENDED'
                            WHEN end_date < start_date + interval '1 month' THEN 'UNDER_1_MONTH'
                            WHEN end_date < start_date + interval '3 months' THEN 'FROM_1_TO_3_MONTHS'
                            WHEN end_date <= start_date + interval '6 months' THEN 'FROM_3_TO_6_MONTHS'
                            ELSE 'OVER_6_MONTHS' END AS duration FROM placed) d
      GROUP BY GROUPING SETS ((), (employment_contract_type), (duration))
     UNION ALL
     SELECT dimension, category, count(*)::int, 0 FROM (
       SELECT 'age' AS dimension, CASE WHEN b.birth_date IS NULL THEN 'UNKNOWN'
                                       WHEN age(e.entry, b.birth_date) < interval '26 years' THEN 'UNDER_26'
                                       WHEN age(e.entry, b.birth_date) < interval '50 years' THEN 'FROM_26_TO_49'
                                       ELSE 'FROM_50' END AS category
         FROM entrants e JOIN beneficiary b ON b.id = e.id
       UNION ALL SELECT 'sex', coalesce(b.sex, 'UNKNOWN') FROM entrants e JOIN beneficiary b ON b.id = e.id
       UNION ALL SELECT 'qpv', CASE WHEN b.qpv_resident THEN 'QPV' WHEN NOT b.qpv_resident THEN 'NOT_QPV' ELSE 'UNKNOWN' END
                   FROM entrants e JOIN beneficiary b ON b.id = e.id
       UNION ALL SELECT 'qualification', coalesce(b.qualification_level, 'UNKNOWN') FROM entrants e JOIN beneficiary b ON b.id = e.id
       UNION ALL SELECT DISTINCT ON (e.id, ${FAMILY}) 'criteria', ${FAMILY}
                   FROM entrants e JOIN beneficiary_criterion bc ON bc.beneficiary_id = e.id AND bc.validated_at IS NOT NULL AND bc.proof_date <= e.entry
                   JOIN eligibility_criterion ec ON ec.id = bc.criterion_id
     ) profile GROUP BY dimension, category
     UNION ALL
     SELECT CASE o.kind WHEN 'AT_EXIT' THEN 'outcomeAtExit' ELSE 'outcomeAtSixMonths' END, o.category, count(DISTINCT ip.beneficiary_id)::int, 0
       FROM outcome o JOIN insertion_path ip ON ip.id = o.path_id JOIN entrants e ON e.id = ip.beneficiary_id
      WHERE o.observed_on BETWEEN ?::date AND ?::date
      GROUP BY o.kind, o.category`,
    [ids, scope.end, scope.start, ids, startMonth, endMonth, scope.start, scope.end],
  );
}
