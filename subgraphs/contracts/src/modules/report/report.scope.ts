import { BadUserInputError, coversCommune, ForbiddenError, isUuid, NotFoundError, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BuyerKind } from '../buyer/buyer.entity';
import { departmentsOfRegion } from './report.regions';
import { ReportScopeKind } from './report.types';

/** A scope the viewer may read, resolved: its SQL condition on `contract c JOIN buyer b`, and its label. */
export interface ResolvedScope {
  kind: ReportScopeKind;
  code: string | null;
  label: string;
  buyerId: string | null;
  where: string;
  params: unknown[];
}

interface BuyerRow {
  id: string;
  name: string;
  siret: string;
  commune_code: string;
  reference?: string;
}

const DEPARTMENT = /^(\d{2}|2[AB]|97\d)$/;

function forbidden(): never {
  throw new ForbiddenError('Ce périmètre ne fait pas partie de ceux que vous pouvez consulter.');
}

/**
 * Who may read a report of a scope: an admin any; a facilitator the buyers, contracts, departments and
 * regions of their territories, and their own territory; a buyer its own reports (its organisation is its
 * id or its SIRET); nobody the nation but admins. The figures underneath are aggregates (suppressed below
 * 5 people for buyers by the beneficiaries subgraph's access table).
 */
function assertMayReadBuyer(viewer: Viewer, buyer: BuyerRow): void {
  if (viewer.role === 'admin') return;
  if (viewer.role === 'facilitator' && coversCommune(viewer, buyer.commune_code)) return;
  if (viewer.role === 'buyer' && viewer.organisation && [buyer.id, buyer.siret].includes(viewer.organisation.toLowerCase())) return;
  forbidden();
}

function coversDepartments(viewer: Viewer, departments: readonly string[]): boolean {
  if (viewer.role === 'admin') return true;
  return viewer.role === 'facilitator' && departments.every((department) => viewer.territories.includes(department));
}

async function buyerOf(em: EntityManager, kind: ReportScopeKind, id: string | null | undefined): Promise<BuyerRow> {
  if (!id || !isUuid(id)) throw new BadUserInputError('Identifiant manquant ou invalide pour ce périmètre.', 'scope.id');
  const rows: BuyerRow[] = kind === ReportScopeKind.CONTRACT
    ? await em.execute('SELECT b.id, b.name, b.siret, b.commune_code, c.reference FROM contract c JOIN buyer b ON b.id = c.buyer_id WHERE c.id = ?', [id.toLowerCase()])
    : await em.execute('SELECT b.id, b.name, b.siret, b.commune_code FROM buyer b WHERE b.id = ?', [id.toLowerCase()]);
  if (!rows[0]) throw new NotFoundError(kind === ReportScopeKind.CONTRACT ? 'Marché introuvable.' : 'Acheteur introuvable.');
  return rows[0];
}

/** Resolves and checks a scope; a scope the viewer may not read is FORBIDDEN, a malformed one BAD_USER_INPUT. */
export async function resolveScope(em: EntityManager, viewer: Viewer, scope: { kind: ReportScopeKind; id?: string | null; code?: string | null }): Promise<ResolvedScope> {
  const base = { kind: scope.kind, buyerId: null };
  switch (scope.kind) {
    case ReportScopeKind.CONTRACT:
    case ReportScopeKind.BUYER: {
      const buyer = await buyerOf(em, scope.kind, scope.id);
      assertMayReadBuyer(viewer, buyer);
      const contract = scope.kind === ReportScopeKind.CONTRACT;
      return {
        ...base, buyerId: buyer.id, code: scope.id!.toLowerCase(),
        label: contract ? `Marché ${buyer.reference} (${buyer.name})` : buyer.name,
        where: contract ? 'c.id = ?' : 'c.buyer_id = ?', params: [scope.id!.toLowerCase()],
      };
    }
    case ReportScopeKind.DEPARTMENT: {
      const code = scope.code ?? '';
      if (!DEPARTMENT.test(code)) throw new BadUserInputError('Code de département invalide.', 'scope.code');
      if (!coversDepartments(viewer, [code])) forbidden();
      return { ...base, code, label: `Département ${code}`, where: 'b.department_code = ?', params: [code] };
    }
    case ReportScopeKind.REGION: {
      const departments = departmentsOfRegion(scope.code ?? '');
      if (!departments) throw new BadUserInputError('Code de région inconnu.', 'scope.code');
      if (!coversDepartments(viewer, departments)) forbidden();
      return { ...base, code: scope.code!, label: `Région ${scope.code}`, where: 'b.department_code = ANY(?::text[])', params: [`{${departments.join(',')}}`] };
    }
    case ReportScopeKind.TERRITORY: {
      if (viewer.role !== 'facilitator' || viewer.territories.length === 0) forbidden();
      const list = `{${viewer.territories.join(',')}}`;
      return { ...base, code: null, label: `Territoire (${viewer.territories.join(', ')})`, where: '(b.department_code = ANY(?::text[]) OR b.commune_code = ANY(?::text[]))', params: [list, list] };
    }
    case ReportScopeKind.NATION:
      if (viewer.role !== 'admin') forbidden();
      return { ...base, code: null, label: 'France entière', where: 'TRUE', params: [] };
  }
}

/** Narrows a scope to one kind of buyer (the national consolidation's breakdown). */
export function withBuyerKind(scope: ResolvedScope, kind: BuyerKind): ResolvedScope {
  return { ...scope, where: `(${scope.where}) AND b.kind = ?`, params: [...scope.params, kind] };
}
