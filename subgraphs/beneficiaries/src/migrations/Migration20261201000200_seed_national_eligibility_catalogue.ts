import { Migration } from '@maillage/subgraph-kit';

/**
 * The national catalogue of eligibility criteria (territory `FR`), from the lists facilitators use and the
 * IAE administrative criteria (DOMAIN.md §4.1, §4.2). A territory adds or overrides criteria with rows of
 * its own department code. Validity is that of the proof, in days from its date; none for proofs that do
 * not expire (an identity document proves an age for good). Reference data, hence a migration.
 */
const CATALOGUE: [code: string, label: string, proof: string, validityDays: number | null, sensitivity: string][] = [
  ['RSA', 'Bénéficiaire du RSA', 'Attestation de droits RSA (CAF ou MSA)', 90, 'ORDINARY'],
  ['ASS', 'Allocataire de l’allocation de solidarité spécifique (ASS)', 'Attestation France Travail de versement de l’ASS', 90, 'ORDINARY'],
  // Receiving AAH reveals a disability: health data by inference (GDPR art. 9, DOMAIN.md §4.3).
  ['AAH', 'Bénéficiaire de l’allocation aux adultes handicapés (AAH)', 'Attestation de droits AAH (CAF ou MSA)', 90, 'HEALTH'],
  ['DELD', 'Demandeur d’emploi de longue durée (12 mois et plus)', 'Attestation d’inscription France Travail', 90, 'ORDINARY'],
  ['DETLD', 'Demandeur d’emploi de très longue durée (24 mois et plus)', 'Attestation d’inscription France Travail', 90, 'ORDINARY'],
  ['JEUNE_PEU_QUALIFIE', 'Jeune de moins de 26 ans de niveau de qualification 3 (CAP, BEP) ou infra', 'Pièce d’identité et diplôme ou déclaration sur l’honneur', null, 'ORDINARY'],
  // CNIL deliberation 2023-005: RQTH status is health data (GDPR art. 9.1).
  ['RQTH', 'Reconnaissance de la qualité de travailleur handicapé (RQTH)', 'Décision de la CDAPH (MDPH) en cours de validité', null, 'HEALTH'],
  ['SENIOR', 'Demandeur d’emploi de plus de 50 ans', 'Pièce d’identité', null, 'ORDINARY'],
  ['QPV', 'Résident d’un quartier prioritaire de la politique de la ville (QPV)', 'Justificatif de domicile', 180, 'ORDINARY'],
  ['SIAE_EPIDE_E2C', 'Salarié d’une SIAE, ou jeune d’un EPIDE ou d’une E2C', 'Attestation de la structure', 90, 'ORDINARY'],
  ['AVIS_MOTIVE', 'Avis motivé d’un conseiller (France Travail, Mission locale, Cap emploi, MDPH)', 'Avis motivé écrit du conseiller', 180, 'ORDINARY'],
  ['PARENT_ISOLE', 'Parent isolé', 'Attestation CAF', 90, 'ORDINARY'],
  // Criminal-record data (GDPR art. 10): the most restricted tier.
  ['SOUS_MAIN_DE_JUSTICE', 'Personne sortant de détention ou placée sous main de justice', 'Attestation du SPIP ou du juge de l’application des peines', 180, 'JUSTICE'],
];

export const NATIONAL_CRITERION_IDS: Record<string, string> = Object.fromEntries(
  CATALOGUE.map(([code], index) => [code, `ec000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`]),
);

export class Migration20261201000200_seed_national_eligibility_catalogue extends Migration {
  override async up(): Promise<void> {
    for (const [code, label, proof, validityDays, sensitivity] of CATALOGUE) {
      this.addSql(
        this.getKnex().raw(
          'INSERT INTO eligibility_criterion (id, territory, code, label, proof_type, proof_validity_days, sensitivity) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [NATIONAL_CRITERION_IDS[code]!, 'FR', code, label, proof, validityDays, sensitivity],
        ),
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql("DELETE FROM eligibility_criterion WHERE territory = 'FR'");
  }
}
