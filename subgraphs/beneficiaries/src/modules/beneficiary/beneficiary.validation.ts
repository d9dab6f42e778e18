import { BadUserInputError, INSEE_COMMUNE_CODE, isEmailAddress, isUuid, requireKnownCommune } from '@maillage/subgraph-kit';
import { today } from '../shared/month';
import type { CreateBeneficiaryInput, UpdateBeneficiaryInput } from './beneficiary.inputs';

// Messages name the field and the rule, never the value: the value may be personal data.
const PHONE = /^\+?[0-9][0-9 .-]{7,18}[0-9]$/;
const FRANCE_TRAVAIL_ID = /^(\d{11}|[0-9A-Z]{8})$/;

function name(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > 100) throw new BadUserInputError(`${field} must have 1 to 100 characters`, field);
  return trimmed;
}

function pastDate(value: string, field: string, earliest = '1900-01-01'): string {
  if (value > today()) throw new BadUserInputError(`${field} cannot be in the future`, field);
  if (value < earliest) throw new BadUserInputError(`${field} cannot be before ${earliest}`, field);
  return value;
}

type Fields = Partial<Omit<CreateBeneficiaryInput, 'pathStartedOn'>>;

const RULES: { [K in keyof Fields]?: (value: NonNullable<Fields[K]>) => Fields[K] } = {
  firstName: (value) => name(value, 'firstName'),
  lastName: (value) => name(value, 'lastName'),
  birthDate: (value) => pastDate(value, 'birthDate'),
  consentDate: (value) => pastDate(value, 'consentDate'),
  email: (value) => {
    const email = value.trim().toLowerCase();
    if (!isEmailAddress(email)) throw new BadUserInputError('email is not an e-mail address (name@domain.tld)', 'email');
    return email;
  },
  phone: (value) => {
    if (!PHONE.test(value.trim())) throw new BadUserInputError('phone must be 9 to 20 digits, spaces, dots or dashes, with an optional leading +', 'phone');
    return value.trim();
  },
  franceTravailId: (value) => {
    const id = value.trim().toUpperCase();
    if (!FRANCE_TRAVAIL_ID.test(id)) throw new BadUserInputError('franceTravailId must be 11 digits, or 8 letters and digits (former format)', 'franceTravailId');
    return id;
  },
  residenceCommuneCode: (value) => {
    if (!INSEE_COMMUNE_CODE.test(value)) throw new BadUserInputError('residenceCommuneCode must be an INSEE commune code (5 characters, 2A/2B in Corsica)', 'residenceCommuneCode');
    // A commune that exists, by the list the directory publishes (the kit's rule; see docs/geography.md).
    return requireKnownCommune(value, 'residenceCommuneCode');
  },
  referentStructureId: (value) => {
    if (!isUuid(value)) throw new BadUserInputError('referentStructureId must be a structure id (UUID)', 'referentStructureId');
    return value.toLowerCase();
  },
};

const REQUIRED: (keyof Fields)[] = ['firstName', 'lastName', 'birthDate', 'residenceCommuneCode'];

/**
 * Checks and normalises the fields present in `input` (an update may clear optional fields with null, not
 * the required ones). Returns only the fields given.
 */
export function validateBeneficiaryFields(input: Fields | UpdateBeneficiaryInput): Fields {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input) as [keyof Fields, unknown][]) {
    if (value === undefined || key === ('pathStartedOn' as never)) continue;
    if (value === null) {
      if (REQUIRED.includes(key)) throw new BadUserInputError(`${key} cannot be cleared`, key);
      result[key] = null;
      continue;
    }
    const rule = RULES[key] as ((value: unknown) => unknown) | undefined;
    result[key] = rule ? rule(value) : value;
  }
  return result as Fields;
}
