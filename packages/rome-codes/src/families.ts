/**
 * The fourteen families (« grands domaines ») of the ROME: the letter that starts every code. Labels as
 * France Travail publishes them in the referential's tree (arborescence principale).
 */
export const ROME_FAMILIES: Readonly<Record<string, string>> = {
  A: 'Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux',
  B: 'Arts et façonnage d’ouvrages d’art',
  C: 'Banque, assurance, immobilier',
  D: 'Commerce, vente et grande distribution',
  E: 'Communication, média et multimédia',
  F: 'Construction, bâtiment et travaux publics',
  G: 'Hôtellerie-restauration, tourisme, loisirs et animation',
  H: 'Industrie',
  I: 'Installation et maintenance',
  J: 'Santé',
  K: 'Services à la personne et à la collectivité',
  L: 'Spectacle',
  M: 'Support à l’entreprise',
  N: 'Transport et logistique',
};

/** A ROME code: a family letter and four digits (`F1703`). */
export const ROME_CODE = /^[A-N]\d{4}$/;

/** The family (letter) of a ROME code. */
export function romeFamilyOf(code: string): string {
  return code.charAt(0);
}

/** The French label of a family, or the letter itself when unknown. */
export function romeFamilyLabel(family: string): string {
  return ROME_FAMILIES[family] ?? family;
}
