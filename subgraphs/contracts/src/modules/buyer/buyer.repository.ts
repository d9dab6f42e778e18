import { BadUserInputError, DEPARTMENT_CODE, findPage, type Connection, type PageArgs } from '@maillage/subgraph-kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { likePattern } from '../shared/like';
import { requireCommuneCode } from '../shared/validation';
import { Buyer } from './buyer.entity';
import type { BuyerFilter } from './buyer.inputs';

/** The SQL condition of a buyer filter (the department is the generated `department_code`). */
export function buyersWhere(filter: BuyerFilter = {}): FilterQuery<Buyer> {
  const and: FilterQuery<Buyer>[] = [];
  if (filter.kind?.length) and.push({ kind: { $in: filter.kind } });
  if (filter.department != null) {
    if (!DEPARTMENT_CODE.test(filter.department)) {
      throw new BadUserInputError('filter.department must be a department code such as 69, 2A or 974', 'filter.department');
    }
    and.push({ departmentCode: filter.department });
  }
  if (filter.commune != null) and.push({ communeCode: requireCommuneCode(filter.commune, 'filter.commune') });
  const text = filter.text?.trim();
  if (text && text.length > 100) throw new BadUserInputError('filter.text is at most 100 characters', 'filter.text');
  if (text) and.push({ name: { $ilike: likePattern(text) } });
  return and.length > 0 ? { $and: and } : {};
}

/** A page of buyers by name (then id). */
export function findBuyersPage(em: EntityManager, filter: BuyerFilter | undefined, page: PageArgs): Promise<Connection<Buyer>> {
  return findPage(em, Buyer, buyersWhere(filter), { orderBy: [['name', 'asc'], ['id', 'asc']], ...page });
}
