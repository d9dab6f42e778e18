import { Migration } from '@maillage/subgraph-kit';

/**
 * The 2026 social obligation (loi 2021-1104 « Climat et résilience », art. 35): contracts above the European
 * thresholds need a social or employment consideration among their execution conditions. A contract now
 * records its procurement kind and its consultation's launch date; the thresholds are recorded by period
 * with their source (Code de la commande publique, annexe 2, which refers to the Commission's delegated
 * regulations). Existing contracts keep both columns empty: neither was ever recorded, so they are "not
 * known", never guessed from the sector.
 */
const THRESHOLDS: [id: string, from: string, until: string, works: boolean, scope: string, amount: string, source: string][] = [
  ['e7000000-0000-4000-8000-000000000001', '2024-01-01', '2025-12-31', true, 'CENTRAL', '5538000.00', 'Règlement délégué (UE) 2023/2495 du 15 novembre 2023 (directive 2014/24/UE) ; CCP, annexe 2'],
  ['e7000000-0000-4000-8000-000000000002', '2024-01-01', '2025-12-31', true, 'OTHER', '5538000.00', 'Règlement délégué (UE) 2023/2495 du 15 novembre 2023 (directive 2014/24/UE) ; CCP, annexe 2'],
  ['e7000000-0000-4000-8000-000000000003', '2024-01-01', '2025-12-31', false, 'CENTRAL', '143000.00', 'Règlement délégué (UE) 2023/2495 du 15 novembre 2023 (directive 2014/24/UE) ; CCP, annexe 2'],
  ['e7000000-0000-4000-8000-000000000004', '2024-01-01', '2025-12-31', false, 'OTHER', '221000.00', 'Règlement délégué (UE) 2023/2495 du 15 novembre 2023 (directive 2014/24/UE) ; CCP, annexe 2'],
  ['e7000000-0000-4000-8000-000000000005', '2026-01-01', '2027-12-31', true, 'CENTRAL', '5404000.00', 'Règlement délégué (UE) 2025/2152 du 22 octobre 2025, JOUE du 23 octobre 2025 (directive 2014/24/UE) ; CCP, annexe 2'],
  ['e7000000-0000-4000-8000-000000000006', '2026-01-01', '2027-12-31', true, 'OTHER', '5404000.00', 'Règlement délégué (UE) 2025/2152 du 22 octobre 2025, JOUE du 23 octobre 2025 (directive 2014/24/UE) ; CCP, annexe 2'],
  ['e7000000-0000-4000-8000-000000000007', '2026-01-01', '2027-12-31', false, 'CENTRAL', '140000.00', 'Règlement délégué (UE) 2025/2152 du 22 octobre 2025, JOUE du 23 octobre 2025 (directive 2014/24/UE) ; CCP, annexe 2'],
  ['e7000000-0000-4000-8000-000000000008', '2026-01-01', '2027-12-31', false, 'OTHER', '216000.00', 'Règlement délégué (UE) 2025/2152 du 22 octobre 2025, JOUE du 23 octobre 2025 (directive 2014/24/UE) ; CCP, annexe 2'],
];

export class Migration20261202000000_eu_thresholds_and_social_obligation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TYPE procurement_kind AS ENUM ('WORKS', 'SUPPLIES', 'SERVICES')`);
    this.addSql('ALTER TABLE contract ADD COLUMN procurement_kind procurement_kind, ADD COLUMN consultation_launch_date date');
    this.addSql(`CREATE TABLE eu_threshold (
      id uuid PRIMARY KEY,
      valid_from date NOT NULL,
      valid_until date CHECK (valid_until IS NULL OR valid_until >= valid_from),
      works boolean NOT NULL,
      buyer_scope text NOT NULL CHECK (buyer_scope IN ('CENTRAL', 'OTHER')),
      amount numeric(14, 2) NOT NULL CHECK (amount > 0),
      source text NOT NULL,
      CONSTRAINT eu_threshold_one_per_period UNIQUE (valid_from, works, buyer_scope)
    )`);
    for (const row of THRESHOLDS) {
      this.addSql(this.getKnex().raw('INSERT INTO eu_threshold (id, valid_from, valid_until, works, buyer_scope, amount, source) VALUES (?, ?, ?, ?, ?, ?, ?)', row));
    }
    this.addSql('CREATE INDEX contract_consultation_launch_date_index ON contract (consultation_launch_date) WHERE consultation_launch_date IS NOT NULL');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE eu_threshold');
    this.addSql('ALTER TABLE contract DROP COLUMN procurement_kind, DROP COLUMN consultation_launch_date');
    this.addSql('DROP TYPE procurement_kind');
  }
}
