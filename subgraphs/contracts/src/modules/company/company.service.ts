import { BadUserInputError, ConflictError, NotFoundError } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { withConflicts } from '../shared/conflicts';
import { requireExistingCommune, requireNaf, requireSiret, requireText } from '../shared/validation';
import { Company } from './company.entity';
import type { CreateCompanyInput, UpdateCompanyInput } from './company.inputs';

interface CompanyValues {
  name?: string;
  nafCode?: string | null;
  communeCode?: string | null;
}

function validateCompanyFields(input: UpdateCompanyInput): CompanyValues {
  const values: CompanyValues = {};
  if (input.name === null) throw new BadUserInputError('input.name cannot be cleared', 'input.name');
  if (input.name !== undefined) values.name = requireText(input.name, 'input.name', 300);
  if (input.nafCode !== undefined) values.nafCode = input.nafCode === null ? null : requireNaf(input.nafCode, 'input.nafCode');
  if (input.communeCode !== undefined) {
    values.communeCode = input.communeCode === null ? null : requireExistingCommune(input.communeCode, 'input.communeCode');
  }
  return values;
}

/** Registers a company; its SIRET is its key, so a second creation is a CONFLICT. */
export function createCompany(em: EntityManager, input: CreateCompanyInput): Promise<Company> {
  const siret = requireSiret(input.siret, 'input.siret');
  const values = validateCompanyFields(input);
  return withConflicts(() =>
    em.transactional(async (tx) => {
      if (await tx.findOne(Company, { siret })) throw new ConflictError(`a company with SIRET ${siret} already exists`);
      return tx.create(Company, { nafCode: null, communeCode: null, ...values, name: values.name!, siret });
    }),
  );
}

export function updateCompany(em: EntityManager, siret: string, input: UpdateCompanyInput): Promise<Company> {
  const values = validateCompanyFields(input);
  return em.transactional(async (tx) => {
    const company = await tx.findOne(Company, { siret: requireSiret(siret, 'siret') });
    if (!company) throw new NotFoundError('no company has this SIRET');
    return tx.assign(company, values);
  });
}
