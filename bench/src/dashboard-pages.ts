/**
 * The dashboard scenario's pages: every request reads a full page, so that the sizes compare the same work
 * (a short page costs the gateway and the subgraphs less, and S's facilitators mostly have short lists).
 */
import { contractReference, type BenchModel } from './generate/model';

/** A facilitator's contracts under one status filter, with every page of it that is full. */
export interface DashboardList {
  facilitatorId: string;
  status: string[];
  /** Where each full page starts: null for the first page, else the cursor of the contract it follows. */
  after: (string | null)[];
  /** Full pages of the lists before this one: the dashboard draws among all pages, each as often. */
  pagesBefore: number;
}

/** The dashboard's two status filters. */
export const DASHBOARD_FILTERS = [['IN_EXECUTION'], ['IN_EXECUTION', 'CLOSED']];

/** A contract as the dashboard's list orders it: `ORDER BY reference, id`. */
export interface ListedContract {
  id: string;
  reference: string;
  facilitatorId: string;
  status: string;
}

/** The model's contracts in the dashboard's order, with the references `writeContracts` gives them. */
export function listedContracts(model: BenchModel): ListedContract[] {
  const listed = model.contracts.map((c, i) => ({ id: c.id, reference: contractReference(i), facilitatorId: c.facilitatorId, status: c.status }));
  // References are unique: the id never breaks a tie.
  return listed.sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));
}

const cursorOf = (c: ListedContract) => Buffer.from(JSON.stringify([c.reference, c.id])).toString('base64url');

/**
 * For each facilitator and status filter, the pages of `pageSize` contracts that are full: the first one, and
 * the one after each contract that at least `pageSize` others of the list follow. The contracts must come in
 * the API's order, `reference` then `id`: the bench's references are `BENCH-<n>`, compared byte by byte by
 * the databases' C.UTF-8 collation (`initdb --locale=C.UTF-8`, packages/postgres) as by JavaScript's `<`.
 * Lists shorter than a page are left out.
 */
export function dashboardLists(ordered: readonly ListedContract[], pageSize: number): DashboardList[] {
  const lists = new Map<string, { facilitatorId: string; status: string[]; contracts: ListedContract[] }>();
  for (const c of ordered) {
    for (const status of DASHBOARD_FILTERS) {
      if (!status.includes(c.status)) continue;
      const key = `${c.facilitatorId} ${status.join(',')}`;
      const list = lists.get(key);
      if (list) list.contracts.push(c);
      else lists.set(key, { facilitatorId: c.facilitatorId, status, contracts: [c] });
    }
  }
  let pagesBefore = 0;
  return [...lists.values()].filter((l) => l.contracts.length >= pageSize).map(({ facilitatorId, status, contracts }) => {
    const list = { facilitatorId, status, after: [null, ...contracts.slice(0, contracts.length - pageSize).map(cursorOf)], pagesBefore };
    pagesBefore += list.after.length;
    return list;
  });
}

/** Full pages of all the lists. */
export const dashboardPageCount = (lists: readonly DashboardList[]) => (lists.length ? lists.at(-1)!.pagesBefore + lists.at(-1)!.after.length : 0);

/** The `page`-th full page of all the lists (0-based): its list, and its index in the list's `after`. */
export function dashboardPage(lists: readonly DashboardList[], page: number): { list: DashboardList; index: number } {
  if (lists.length === 0) throw new Error('no facilitator has a full page of the dashboard: the model gives the first one enough contracts');
  let low = 0;
  let high = lists.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lists[mid]!.pagesBefore <= page) low = mid;
    else high = mid - 1;
  }
  const list = lists[low]!;
  return { list, index: page - list.pagesBefore };
}

/** How many distinct dashboard requests a size can draw (one line, for the log and the report's notes). */
export function dashboardVariety(lists: readonly DashboardList[]): string {
  const pages = dashboardPageCount(lists);
  const facilitators = new Set(lists.map((l) => l.facilitatorId)).size;
  return `the dashboard draws among ${pages.toLocaleString('en-US')} distinct full pages of 50 ` +
    `(${facilitators.toLocaleString('en-US')} facilitator(s) with a full page, ${lists.length} (facilitator, status filter) lists)`;
}
