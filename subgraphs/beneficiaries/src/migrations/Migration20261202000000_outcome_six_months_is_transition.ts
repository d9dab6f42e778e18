import { Migration } from '@maillage/subgraph-kit';

/**
 * Exit details: durable employment is a CDD or a temping mission of **more than** six months; six months
 * exactly is transition employment (« Les sorties dynamiques dans l'IAE », DOMAIN.md §5.2). The old values
 * are renamed. "Less than six months" rows move to "six months or less" unchanged in meaning. "Six months
 * or more" rows keep their durable category under "more than six months": the exact length was never
 * recorded, so a facilitator corrects the few that were exactly six months.
 */
const RENAMES: [from: string, to: string][] = [
  ['CDD_6_MONTHS_OR_MORE', 'CDD_MORE_THAN_6_MONTHS'],
  ['INTERIM_6_MONTHS_OR_MORE', 'INTERIM_MORE_THAN_6_MONTHS'],
  ['CDD_UNDER_6_MONTHS', 'CDD_6_MONTHS_OR_LESS'],
  ['INTERIM_UNDER_6_MONTHS', 'INTERIM_6_MONTHS_OR_LESS'],
];

export class Migration20261202000000_outcome_six_months_is_transition extends Migration {
  override async up(): Promise<void> {
    for (const [from, to] of RENAMES) this.addSql(this.getKnex().raw('UPDATE outcome SET detail = ? WHERE detail = ?', [to, from]));
  }

  override async down(): Promise<void> {
    for (const [from, to] of RENAMES) this.addSql(this.getKnex().raw('UPDATE outcome SET detail = ? WHERE detail = ?', [from, to]));
  }
}
