import { createUuidGroupLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BeneficiaryCriterion } from './beneficiary-criterion.entity';
import { EligibilityCriterion } from './eligibility-criterion.entity';

/** The whole catalogue (a few dozen rows), read once per request when needed. */
export type Catalogue = Map<string, EligibilityCriterion>;

export function createCriterionLoaders(em: EntityManager) {
  let catalogue: Promise<Catalogue> | undefined;
  return {
    criteriaByBeneficiaryId: createUuidGroupLoader(em, BeneficiaryCriterion, 'beneficiaryId', { proofDate: 'asc', id: 'asc' }),
    catalogue: (): Promise<Catalogue> =>
      (catalogue ??= em.find(EligibilityCriterion, {}, { orderBy: { code: 'asc', territory: 'asc' } })
        .then((rows) => new Map(rows.map((row) => [row.id, row])))),
  };
}

/**
 * The catalogue of a department: the national criteria, each replaced by the department's own row of the
 * same code when there is one, plus the department's additions.
 */
export function catalogueOf(catalogue: Catalogue, departmentCode: string): EligibilityCriterion[] {
  const byCode = new Map<string, EligibilityCriterion>();
  for (const criterion of catalogue.values()) {
    if (criterion.territory === 'FR' && !byCode.has(criterion.code)) byCode.set(criterion.code, criterion);
  }
  for (const criterion of catalogue.values()) {
    if (criterion.territory === departmentCode) byCode.set(criterion.code, criterion);
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}
