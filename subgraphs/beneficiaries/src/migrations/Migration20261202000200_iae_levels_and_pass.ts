import { Migration } from '@maillage/subgraph-kit';

/**
 * IAE eligibility as the IAE applies it (les emplois de l'inclusion, itou/eligibility: `AdministrativeCriteria`
 * levels and `{AI: 2, ETTI: 2, ACI: 3, EI: 3, EITI: 3}`; DOMAIN.md §4.2): each criterion gets its level, the
 * national catalogue gains the missing national criteria with their level and proof, and a placement in an
 * SIAE records the SIAE's kind and its PASS IAE (agrément, Code du travail L5132-3; 24 months).
 * Existing rows are kept: catalogue entries outside the IAE keep no level, existing placements no SIAE kind.
 */
const LEVELS: [code: string, level: number][] = [
  ['RSA', 1], ['ASS', 1], ['AAH', 1], ['DETLD', 1],
  ['DELD', 2], ['JEUNE_PEU_QUALIFIE', 2], ['RQTH', 2], ['SENIOR', 2], ['QPV', 2], ['PARENT_ISOLE', 2], ['SOUS_MAIN_DE_JUSTICE', 2],
];

/** The national criteria of les emplois that the catalogue lacked; ids follow the first 13 (…0014 on). */
const ADDED: [code: string, label: string, proof: string, validityDays: number | null, sensitivity: string][] = [
  ['ASE', 'Jeune sortant de l’aide sociale à l’enfance (ASE)', 'Attestation de prise en charge par l’ASE', 365, 'ORDINARY'],
  ['SANS_HEBERGEMENT', 'Personne sans hébergement, hébergée ou ayant un parcours de rue', 'Attestation de domiciliation ou d’hébergement', 90, 'ORDINARY'],
  ['REFUGIE', 'Réfugié, bénéficiaire de la protection subsidiaire ou temporaire', 'Titre de séjour ou récépissé, autorisation de travail', null, 'ORDINARY'],
  ['ZRR', 'Résident d’une zone de revitalisation rurale (ZRR, FRR)', 'Justificatif de domicile', 180, 'ORDINARY'],
  ['FLE', 'Difficultés de maîtrise de la langue française (niveau inférieur à A1)', 'Évaluation de français langue étrangère (FLE)', null, 'ORDINARY'],
  ['MOBILITE', 'Problème de mobilité', 'Diagnostic de mobilité par un prescripteur habilité', null, 'ORDINARY'],
];

export const ADDED_NATIONAL_CRITERION_IDS: Record<string, string> = Object.fromEntries(
  ADDED.map(([code], index) => [code, `ec000000-0000-4000-8000-${String(index + 14).padStart(12, '0')}`]),
);

export class Migration20261202000200_iae_levels_and_pass extends Migration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    this.addSql('ALTER TABLE eligibility_criterion ADD COLUMN iae_level smallint CHECK (iae_level IN (1, 2))');
    for (const [code, level] of LEVELS) {
      this.addSql(knex.raw("UPDATE eligibility_criterion SET iae_level = ? WHERE territory = 'FR' AND code = ?", [level, code]));
    }
    for (const [code, label, proof, validityDays, sensitivity] of ADDED) {
      this.addSql(knex.raw(
        `INSERT INTO eligibility_criterion (id, territory, code, label, proof_type, proof_validity_days, sensitivity, iae_level)
         VALUES (?, 'FR', ?, ?, ?, ?, ?, 2) ON CONFLICT (territory, code) DO UPDATE SET iae_level = 2`,
        [ADDED_NATIONAL_CRITERION_IDS[code]!, code, label, proof, validityDays, sensitivity],
      ));
    }
    this.addSql(`ALTER TABLE placement ADD COLUMN iae_structure_kind text CHECK (iae_structure_kind IN ('AI', 'ETTI', 'ACI', 'EI', 'EITI')),
      ADD COLUMN pass_iae_number varchar(12) CHECK (pass_iae_number ~ '^[0-9]{12}$'),
      ADD COLUMN pass_iae_start_date date,
      ADD CONSTRAINT placement_siae_has_pass CHECK ((iae_structure_kind IS NULL) = (pass_iae_number IS NULL) AND (pass_iae_number IS NULL) = (pass_iae_start_date IS NULL))`);
  }

  override async down(): Promise<void> {
    this.addSql('ALTER TABLE placement DROP COLUMN iae_structure_kind, DROP COLUMN pass_iae_number, DROP COLUMN pass_iae_start_date');
    this.addSql(`DELETE FROM eligibility_criterion WHERE territory = 'FR' AND code IN (${ADDED.map(([code]) => `'${code}'`).join(', ')})`);
    this.addSql('ALTER TABLE eligibility_criterion DROP COLUMN iae_level');
  }
}
