import { Field, ObjectType } from 'type-graphql';
import { assertCan } from '../../access/access';
import { subjectOfBeneficiary } from '../../access/subjects';
import { writeAudit } from '../../audit/audit.recorder';
import type { Context } from '../../context';
import { loadWritableBeneficiary } from './beneficiary.service';

/** The document handed to a person exercising their right of access (GDPR art. 15) or portability (art. 20). */
@ObjectType({ description: 'Export des données d’une personne (droit d’accès, RGPD art. 15 ; portabilité, art. 20).' })
export class BeneficiaryExport {
  @Field(() => Date, { description: 'Moment de l’export.' })
  exportedAt!: Date;

  @Field({ description: 'Type du document : application/json.' })
  format!: string;

  @Field({ description: 'Le document JSON : identité, critères, parcours, sorties, mises en emploi, relevés (toutes versions), accès journalisés.' })
  document!: string;
}

/** Everything held about the person, each table read in one statement. */
async function collect(ctx: Context, id: string): Promise<Record<string, unknown>> {
  const run = (sql: string) => ctx.em.execute<Record<string, unknown>[]>(sql, [id]);
  const [criteria, paths, outcomes, placements, statements, accesses] = await Promise.all([
    run(`SELECT ec.code, ec.label, ec.sensitivity, bc.proof_type, bc.proof_date, bc.expires_on, bc.validated_for, bc.validated_at
           FROM beneficiary_criterion bc JOIN eligibility_criterion ec ON ec.id = bc.criterion_id WHERE bc.beneficiary_id = ? ORDER BY bc.proof_date`),
    run('SELECT id, started_on, ended_on, status, referent_structure_id FROM insertion_path WHERE beneficiary_id = ? ORDER BY started_on'),
    run(`SELECT o.path_id, o.kind, o.category, o.detail, o.observed_on FROM outcome o JOIN insertion_path p ON p.id = o.path_id
          WHERE p.beneficiary_id = ? ORDER BY o.observed_on`),
    run(`SELECT id, contract_id, lot_id, employer_siret, employer_structure_id, modality, employment_contract_type, start_date, end_date
           FROM placement WHERE beneficiary_id = ? ORDER BY start_date`),
    run(`SELECT s.placement_id, s.month, s.version, s.hours_worked, s.training_hours, s.source, s.declared_at, s.correction_reason, s.is_current
           FROM hours_statement s JOIN placement p ON p.id = s.placement_id WHERE p.beneficiary_id = ? ORDER BY s.month, s.placement_id, s.version`),
    // Who accessed the record (the recipients, art. 15(1)(c)): roles and organisations, not the agents' ids.
    run('SELECT occurred_at, role, organisation, operation, fields FROM audit_event WHERE beneficiary_id = ? ORDER BY id'),
  ]);
  return { criteria, paths, outcomes, placements, hoursStatements: statements, accesses };
}

/** Builds the export and logs it (operation EXPORT) before returning it. */
export async function exportBeneficiary(ctx: Context, id: string): Promise<BeneficiaryExport> {
  const beneficiary = await loadWritableBeneficiary(ctx, id, 'id', { allowErased: true });
  assertCan(ctx.viewer, 'write', 'Beneficiary(export)', await subjectOfBeneficiary(beneficiary, ctx));
  const { createdAt: _created, updatedAt: _updated, ...person } = beneficiary;
  const exportedAt = new Date();
  const document = JSON.stringify({ exportedAt, person, ...(await collect(ctx, beneficiary.id)) });
  await writeAudit(ctx.em, ctx, [{ beneficiaryId: beneficiary.id, operation: 'EXPORT', fields: ['*'] }]);
  return { exportedAt, format: 'application/json', document };
}
