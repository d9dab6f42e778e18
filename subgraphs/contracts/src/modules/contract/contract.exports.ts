import { BadUserInputError, fileContext, isUuid } from '@maillage/subgraph-kit';
// The writers are a subpath of the kit: only the processes that export load exceljs.
import { exportFormatOf, openExport, type ExportColumn } from '@maillage/subgraph-kit/exports';
import express, { type Request, type Response } from 'express';
import type { Loaders } from '../../context';
import { contractsAccess } from '../access/contracts.access';
import { PartyRole } from '../party/contract-party.entity';
import { ContractSector, ContractStatus } from './contract.enums';
import type { ContractFilter } from './contract.inputs';
import { contractsWhere, findContractsPage, sumHoursTargets } from './contract.repository';

const COLUMNS: ExportColumn[] = [
  { header: 'Référence', kind: 'text' }, { header: 'Objet', kind: 'text' }, { header: 'Acheteur', kind: 'text' },
  { header: 'Étape', kind: 'text' }, { header: 'Secteur', kind: 'text' }, { header: 'Début d’exécution', kind: 'text' },
  { header: 'Fin d’exécution', kind: 'text' }, { header: 'Montant estimé (€ HT)', kind: 'decimal' },
  { header: 'Objectif d’heures d’insertion', kind: 'decimal' }, { header: 'Titulaire (SIRET)', kind: 'text' }, { header: 'Titulaire', kind: 'text' },
  { header: 'Identifiant', kind: 'text' },
];

const STATUS_LABELS: Record<ContractStatus, string> = {
  DRAFT: 'Brouillon', PUBLISHED: 'Publié', AWARDED: 'Attribué', IN_EXECUTION: 'En exécution', CLOSED: 'Clos', CANCELLED: 'Annulé',
};

/** Rows per page of the export: the list's largest page; the identity map is emptied after each. */
const PAGE = 100;

function list<T extends string>(value: unknown, allowed: Record<string, T>, field: string): T[] | null {
  if (value === undefined || value === '') return null;
  const values = String(value).split(',').map((item) => item.trim());
  const known = new Set<string>(Object.values(allowed));
  const unknown = values.filter((item) => !known.has(item));
  if (unknown.length > 0) throw new BadUserInputError(`Valeur inconnue pour « ${field} » : ${unknown.join(', ')}.`, field);
  return values as T[];
}

/** The `contracts(filter:)` of the GraphQL read, from the query string, checked before the first byte. */
export function contractFilterOf(query: Request['query']): ContractFilter {
  const text = (name: string) => (typeof query[name] === 'string' && query[name] !== '' ? (query[name] as string) : null);
  const filter: ContractFilter = {
    buyerId: text('buyerId'), facilitatorId: text('facilitatorId'), department: text('department'), commune: text('commune'),
    executingOn: text('executingOn'), text: text('text'),
    status: list(query.status, ContractStatus, 'status'), sector: list(query.sector, ContractSector, 'sector'),
  };
  for (const name of ['buyerId', 'facilitatorId'] as const) {
    if (filter[name] && !isUuid(filter[name])) throw new BadUserInputError(`Identifiant « ${name} » invalide.`, name);
  }
  if (filter.executingOn && !/^\d{4}-\d{2}-\d{2}$/.test(filter.executingOn)) throw new BadUserInputError('Date « executingOn » invalide (AAAA-MM-JJ).', 'executingOn');
  contractsWhere(filter); // the read's own checks (department, commune, text), before any byte
  return filter;
}

/**
 * `/files/contracts/exports/contracts.(csv|xlsx)`: the contract register as the portal lists it, with the
 * same filters and the same access rule as `contracts(filter:)` (the register is not personal data: no
 * audit). Streamed page by page in the list's order.
 */
async function exportContracts(req: Request, res: Response): Promise<void> {
  const { em, viewer, loaders } = fileContext<Loaders>(req);
  contractsAccess.assertMayEver(viewer, 'read', 'Contract');
  const format = exportFormatOf(req.params.format);
  const filter = contractFilterOf(req.query);
  const writer = openExport(res, format, 'marches', COLUMNS, 'Marchés');
  let after: string | undefined;
  for (;;) {
    const page = await findContractsPage(em, filter, { first: PAGE, after });
    const targets = new Map((await sumHoursTargets(em, page.nodes.map((contract) => contract.id))).map((row) => [row.contractId, row.hours]));
    // A page's buyers, parties and holders in one batched query each (the loaders), not one per contract.
    const rows = await Promise.all(page.nodes.map(async (contract) => {
      const [buyer, parties] = await Promise.all([loaders.buyerById.load(contract.buyer.id), loaders.partiesByContractId.load(contract.id)]);
      const holder = parties.find((party) => party.role === PartyRole.HOLDER && !party.lot);
      const company = holder ? await loaders.companyBySiret.load(holder.company.siret) : null;
      return [
        contract.reference, contract.title, buyer?.name ?? null, STATUS_LABELS[contract.status], contract.sector,
        contract.executionStart ?? null, contract.executionEnd ?? null, contract.estimatedAmount ?? null,
        targets.get(contract.id) ?? null, holder?.company.siret ?? null, company?.name ?? null, contract.id,
      ];
    }));
    for (const row of rows) await writer.writeRow(row);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? undefined;
    em.clear();
  }
  await writer.end();
}

/** The contracts subgraph's files (`/files/contracts/…` through the gateway). */
export function createContractFilesRouter(): express.Router {
  return express.Router().get('/exports/contracts.:format', exportContracts);
}
