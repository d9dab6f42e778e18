import { ConflictError } from '@maillage/subgraph-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';

/**
 * What each unique constraint means to a client. The services check these before writing; this catches
 * the race where two requests pass the check together and the database refuses the second.
 */
const MESSAGES: Record<string, string> = {
  buyer_siret_key: 'a buyer with this SIRET already exists',
  company_pkey: 'a company with this SIRET already exists',
  contract_buyer_id_reference_unique: 'this buyer already has a contract with this reference',
  lot_contract_id_number_unique: 'this contract already has a lot with this number',
  insertion_clause_lot_id_key: 'this lot already has an insertion clause',
  social_device_lot_id_kind_unique: 'ce lot porte déjà un dispositif social de cette nature (un de chaque nature par lot)',
  contract_party_unique: 'this company already has this role on this contract or lot',
  contract_party_one_holder: 'this contract or lot already has a holder',
};

/** Runs a write; a unique violation becomes a CONFLICT naming the rule, never a 500. */
export async function withConflicts<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const constraint = (error as { constraint?: string }).constraint ?? '';
      throw new ConflictError(MESSAGES[constraint] ?? 'this already exists');
    }
    throw error;
  }
}
