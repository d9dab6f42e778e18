import { Migration } from '@maillage/subgraph-kit';

/**
 * A lot carries several social devices (issue 14, item 8): its execution condition (CCP L2112-2), an award
 * criterion (L2152-7, weighted: R2152-12) and reservations to SIAE (L2113-13) and to EA/ESAT (L2113-12), both
 * allowed on one lot (L2113-14). One device of each kind per lot.
 *
 * The execution condition is the lot's `insertion_clause` row, unchanged: every existing clause is, with its
 * basis, the lot's execution-condition device. The other kinds are rows of `social_device`. A clause whose
 * basis was a reservation (RESERVED_SIAE, RESERVED_DISABILITY: the former model put the reservation there)
 * gives its lot a reservation device of that kind; the clause keeps its hours as the lot's execution
 * condition, so that no recorded target is lost (a facilitator removes it where the hours were only there
 * because the former model required a target).
 */
export class Migration20261202110000_social_devices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TYPE social_device_kind AS ENUM ('EXECUTION_CONDITION', 'AWARD_CRITERION', 'RESERVED_SIAE', 'RESERVED_DISABILITY')`);
    this.addSql(`CREATE TABLE social_device (
      id uuid PRIMARY KEY,
      lot_id uuid NOT NULL REFERENCES lot (id) ON DELETE CASCADE,
      -- the execution condition is the lot's insertion_clause row
      kind social_device_kind NOT NULL CONSTRAINT social_device_kind_check CHECK (kind <> 'EXECUTION_CONDITION'),
      -- weight in % of the award: a social criterion never weighs the whole award (R2152-7: price or cost stays a criterion)
      award_weight numeric(5, 2) CONSTRAINT social_device_award_weight_check CHECK (award_weight > 0 AND award_weight < 100),
      award_sub_criteria text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT social_device_lot_id_kind_unique UNIQUE (lot_id, kind),
      CONSTRAINT social_device_award_check CHECK ((kind = 'AWARD_CRITERION') = (award_weight IS NOT NULL)),
      CONSTRAINT social_device_sub_criteria_check CHECK (kind = 'AWARD_CRITERION' OR award_sub_criteria IS NULL)
    )`);
    this.addSql(`INSERT INTO social_device (id, lot_id, kind)
      SELECT gen_random_uuid(), lot_id, legal_basis::text::social_device_kind FROM insertion_clause
       WHERE legal_basis IN ('RESERVED_SIAE', 'RESERVED_DISABILITY')`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE social_device');
    this.addSql('DROP TYPE social_device_kind');
  }
}
