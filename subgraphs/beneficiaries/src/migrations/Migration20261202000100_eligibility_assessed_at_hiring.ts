import { Migration } from '@maillage/subgraph-kit';

/**
 * Eligibility is assessed at hiring and holds for the placement: each placement records what carried it
 * on its start date — a validated criterion whose proof covered that day, or a facilitator's reasoned
 * exemption. Existing placements are carried forward: those a criterion covered on their start date are
 * `CRITERION`; the others become exemptions whose reason says they predate the check, so that a
 * facilitator can find and review them. The column stays nullable for rows loaded in bulk outside the API
 * (the benchmark's generator): null means "not assessed", and never carries an eligibility.
 */
export class Migration20261202000100_eligibility_assessed_at_hiring extends Migration {
  override async up(): Promise<void> {
    this.addSql('ALTER TABLE placement ADD COLUMN eligibility_basis text, ADD COLUMN eligibility_exemption_reason text, ADD COLUMN eligibility_exempted_by text');
    this.addSql(`UPDATE placement p SET eligibility_basis = 'CRITERION'
      WHERE EXISTS (SELECT 1 FROM beneficiary_criterion bc WHERE bc.beneficiary_id = p.beneficiary_id AND bc.validated_at IS NOT NULL
        AND bc.proof_date <= p.start_date AND (bc.expires_on IS NULL OR bc.expires_on >= p.start_date))`);
    this.addSql(`UPDATE placement SET eligibility_basis = 'EXEMPTION', eligibility_exempted_by = 'migration',
      eligibility_exemption_reason = 'Mise en emploi ouverte avant le contrôle de l’éligibilité à l’embauche : aucun critère validé ne couvrait sa date de début (reprise des données, à revoir)'
      WHERE eligibility_basis IS NULL`);
    this.addSql(`ALTER TABLE placement ADD CONSTRAINT placement_eligibility_basis CHECK ((eligibility_basis IS NULL OR eligibility_basis IN ('CRITERION', 'EXEMPTION'))
      AND (eligibility_basis = 'EXEMPTION') = (eligibility_exemption_reason IS NOT NULL)
      AND (eligibility_exemption_reason IS NULL) = (eligibility_exempted_by IS NULL))`);
  }

  override async down(): Promise<void> {
    this.addSql('ALTER TABLE placement DROP COLUMN eligibility_basis, DROP COLUMN eligibility_exemption_reason, DROP COLUMN eligibility_exempted_by');
  }
}
