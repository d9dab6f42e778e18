import { ContractSector } from '@maillage/subgraph-kit';

/**
 * A contract's **main trade**: the ROME family (the letter of the code, « grand domaine » of France
 * Travail's Répertoire opérationnel des métiers et des emplois) that the contract's sector buys. A job in
 * another family is « outside the main trade »: the diversification of the jobs offered to people in
 * insertion that facilitators seek (a cleaner or a storekeeper on a building site). Sectors without one
 * family (other services, supplies, other) have no main trade, and their jobs count in no share.
 */
export const MAIN_TRADE_OF_SECTOR: Readonly<Record<ContractSector, string | null>> = {
  [ContractSector.BUILDING]: 'F',
  [ContractSector.CLEANING]: 'K',
  [ContractSector.GREEN_SPACES]: 'A',
  [ContractSector.CATERING]: 'G',
  [ContractSector.WASTE]: 'K',
  [ContractSector.SERVICES]: null,
  [ContractSector.SUPPLIES]: null,
  [ContractSector.OTHER]: null,
};

/** The main trade (ROME family) of a contract's sector, or null. */
export function mainTradeOf(sector: ContractSector | null | undefined): string | null {
  return sector ? MAIN_TRADE_OF_SECTOR[sector] ?? null : null;
}
