import { and, BadUserInputError, sql, type SqlFragment, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { visibilitySql } from '../../access/access.sql';
import type { PlacementFilter } from '../placement/placement.inputs';
import { PLACEMENTS_FROM, visiblePlacementsWhere } from '../placement/placement.repository';

/** Rows are read by pages of this size (keyset), so an export's memory does not grow with its length. */
export const EXPORT_PAGE = 2000;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The list filters of an export's query string, as the GraphQL list takes them. */
export function placementFilterOf(query: Record<string, unknown>): PlacementFilter {
  const text = (name: string) => (typeof query[name] === 'string' && query[name] !== '' ? (query[name] as string) : null);
  return { contractId: text('contractId'), beneficiaryId: text('beneficiaryId'), employerSiret: text('employerSiret'), employerStructureId: text('employerStructureId'), activeOn: text('activeOn') };
}

/** `from`/`to` months (AAAA-MM) of a statements export. */
export function monthRangeOf(query: Record<string, unknown>): SqlFragment[] {
  const parts: SqlFragment[] = [];
  for (const [name, operator] of [['from', '>='], ['to', '<=']] as const) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || !MONTH.test(value)) throw new BadUserInputError(`Mois « ${name} » invalide (AAAA-MM).`, name);
    parts.push(sql(`s.month ${operator} ?`, value));
  }
  return parts;
}

/**
 * SQL true when the viewer may read the person's first and last names on this row: the same access table
 * as the `Beneficiary.firstName` field (a buyer never; an employer for the people it employs here).
 */
export function namesVisibleSql(viewer: Viewer): SqlFragment {
  return visibilitySql(viewer, ['Beneficiary.firstName'], {
    beneficiary: 'b',
    employer: (org) => sql('(p.employer_siret = ? OR p.employer_structure_id::text = ?)', org, org),
  });
}

export interface PlacementExportRow {
  id: string; created_at: string; beneficiary_id: string; names_visible: boolean; first_name: string | null; last_name: string | null;
  contract_id: string; lot_id: string | null; employer: string; modality: string; employment_contract_type: string;
  start_date: string; end_date: string | null; hours: string;
}

/** One page of the placements of the GraphQL list (same condition), after the keyset `(created_at, id)`. */
export async function placementExportPage(em: EntityManager, viewer: Viewer, filter: PlacementFilter, after: [string, string] | null): Promise<PlacementExportRow[]> {
  const names = namesVisibleSql(viewer);
  const where = and([visiblePlacementsWhere(viewer, filter), ...(after ? [sql('(p.created_at, p.id) > (?::timestamptz, ?::uuid)', ...after)] : [])]);
  return em.execute<PlacementExportRow[]>(
    `SELECT p.id, to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at, p.beneficiary_id, (${names.sql}) AS names_visible,
            b.first_name, b.last_name, p.contract_id, p.lot_id, coalesce(p.employer_siret, p.employer_structure_id::text) AS employer,
            p.modality, p.employment_contract_type, p.start_date::text, p.end_date::text,
            (SELECT coalesce(sum(s.hours_worked + s.training_hours), 0)::text FROM hours_statement s WHERE s.placement_id = p.id AND s.is_current) AS hours
       ${PLACEMENTS_FROM} WHERE ${where.sql} ORDER BY p.created_at, p.id LIMIT ${EXPORT_PAGE}`,
    [...names.params, ...where.params],
  );
}

export interface StatementExportRow {
  id: string; month: string; beneficiary_id: string; names_visible: boolean; first_name: string | null; last_name: string | null;
  contract_id: string; placement_id: string; hours_worked: string; training_hours: string; source: string; version: number;
}

/** One page of current statements of the placements the viewer may read, after the keyset `(month, id)`. */
export async function statementExportPage(em: EntityManager, viewer: Viewer, filter: PlacementFilter, months: SqlFragment[], after: [string, string] | null): Promise<StatementExportRow[]> {
  const names = namesVisibleSql(viewer);
  const where = and([visiblePlacementsWhere(viewer, filter, 'HoursStatement'), ...months, ...(after ? [sql('(s.month, s.id) > (?, ?::uuid)', ...after)] : [])]);
  return em.execute<StatementExportRow[]>(
    `SELECT s.id, s.month, p.beneficiary_id, (${names.sql}) AS names_visible, b.first_name, b.last_name, p.contract_id, s.placement_id,
            s.hours_worked::text, s.training_hours::text, s.source, s.version
       ${PLACEMENTS_FROM} JOIN hours_statement s ON s.placement_id = p.id AND s.is_current
      WHERE ${where.sql} ORDER BY s.month, s.id LIMIT ${EXPORT_PAGE}`,
    [...names.params, ...where.params],
  );
}
