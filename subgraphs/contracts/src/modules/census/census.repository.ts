import { findPage, isUuid, requireUuid, type Connection, type PageArgs, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { contractsAccess } from '../access/contracts.access';
import type { PlannedPurchaseFilter } from './census.inputs';
import { PlannedPurchase } from './planned-purchase.entity';

/**
 * The rows of the census a viewer may read, as a SQL condition (the access table's `PlannedPurchase.read`):
 * admins all; a facilitator the buyers of their territories (department or commune); a buyer its own
 * (its organisation is the buyer's id or SIRET).
 */
export function visiblePurchases(viewer: Viewer): FilterQuery<PlannedPurchase> {
  contractsAccess.assertMayEver(viewer, 'read', 'PlannedPurchase');
  if (viewer.role === 'admin') return {};
  if (viewer.role === 'facilitator') {
    const territories = [...viewer.territories];
    return { buyer: { $or: [{ departmentCode: { $in: territories } }, { communeCode: { $in: territories } }] } };
  }
  const organisation = viewer.organisation?.toLowerCase() ?? '';
  return { buyer: { $or: [{ siret: organisation }, ...(isUuid(organisation) ? [{ id: organisation }] : [])] } };
}

/** A page of the census by expected launch date (then id): two statements, whatever the filters. */
export function findPlannedPurchasesPage(em: EntityManager, viewer: Viewer, filter: PlannedPurchaseFilter | undefined, page: PageArgs): Promise<Connection<PlannedPurchase>> {
  const and: FilterQuery<PlannedPurchase>[] = [visiblePurchases(viewer)];
  if (filter?.buyerId) and.push({ buyer: requireUuid(filter.buyerId, 'filter.buyerId') });
  if (filter?.status) and.push({ status: filter.status });
  return findPage(em, PlannedPurchase, { $and: and }, { orderBy: [['expectedLaunchDate', 'asc'], ['id', 'asc']], ...page });
}
