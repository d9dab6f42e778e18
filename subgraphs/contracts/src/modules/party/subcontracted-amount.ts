import { BadUserInputError, ConflictError, createGroupLoader, DecimalScalar, isUuid, NotFoundError, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { lockContractForWrite } from '../contract/contract.service';
import { requireAmount, requireUuid } from '../shared/validation';
import { ContractParty, PartyRole } from './contract-party.entity';

/**
 * Amounts subcontracted to (or co-contracted with) an SIAE, an EA or an ESAT, per party and month, and their
 * conversion into hours by the clause of the party's lot when it converts by rate: amount ÷ rate (rounded to
 * the hundredth). Recorded in contracts, which owns parties, lots and clauses (issue 14, item 3).
 */
@ObjectType({ description: 'Montant sous-traité à une SIAE, une EA ou un ESAT (ou co-traité avec elle) sur un mois.' })
export class SubcontractedAmount {
  @Field({ description: 'Mois (AAAA-MM).' })
  month!: string;

  @Field(() => DecimalScalar, { description: 'Montant hors taxes, en euros (Decimal).' })
  amount!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures converties : montant ÷ taux horaire de la clause du lot (AMOUNT_DIVIDED_BY_RATE) ; vide si la clause ne convertit pas par taux ou si l’entreprise n’est rattachée à aucun lot.' })
  convertedHours!: string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Records (or replaces: the same call twice changes nothing) the amount of a party for a month. */
export async function recordSubcontractedAmount(em: EntityManager, viewer: Viewer, partyId: string, month: string, amount: string): Promise<ContractParty> {
  if (!MONTH.test(month)) throw new BadUserInputError('month doit être un mois écrit AAAA-MM', 'month');
  const euros = requireAmount(amount, 'amount');
  return em.transactional(async (tx) => {
    const party = await tx.findOne(ContractParty, { id: requireUuid(partyId, 'partyId') });
    if (!party) throw new NotFoundError('no contract party has this id');
    await lockContractForWrite(tx, viewer, party.contract.id, 'partyId');
    if (party.role === PartyRole.HOLDER) throw new ConflictError('le titulaire ne se sous-traite pas à lui-même : seuls un sous-traitant ou un co-traitant reçoivent des montants');
    await tx.execute(
      `INSERT INTO subcontracted_amount (party_id, month, amount) VALUES (?, ?, ?)
       ON CONFLICT (party_id, month) DO UPDATE SET amount = EXCLUDED.amount, recorded_at = now()
       WHERE subcontracted_amount.amount IS DISTINCT FROM EXCLUDED.amount`,
      [party.id, month, euros]);
    return party;
  });
}

const CONVERTED = `CASE WHEN c.subcontracting_conversion = 'AMOUNT_DIVIDED_BY_RATE' THEN round(a.amount / c.subcontracting_hourly_rate, 2) END`;

/** Per-request loaders: a party's amounts, and a contract's converted hours (one statement per batch each). */
export function createSubcontractingLoaders(em: EntityManager) {
  const amounts = createGroupLoader(async (ids: readonly string[]) => {
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return [];
    return em.getConnection().execute<{ party_id: string; month: string; amount: string; converted: string | null }[]>(
      `SELECT a.party_id, a.month, a.amount::text AS amount, (${CONVERTED})::text AS converted
         FROM subcontracted_amount a JOIN contract_party p ON p.id = a.party_id LEFT JOIN insertion_clause c ON c.lot_id = p.lot_id
        WHERE a.party_id IN (${wanted.map(() => '?').join(', ')}) ORDER BY a.month`, [...wanted]);
  }, (row) => row.party_id);
  const hours = createGroupLoader(async (ids: readonly string[]) => {
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return [];
    return em.getConnection().execute<{ contract_id: string; hours: string }[]>(
      `SELECT p.contract_id, coalesce(sum(${CONVERTED}), 0)::text AS hours
         FROM subcontracted_amount a JOIN contract_party p ON p.id = a.party_id LEFT JOIN insertion_clause c ON c.lot_id = p.lot_id
        WHERE p.contract_id IN (${wanted.map(() => '?').join(', ')}) GROUP BY p.contract_id`, [...wanted]);
  }, (row) => row.contract_id);
  return {
    subcontractedAmountsByPartyId: {
      load: async (id: string): Promise<SubcontractedAmount[]> => (await amounts.load(id.toLowerCase())).map((row) =>
        Object.assign(new SubcontractedAmount(), { month: row.month, amount: row.amount, convertedHours: row.converted })),
    },
    subcontractedHoursByContractId: { load: async (id: string): Promise<string> => (await hours.load(id.toLowerCase()))[0]?.hours ?? '0.00' },
  };
}
