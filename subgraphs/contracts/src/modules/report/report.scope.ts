import { BadUserInputError, ForbiddenError, isUuid, NotFoundError, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contractsAccess, type ContractsSubject } from '../access/contracts.access';
import type { BuyerKind } from '../buyer/buyer.entity';
import { departmentsOfRegion, regionName } from './report.regions';
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
 * Who may read a report of a scope is the access table's `InsertionReport` row
 * (`src/access/access-table.ts`): the scope becomes the row the conditions look at. The figures underneath
 * are aggregates (suppressed below 5 people for buyers by the beneficiaries subgraph's access table).
 */
function assertMayRead(viewer: Viewer, subject: ContractsSubject): void {
  if (!contractsAccess.can(viewer, 'read', 'InsertionReport', subject)) forbidden();
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
      assertMayRead(viewer, { buyerCommuneCode: buyer.commune_code, buyerId: buyer.id, buyerSiret: buyer.siret });
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
      assertMayRead(viewer, { departments: [code] });
      return { ...base, code, label: `Département ${code}`, where: 'b.department_code = ?', params: [code] };
    }
    case ReportScopeKind.REGION: {
      const departments = departmentsOfRegion(scope.code ?? '');
      if (!departments) throw new BadUserInputError('Code de région inconnu.', 'scope.code');
      assertMayRead(viewer, { departments });
      return { ...base, code: scope.code!, label: `Région ${regionName(scope.code!)}`, where: 'b.department_code = ANY(?::text[])', params: [`{${departments.join(',')}}`] };
    }
    case ReportScopeKind.TERRITORY: {
      // The viewer's own territory: a scope only a viewer with territories has.
      if (viewer.territories.length === 0) forbidden();
      assertMayRead(viewer, { departments: viewer.territories });
      const list = `{${viewer.territories.join(',')}}`;
      return { ...base, code: null, label: `Territoire (${viewer.territories.join(', ')})`, where: '(b.department_code = ANY(?::text[]) OR b.commune_code = ANY(?::text[]))', params: [list, list] };
    }
    case ReportScopeKind.NATION:
      assertMayRead(viewer, { departments: 'nation' });
      return { ...base, code: null, label: 'France entière', where: 'TRUE', params: [] };
  }
}

/** Narrows a scope to one kind of buyer (the national consolidation's breakdown). */
export function withBuyerKind(scope: ResolvedScope, kind: BuyerKind): ResolvedScope {
  return { ...scope, where: `(${scope.where}) AND b.kind = ?`, params: [...scope.params, kind] };
}
