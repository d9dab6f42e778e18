/** French formatting and the labels of the graph's codes. */
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal1 = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const euro = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const toNumber = (value: string | number | null | undefined): number => (value === null || value === undefined ? 0 : Number(value));
export const formatHours = (value: string | number | null | undefined) => `${number.format(toNumber(value))} h`;
const hundredths = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
/** Hours as declared (« 120,5 h »), for statements: a total may be rounded, a declaration never. */
export const formatDeclaredHours = (value: string | number | null | undefined) => `${hundredths.format(toNumber(value))} h`;
export const formatNumber = (value: number) => number.format(value);
/**
 * Full-time equivalents: hours ÷ the divisor the graph applies to reports (`defaultFteDivisor`, 1,607 h), so
 * that the dashboard, a contract's file and the reports agree.
 */
export const formatFte = (hours: number, divisor: string | number | null | undefined) =>
  (toNumber(divisor) > 0 ? decimal1.format(hours / toNumber(divisor)) : '—');
export const formatEuro = (value: string | number | null | undefined) => (value === null || value === undefined ? '—' : euro.format(toNumber(value)));
export const formatPercent = (value: number) => percent.format(value);
export const formatDate = (value: string | null | undefined) => (value ? dateFormat.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : '—');
export const formatMonth = (value: string) => monthFormat.format(new Date(`${value.slice(0, 7)}-01T00:00:00Z`));

/** The month before the current one (`AAAA-MM`): the month a company usually declares. */
export function lastMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

/** Compares ignoring accents, case, hyphens and apostrophes (« Saint-Étienne » = « saint etienne »). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();
}

export const CONTRACT_STATUS: Record<string, string> = {
  DRAFT: 'Brouillon',
  PUBLISHED: 'Publié',
  AWARDED: 'Attribué',
  IN_EXECUTION: 'En exécution',
  CLOSED: 'Clos',
  CANCELLED: 'Annulé',
};
export const LEGAL_BASIS: Record<string, string> = {
  EXECUTION_CONDITION: 'Condition d’exécution (art. L2112-2 CCP)',
  RESERVED_DISABILITY: 'Marché réservé handicap (art. L2113-12 CCP)',
  RESERVED_SIAE: 'Marché réservé SIAE (art. L2113-13 CCP)',
  AWARD_CRITERION: 'Critère d’attribution (art. R2152-7 CCP)',
  INSERTION_SERVICE: 'Marché de services d’insertion (art. R2123-1 CCP)',
};
export const HOURS_METHOD: Record<string, string> = { FORMULA: 'Formule', MANUAL: 'Saisie manuelle' };
export const MODALITY: Record<string, string> = {
  DIRECT_HIRE: 'Embauche directe',
  ETTI: 'Intérim d’insertion (ETTI)',
  AI: 'Mise à disposition (AI)',
  GEIQ: 'GEIQ',
  SUBCONTRACTING_SIAE: 'Sous-traitance à une SIAE',
  SUBCONTRACTING_EA_ESAT: 'Sous-traitance à une EA ou un ESAT',
  CO_CONTRACTING: 'Cotraitance',
  TRAINING: 'Formation',
  TEMPORARY_WORK_ETTI: 'Intérim d’insertion (ETTI)',
  STAFF_PROVISION_AI_GEIQ: 'Mise à disposition (AI, GEIQ)',
  SUBCONTRACTING: 'Sous-traitance',
};
export const PARTY_ROLE: Record<string, string> = { HOLDER: 'Titulaire', CO_CONTRACTOR: 'Cotraitant', SUBCONTRACTOR: 'Sous-traitant' };
export const COVERAGE_LEVEL: Record<string, string> = {
  COMMUNE: 'Commune',
  EPCI: 'Intercommunalité',
  DEPARTMENT: 'Département',
  REGION: 'Région',
};
export const SECTOR: Record<string, string> = {
  BUILDING: 'Bâtiment',
  PUBLIC_WORKS: 'Travaux publics',
  CLEANING: 'Propreté',
  GREEN_SPACES: 'Espaces verts',
  CATERING: 'Restauration',
  WASTE: 'Déchets',
  SERVICES: 'Services',
  SUPPLIES: 'Fournitures',
  LOGISTICS: 'Logistique',
  RECYCLING: 'Recyclage',
  LAUNDRY_TEXTILE: 'Blanchisserie, textile',
  INDUSTRIAL_SUBCONTRACTING: 'Sous-traitance industrielle',
  MARKET_GARDENING: 'Maraîchage',
  PERSONAL_SERVICES: 'Services à la personne',
  OFFICE_SERVICES: 'Services aux entreprises',
  DIGITAL: 'Numérique',
  SECURITY: 'Sécurité',
  OTHER: 'Autre',
};
export const STRUCTURE_KIND: Record<string, string> = {
  ACI: 'Atelier et chantier d’insertion (ACI)',
  AI: 'Association intermédiaire (AI)',
  EI: 'Entreprise d’insertion (EI)',
  ETTI: 'Entreprise de travail temporaire d’insertion (ETTI)',
  EITI: 'Entreprise d’insertion par le travail indépendant (EITI)',
  EA: 'Entreprise adaptée (EA)',
  EATT: 'Entreprise adaptée de travail temporaire (EATT)',
  ESAT: 'ESAT',
  GEIQ: 'GEIQ',
  REGIE_DE_QUARTIER: 'Régie de quartier',
  FRANCE_TRAVAIL: 'France Travail',
  MISSION_LOCALE: 'Mission locale',
  CAP_EMPLOI: 'Cap emploi',
  PLIE: 'PLIE',
  MAISON_DE_L_EMPLOI: 'Maison de l’emploi',
  E2C: 'École de la deuxième chance',
  EPIDE: 'EPIDE',
  DEPARTEMENT: 'Département',
  CCAS: 'CCAS',
  OPCS: 'OPCS',
  OTHER: 'Autre',
};
export const STRUCTURE_FAMILY: Record<string, string> = {
  SIAE: 'Insertion par l’activité économique',
  DISABILITY_SECTOR: 'Secteur du handicap',
  INSERTION_EMPLOYER: 'Employeur d’insertion',
  EMPLOYMENT_SERVICE: 'Service public de l’emploi',
};
export const STATEMENT_SOURCE: Record<string, string> = { COMPANY: 'Entreprise', STRUCTURE: 'Structure', FACILITATOR: 'Facilitateur' };
export const label = (table: Record<string, string>, code: string | null | undefined) => (code ? (table[code] ?? code) : '—');
