import { and, type Connection, findSqlPage, type PageArgs, sql, type SqlFragment, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { visibilitySql } from '../../access/access.sql';
import { Placement } from './placement.entity';
import type { PlacementFilter } from './placement.inputs';
import { validateUuid } from './placement.validation';

function filterSql(filter: PlacementFilter): SqlFragment[] {
  const parts: SqlFragment[] = [];
  if (filter.contractId) parts.push(sql('p.contract_id = ?::uuid', validateUuid(filter.contractId, 'filter.contractId')));
  if (filter.beneficiaryId) parts.push(sql('p.beneficiary_id = ?::uuid', validateUuid(filter.beneficiaryId, 'filter.beneficiaryId')));
  if (filter.employerSiret) parts.push(sql('p.employer_siret = ?', filter.employerSiret));
  if (filter.employerStructureId) parts.push(sql('p.employer_structure_id = ?::uuid', validateUuid(filter.employerStructureId, 'filter.employerStructureId')));
  if (filter.activeOn) parts.push(sql('p.start_date <= ?::date AND (p.end_date IS NULL OR p.end_date >= ?::date)', filter.activeOn, filter.activeOn));
  return parts;
}

/** The tables a placement list reads from: the placement `p` and its person `b`. */
export const PLACEMENTS_FROM = 'FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id';

/**
 * The placements the viewer may read (territory, referent, or its own as employer) that match the filter:
 * the one condition of the GraphQL list and of its exports.
 */
export function visiblePlacementsWhere(viewer: Viewer, filter: PlacementFilter, resource: 'Placement' | 'HoursStatement' = 'Placement'): SqlFragment {
  const visible = visibilitySql(viewer, [resource], {
    beneficiary: 'b',
    employer: (org) => sql('(p.employer_siret = ? OR p.employer_structure_id::text = ?)', org, org),
  });
  return and([visible, ...filterSql(filter)]);
}

/** A page of the placements the viewer may read (territory, referent, or its own as employer). */
export function findPlacementsPage(em: EntityManager, viewer: Viewer, filter: PlacementFilter, page: PageArgs): Promise<Connection<Placement>> {
  return findSqlPage(em, {
    entity: Placement,
    from: PLACEMENTS_FROM,
    alias: 'p',
    where: visiblePlacementsWhere(viewer, filter),
    first: page.first,
    after: page.after,
  });
}
