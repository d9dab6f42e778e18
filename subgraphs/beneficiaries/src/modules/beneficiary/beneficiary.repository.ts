import { and, BadUserInputError, type Connection, findSqlPage, isUuid, or, type PageArgs, sql, type SqlFragment, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Resource } from '../../access/access-table';
import { BENEFICIARY_RESOURCES } from '../../access/visibility';
import { visibilitySql, type VisibilityColumns } from '../../access/access.sql';
import { criterionResource, Sensitivity } from '../criterion/criterion.enums';
import { Beneficiary } from './beneficiary.entity';
import type { BeneficiaryFilter } from './beneficiary.inputs';

const EMPLOYER_OF_PERSON = (organisation: string) =>
  sql('EXISTS (SELECT 1 FROM placement e WHERE e.beneficiary_id = b.id AND (e.employer_siret = ? OR e.employer_structure_id::text = ?))', organisation, organisation);
const PERSON: VisibilityColumns = { beneficiary: 'b', employer: EMPLOYER_OF_PERSON };
/** Inside an EXISTS over placement `p`: the employer is that placement's. */
const PLACEMENT: VisibilityColumns = { beneficiary: 'b', employer: (org) => sql('(p.employer_siret = ? OR p.employer_structure_id::text = ?)', org, org) };

const VALID_ON = 'bc.validated_at IS NOT NULL AND bc.proof_date <= ?::date AND (bc.expires_on IS NULL OR bc.expires_on >= ?::date)';

function uuidArgument(value: string, field: string): string {
  if (!isUuid(value)) throw new BadUserInputError(`${field} must be a UUID`, field);
  return value.toLowerCase();
}

/** A criterion row matches only in a tier the viewer may read for this person. */
function readableCriterion(viewer: Viewer): SqlFragment {
  return or(Object.values(Sensitivity).map((tier) =>
    and([sql('ec.sensitivity = ?', tier), visibilitySql(viewer, [criterionResource(tier)], PERSON)])));
}

/**
 * Each filter tests one thing and adds the condition that the viewer may read that thing for the row: a
 * filter must not reveal, by who it lets through, what the viewer could not read (a structure filtering
 * its employees by criterion would otherwise learn their RSA status).
 */
function filterSql(viewer: Viewer, filter: BeneficiaryFilter): SqlFragment[] {
  const parts: SqlFragment[] = [];
  const guarded = (resource: Resource, condition: SqlFragment) => parts.push(and([condition, visibilitySql(viewer, [resource], PERSON)]));
  if (filter.territory) guarded('Beneficiary.residenceCommune', sql('(b.department_code = ? OR b.residence_commune_code = ?)', filter.territory, filter.territory));
  if (filter.referentStructureId) {
    guarded('Beneficiary.referentStructure', sql('b.referent_structure_id = ?::uuid', uuidArgument(filter.referentStructureId, 'filter.referentStructureId')));
  }
  if (filter.eligibleOn) {
    // Eligible on the date itself, or held by a placement running that day that a criterion carried at hiring.
    guarded('Beneficiary.eligibility', sql(`(EXISTS (SELECT 1 FROM beneficiary_criterion bc WHERE bc.beneficiary_id = b.id AND ${VALID_ON})
      OR EXISTS (SELECT 1 FROM placement p WHERE p.beneficiary_id = b.id AND p.eligibility_basis = 'CRITERION'
        AND p.start_date <= ?::date AND (p.end_date IS NULL OR p.end_date >= ?::date)))`, filter.eligibleOn, filter.eligibleOn, filter.eligibleOn, filter.eligibleOn));
  }
  if (filter.criterion) {
    const readable = readableCriterion(viewer);
    parts.push(sql(`EXISTS (SELECT 1 FROM beneficiary_criterion bc JOIN eligibility_criterion ec ON ec.id = bc.criterion_id
      WHERE bc.beneficiary_id = b.id AND ec.code = ? AND (${readable.sql}))`, filter.criterion, ...readable.params));
  }
  const placementExists = (condition: SqlFragment) => {
    const visible = visibilitySql(viewer, ['Placement'], PLACEMENT);
    parts.push(sql(`EXISTS (SELECT 1 FROM placement p WHERE p.beneficiary_id = b.id AND (${condition.sql}) AND (${visible.sql}))`, ...condition.params, ...visible.params));
  };
  if (filter.contractId) placementExists(sql('p.contract_id = ?::uuid', uuidArgument(filter.contractId, 'filter.contractId')));
  if (filter.activePlacementOn) {
    placementExists(sql('p.start_date <= ?::date AND (p.end_date IS NULL OR p.end_date >= ?::date)', filter.activePlacementOn, filter.activePlacementOn));
  }
  return parts;
}

/** A page of the people the viewer may see (any personal field readable), filtered. */
export function findBeneficiariesPage(em: EntityManager, viewer: Viewer, filter: BeneficiaryFilter, page: PageArgs): Promise<Connection<Beneficiary>> {
  const where = and([visibilitySql(viewer, BENEFICIARY_RESOURCES, PERSON), ...filterSql(viewer, filter)]);
  return findSqlPage(em, { entity: Beneficiary, from: 'FROM beneficiary b', alias: 'b', where, first: page.first, after: page.after });
}

/** Every employer each person has had (SIRETs and structure ids), for the `employer` condition. */
export async function employersOf(em: EntityManager, beneficiaryIds: string[]): Promise<{ key: string; employer: string }[]> {
  const ids = beneficiaryIds.filter(isUuid);
  if (ids.length === 0) return [];
  return em.execute(
    `SELECT DISTINCT beneficiary_id::text AS key, coalesce(employer_siret, employer_structure_id::text) AS employer
       FROM placement WHERE beneficiary_id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid)`,
    [JSON.stringify(ids.map((id) => id.toLowerCase()))],
  );
}
