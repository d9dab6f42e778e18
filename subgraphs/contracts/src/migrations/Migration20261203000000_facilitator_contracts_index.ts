import { Migration } from '@maillage/subgraph-kit';

/**
 * A facilitator's contracts by status, in the list's order (reference, then id): the portal's dashboard reads
 * a page of them and counts them. With an index on `facilitator_id` alone, both read every contract of the
 * facilitator from the table, one page each, scattered — about 530 buffers per statement for a national
 * facilitator's portfolio (bench size L) whatever the page. With this one, the count of one status reads the
 * index alone (7 buffers) and its page stops after 51 rows (54 buffers). It leads with `facilitator_id`, so it
 * serves every read the old index served, which goes.
 */
export class Migration20261203000000_facilitator_contracts_index extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE INDEX contract_facilitator_status_reference_index ON contract (facilitator_id, status, reference, id)');
    this.addSql('DROP INDEX contract_facilitator_id_index');
  }

  override async down(): Promise<void> {
    this.addSql('CREATE INDEX contract_facilitator_id_index ON contract (facilitator_id)');
    this.addSql('DROP INDEX contract_facilitator_status_reference_index');
  }
}
