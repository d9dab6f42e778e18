import { BadUserInputError } from '@maillage/subgraph-kit';
import { isKnownRomeCode, ROME_CODE, romeCodeList } from '@maillage/rome-codes';

/**
 * A placement's job: a code of the ROME list the hub ships (`@maillage/rome-codes`), upper-cased; null
 * clears it. Refused with the rule in French when it is not a code, or not in the list.
 */
export function validateRomeCode(value: string | null | undefined, field = 'romeCode'): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const code = value.trim().toUpperCase();
  if (!ROME_CODE.test(code)) {
    throw new BadUserInputError(`${field} : « ${value} » n’est pas un code ROME ; un code ROME est une lettre de A à N suivie de quatre chiffres (ex. F1703, Maçonnerie)`, field);
  }
  if (!isKnownRomeCode(code)) {
    const { date } = romeCodeList();
    throw new BadUserInputError(`${field} : le code ROME ${code} n’est pas dans le répertoire des métiers du hub (ROME de France Travail, version du ${date.split('-').reverse().join('/')}) ; choisissez un métier de la liste`, field);
  }
  return code;
}
