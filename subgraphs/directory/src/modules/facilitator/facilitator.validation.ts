import { BadUserInputError, isEmailAddress, optionalText, requireText, siretProblem } from '@maillage/subgraph-kit';

const PHONE = /^\+?[0-9 .()-]+$/;

export function requireEmail(value: string | null | undefined, field: string): string {
  const email = requireText(value, field, 254);
  if (!isEmailAddress(email)) throw new BadUserInputError(`${field} must be an e-mail address such as prenom.nom@exemple.fr`, field);
  return email;
}

/** A professional phone number, French or international: 9 to 15 digits, spaces, dots, dashes, a leading +. */
export function optionalPhone(value: string | null | undefined, field: string): string | null {
  const phone = optionalText(value, field, 30);
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, '').length;
  if (!PHONE.test(phone) || digits < 9 || digits > 15) {
    throw new BadUserInputError(`${field} must be a phone number such as 04 72 00 00 00 or +262 262 00 00 00`, field);
  }
  return phone.replace(/\s+/g, ' ');
}

export function optionalWebsite(value: string | null | undefined, field: string): string | null {
  const website = optionalText(value, field, 2000);
  if (website === null) return null;
  let url: URL | null;
  try {
    url = new URL(website);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new BadUserInputError(`${field} must be a web address starting with https:// or http://`, field);
  }
  return url.toString();
}

export function optionalSiret(value: string | null | undefined, field: string): string | null {
  const siret = optionalText(value, field, 30)?.replace(/\s/g, '') ?? null;
  if (siret === null) return null;
  const problem = siretProblem(siret);
  if (problem) throw new BadUserInputError(`${field}: ${problem}`, field);
  return siret;
}
