import { BadUserInputError, ConflictError, optionalText, requireText } from '@maillage/subgraph-kit';
import type { Context } from '../../context';
import { COMMUNE_CODE_FORMAT, found, parseCode, POSTAL_CODE_FORMAT } from '../geography/territory.codes';
import { FacilitatorOrganisation } from './facilitator-organisation.entity';
import type { CreateFacilitatorOrganisationInput, UpdateFacilitatorOrganisationInput } from './facilitator.inputs';
import { optionalSiret, optionalWebsite } from './facilitator.validation';

type OrganisationFields = Omit<FacilitatorOrganisation, 'id' | 'createdAt' | 'updatedAt'>;

/** `input` applied over `current`, each given field validated; the result is checked as a whole. */
export async function organisationFields(
  ctx: Context,
  input: CreateFacilitatorOrganisationInput | UpdateFacilitatorOrganisationInput,
  current?: FacilitatorOrganisation,
): Promise<OrganisationFields> {
  const given = <K extends keyof typeof input>(key: K) => input[key] !== undefined || !current;
  const fields: OrganisationFields = {
    name: given('name') ? requireText(input.name, 'input.name', 200) : current!.name,
    kind: given('kind') ? input.kind ?? missing('input.kind') : current!.kind,
    siret: given('siret') ? optionalSiret(input.siret, 'input.siret') : current!.siret,
    address: given('address') ? optionalText(input.address, 'input.address', 300) : current!.address,
    postalCode: given('postalCode') ? optionalPostalCode(input.postalCode) : current!.postalCode,
    communeCode: given('communeCode') ? optionalCommuneCode(input.communeCode) : current!.communeCode,
    website: given('website') ? optionalWebsite(input.website, 'input.website') : current!.website,
  };
  await checkAddress(ctx, fields);
  await checkSiretIsFree(ctx, fields.siret, current?.id);
  return fields;
}

function missing(field: string): never {
  throw new BadUserInputError(`${field} cannot be null`, field);
}

function optionalPostalCode(value: string | null | undefined): string | null {
  const text = optionalText(value, 'input.postalCode', 10);
  return text === null ? null : parseCode(text, POSTAL_CODE_FORMAT, 'input.postalCode');
}

function optionalCommuneCode(value: string | null | undefined): string | null {
  const text = optionalText(value, 'input.communeCode', 10);
  return text === null ? null : parseCode(text, COMMUNE_CODE_FORMAT, 'input.communeCode');
}

/** The commune exists, and the postal code, when both are given, is one of those serving it. */
async function checkAddress(ctx: Context, fields: OrganisationFields): Promise<void> {
  if (fields.communeCode === null) return;
  await found(ctx.loaders.communeByCode.load(fields.communeCode), COMMUNE_CODE_FORMAT, fields.communeCode);
  if (fields.postalCode === null) return;
  const served = (await ctx.loaders.postalCodesByCommune.load(fields.communeCode)).map((row) => row.postal_code);
  if (!served.includes(fields.postalCode)) {
    throw new BadUserInputError(
      `input.postalCode ${fields.postalCode} does not serve commune ${fields.communeCode} (its postal codes: ${served.join(', ')})`,
      'input.postalCode',
    );
  }
}

async function checkSiretIsFree(ctx: Context, siret: string | null, id: string | undefined): Promise<void> {
  if (siret === null) return;
  const holder = await ctx.em.findOne(FacilitatorOrganisation, { siret });
  if (holder && holder.id !== id) {
    throw new ConflictError(`another organisation already has the SIRET ${siret}`, { field: 'input.siret' });
  }
}
