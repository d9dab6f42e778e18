import type { CombinedError } from '@urql/core';

/**
 * The server's refusals, put on the field they name and said in French. The server decides (its code and its
 * field are the truth); the portal only words it: some subgraphs answer in English, and the person must read
 * the rule next to the field she typed.
 */
export interface FieldError {
  /** The server's field, without the line prefix of a batch (`lines.3.hoursWorked` → `hoursWorked`). */
  field: string | undefined;
  /** The line of a batch the error belongs to, when the field names one. */
  line: number | undefined;
  code: string;
  message: string;
}

/** Known server rules (English) → French, with what they carry (a number, a month). */
const RULES: [RegExp, (match: RegExpExecArray) => string][] = [
  [/month must be a month written YYYY-MM/, () => 'Le mois s’écrit AAAA-MM (par exemple 2026-11).'],
  [/month is in the future/, () => 'Ce mois n’a pas encore commencé : on ne déclare que des mois passés ou le mois en cours.'],
  [/month is outside the placement/, () => 'Ce mois est en dehors des dates de la mise en emploi.'],
  [/must be a non-negative number of hours with at most 2 decimals/, () => 'Saisissez un nombre d’heures positif, avec au plus 2 décimales (par exemple 151,67).'],
  [/must be more than 0 hours/, () => 'Le total des heures travaillées et de formation doit être supérieur à 0.'],
  [
    /exceed the legal maximum of ([\d.]+) h in (\d{4}-\d{2})/,
    (m) => `Dépasse le maximum légal de ${m[1]!.replace('.', ',')} h pour ${m[2]} : 48 h par semaine et 10 h par jour (Code du travail, L3121-20 et L3121-18).`,
  ],
  [/reason must have 3 to 500 characters/, () => 'Le motif compte de 3 à 500 caractères.'],
  [/statement already exists for this placement and month/, () => 'Ce mois est déjà déclaré pour cette mise en emploi : corrigez-le (nouvelle version avec un motif).'],
  [/no longer the current one/, () => 'Ce relevé a été corrigé entre-temps : la dernière version est affichée, recommencez si besoin.'],
  [/idempotencyKey was already used for different lines/, () => 'Cet envoi a déjà été fait avec d’autres valeurs : rechargez la page.'],
  [/a SIRET is exactly 14 digits/, () => 'Un SIRET compte exactement 14 chiffres.'],
  [/fails its check digit/, () => 'Ce SIRET n’existe pas : sa clé de contrôle ne correspond pas. Vérifiez les 14 chiffres.'],
  [/no company has this SIRET/, () => 'Aucune entreprise n’a ce SIRET : créez-la d’abord.'],
  [/a company with SIRET \d+ already exists/, () => 'Une entreprise avec ce SIRET existe déjà.'],
  [/manualJustification is required with manualHours/, () => 'Un objectif forcé demande sa justification.'],
  [/manualHours is missing/, () => 'Saisissez l’objectif forcé qui va avec cette justification.'],
  [/formula is required unless manualHours/, () => 'Renseignez le calcul, ou forcez l’objectif avec sa justification.'],
  [/must be greater than 0 and at most 1/, () => 'Saisissez un pourcentage supérieur à 0 et au plus 100 %.'],
  [/this buyer already has a contract with reference/, () => 'Cet acheteur a déjà un marché avec cette référence.'],
  [/must be a decimal number such as/, () => 'Saisissez un nombre (par exemple 1250,50).'],
  [/has at most (\d+) decimals/, (m) => `Au plus ${m[1]} décimales.`],
  [/must be at least 0/, () => 'La valeur doit être positive ou nulle.'],
  [/must be greater than 0/, () => 'La valeur doit être supérieure à 0.'],
  [/is too large|gives more than/, () => 'La valeur est trop grande.'],
  [/must be a whole number from 1 to 9999/, () => 'Un numéro de lot est un entier de 1 à 9999.'],
  [/lot (\d+) appears twice|already has a lot number/, () => 'Ce numéro de lot est déjà pris.'],
  [/must be a calendar day written YYYY-MM-DD/, () => 'Saisissez une date valide.'],
  [/must come after the start date/, () => 'La date de fin doit suivre la date de début.'],
  [/cannot move to/, () => 'Ce changement de statut n’est pas permis depuis le statut actuel.'],
  [/already has a holder/, () => 'Il y a déjà un titulaire.'],
  [/this company is already \w+ here/, () => 'Cette entreprise a déjà ce rôle sur ce marché.'],
  [/companies join a contract once it is AWARDED/, () => 'Les entreprises se rattachent à un marché attribué ou en exécution.'],
  [/must be an INSEE commune code/, () => 'Un code commune INSEE compte 5 caractères (par exemple 69123).'],
  [/proofDate cannot be in the future/, () => 'La date du justificatif ne peut pas être dans le futur.'],
  [/validFor is before the date of the proof/, () => 'Cette date précède celle du justificatif.'],
  [/the proof has expired on the date validFor \(a \w+ proof is valid (\d+) days\)/, (m) => `Le justificatif a expiré à cette date (il vaut ${m[1]} jours).`],
  [/already validated/, () => 'Ce critère est déjà validé ; enregistrez un nouveau justificatif pour le valider à nouveau.'],
  [/has no open path/, () => 'La personne n’a pas de parcours en cours : ouvrez-en un d’abord.'],
  [/startDate is before the start of the person’s path/, () => 'La mise en emploi ne peut pas commencer avant le parcours.'],
  [/record has (already )?been erased/, () => 'Les données de cette personne ont été effacées : plus rien ne peut y changer.'],
  [/give exactly one employer/, () => 'Indiquez un employeur : le SIRET d’une entreprise.'],
  [/already has an open path/, () => 'La personne a déjà un parcours en cours : terminez-le d’abord.'],
  [/this path is already closed/, () => 'Ce parcours est déjà terminé.'],
  [/endedOn is before the start of the path/, () => 'La fin du parcours ne peut pas précéder son début.'],
  [/placements of this path run after endedOn/, () => 'Des mises en emploi de ce parcours continuent après cette date : terminez-les d’abord.'],
  [/the path is still open/, () => 'Le parcours est encore en cours : terminez-le avant d’enregistrer sa sortie.'],
  [/does not belong to category/, () => 'Ce détail ne correspond pas à la catégorie choisie.'],
  [/observedOn cannot be in the future/, () => 'La date d’observation ne peut pas être dans le futur.'],
  [/observedOn is before the end of the path/, () => 'Une sortie s’observe le dernier jour du parcours ou après.'],
  [/SIX_MONTHS outcome is observed six months or more after/, () => 'La sortie à six mois s’observe six mois au moins après la fin du parcours.'],
  [/this path already has a (\w+) outcome/, () => 'Cette sortie est déjà enregistrée pour ce parcours.'],
  [/must be a NAF code/, () => 'Un code NAF compte 4 chiffres et une lettre (par exemple 4120A).'],
];

const BY_CODE: Record<string, string> = {
  BAD_USER_INPUT: 'Cette valeur n’est pas acceptée.',
  CONFLICT: 'Cette modification entre en conflit avec une autre, faite entre-temps.',
  FORBIDDEN: 'Votre compte ne permet pas cette modification.',
  NOT_FOUND: 'Cet élément n’existe pas ou plus.',
};

const FRENCH = /[àâçéèêëîïôûùœ’]|\b(le|la|les|des|une|doit|mois|heures)\b/i;

/** The French sentence for one server refusal. */
export function frenchMessage(code: string, message: string, field?: string): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  if (FRENCH.test(message)) {
    // Already French: drop the technical « field : » prefix the server may put first.
    const text = field && message.startsWith(`${field} : `) ? message.slice(field.length + 3) : message;
    return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');
  }
  return BY_CODE[code] ?? 'Une erreur est survenue. Réessayez dans un instant.';
}

/**
 * `lines.3.hoursWorked` → line 3, field `hoursWorked`; `input.reason` → `reason`;
 * `input.lots[1].clause.formula.amount` → line 1, field `clause.formula.amount`.
 */
export function splitField(field: string | null | undefined): { line: number | undefined; field: string | undefined } {
  if (!field) return { line: undefined, field: undefined };
  const parts = field.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (parts[0] === 'input') parts.shift();
  let line: number | undefined;
  if ((parts[0] === 'lines' || parts[0] === 'lots') && /^\d+$/.test(parts[1] ?? '')) {
    line = Number(parts[1]);
    parts.splice(0, 2);
  }
  if (parts[0] === 'input') parts.shift();
  return { line, field: parts.join('.') || undefined };
}

export function fieldError(code: string, message: string, rawField: string | null | undefined): FieldError {
  const { line, field } = splitField(rawField);
  return { code, line, field, message: frenchMessage(code, message, rawField ?? undefined) };
}

/** The refusals of a mutation that failed as a whole; undefined for a network failure (retry it). */
export function fieldErrorsOf(error: CombinedError | undefined): FieldError[] | undefined {
  if (!error || error.networkError) return undefined;
  return error.graphQLErrors.map((item) => {
    const extensions = item.extensions as { code?: unknown; field?: unknown; argumentName?: unknown };
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    const raw = typeof extensions.field === 'string' ? extensions.field : typeof extensions.argumentName === 'string' ? extensions.argumentName : undefined;
    return fieldError(code, item.message, raw);
  });
}

/** The codes that are the server's answer to this request: sending it again changes nothing. */
const ANSWERS = new Set(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/**
 * A failure the same request may simply be sent again for: the network, the gateway unreachable
 * (`GATEWAY_UNAVAILABLE` from the portal's server), the gateway too busy to run it (`OVERLOADED`), a part of the
 * hub that did not answer, an internal error.
 */
export function isRetryable(error: CombinedError | undefined): boolean {
  if (!error) return false;
  if (error.networkError) return true;
  return error.graphQLErrors.some((item) => {
    const code = (item.extensions as { code?: unknown }).code;
    return typeof code !== 'string' || !ANSWERS.has(code);
  });
}

/** A refused form: the messages of the fields it shows, the others together, or « send it again ». */
export interface Refusal {
  retry: boolean;
  fields: Record<string, string>;
  loose: string[];
}

export function refusalOf(error: CombinedError | undefined, fields: readonly string[]): Refusal {
  if (isRetryable(error)) return { retry: true, fields: {}, loose: [] };
  const refusal: Refusal = { retry: false, fields: {}, loose: [] };
  for (const item of fieldErrorsOf(error) ?? []) {
    if (item.field && fields.includes(item.field)) refusal.fields[item.field] = item.message;
    else refusal.loose.push(item.message);
  }
  return refusal;
}
