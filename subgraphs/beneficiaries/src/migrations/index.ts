import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261201000000_create_people_placements_hours } from './Migration20261201000000_create_people_placements_hours';
import { Migration20261201000100_create_audit_log } from './Migration20261201000100_create_audit_log';
import { Migration20261201000200_seed_national_eligibility_catalogue } from './Migration20261201000200_seed_national_eligibility_catalogue';
import { Migration20261201223000_create_contract_insertion_rollup } from './Migration20261201223000_create_contract_insertion_rollup';
import { Migration20261202000000_outcome_six_months_is_transition } from './Migration20261202000000_outcome_six_months_is_transition';
import { Migration20261202000100_eligibility_assessed_at_hiring } from './Migration20261202000100_eligibility_assessed_at_hiring';
import { Migration20261202000200_iae_levels_and_pass } from './Migration20261202000200_iae_levels_and_pass';
import { Migration20261202030000_rollup_triggers_bounded_by_people } from './Migration20261202030000_rollup_triggers_bounded_by_people';
import { Migration20261202030100_rollup_covering_keys } from './Migration20261202030100_rollup_covering_keys';
import { Migration20261202200000_placement_job_rome_code } from './Migration20261202200000_placement_job_rome_code';
import { Migration20261203100000_contract_hours_totals } from './Migration20261203100000_contract_hours_totals';
import { Migration20261203100100_contract_hours_totals_lighter_triggers } from './Migration20261203100100_contract_hours_totals_lighter_triggers';
import { Migration20261203120000_rollup_upserts_in_key_order } from './Migration20261203120000_rollup_upserts_in_key_order';

/** Every migration of this subgraph, oldest first. */
export const migrations: NamedMigration[] = [
  { name: 'Migration20261201000000_create_people_placements_hours', class: Migration20261201000000_create_people_placements_hours },
  { name: 'Migration20261201000100_create_audit_log', class: Migration20261201000100_create_audit_log },
  { name: 'Migration20261201000200_seed_national_eligibility_catalogue', class: Migration20261201000200_seed_national_eligibility_catalogue },
  { name: 'Migration20261201223000_create_contract_insertion_rollup', class: Migration20261201223000_create_contract_insertion_rollup },
  { name: 'Migration20261202000000_outcome_six_months_is_transition', class: Migration20261202000000_outcome_six_months_is_transition },
  { name: 'Migration20261202000100_eligibility_assessed_at_hiring', class: Migration20261202000100_eligibility_assessed_at_hiring },
  { name: 'Migration20261202000200_iae_levels_and_pass', class: Migration20261202000200_iae_levels_and_pass },
  { name: 'Migration20261202030000_rollup_triggers_bounded_by_people', class: Migration20261202030000_rollup_triggers_bounded_by_people },
  { name: 'Migration20261202030100_rollup_covering_keys', class: Migration20261202030100_rollup_covering_keys },
  { name: 'Migration20261202200000_placement_job_rome_code', class: Migration20261202200000_placement_job_rome_code },
  { name: 'Migration20261203100000_contract_hours_totals', class: Migration20261203100000_contract_hours_totals },
  { name: 'Migration20261203100100_contract_hours_totals_lighter_triggers', class: Migration20261203100100_contract_hours_totals_lighter_triggers },
  { name: 'Migration20261203120000_rollup_upserts_in_key_order', class: Migration20261203120000_rollup_upserts_in_key_order },
];
