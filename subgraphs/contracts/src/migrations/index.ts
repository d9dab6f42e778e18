import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261201000000_create_contract_register } from './Migration20261201000000_create_contract_register';
import { Migration20261202000000_eu_thresholds_and_social_obligation } from './Migration20261202000000_eu_thresholds_and_social_obligation';
import { Migration20261202100000_department_of_commune_overseas_collectivities } from './Migration20261202100000_department_of_commune_overseas_collectivities';
import { Migration20261202100100_one_modality_vocabulary } from './Migration20261202100100_one_modality_vocabulary';
import { Migration20261202100200_training_share_cap } from './Migration20261202100200_training_share_cap';
import { Migration20261202100300_subcontracted_amounts } from './Migration20261202100300_subcontracted_amounts';
import { Migration20261202110000_social_devices } from './Migration20261202110000_social_devices';
import { Migration20261202200000_census_of_purchases } from './Migration20261202200000_census_of_purchases';
import { Migration20261202200000_facilitator_alert_settings } from './Migration20261202200000_facilitator_alert_settings';
import { Migration20261203000000_facilitator_contracts_index } from './Migration20261203000000_facilitator_contracts_index';

/** Every migration of this subgraph, oldest first. */
export const migrations: NamedMigration[] = [
  { name: 'Migration20261201000000_create_contract_register', class: Migration20261201000000_create_contract_register },
  { name: 'Migration20261202000000_eu_thresholds_and_social_obligation', class: Migration20261202000000_eu_thresholds_and_social_obligation },
  { name: 'Migration20261202100000_department_of_commune_overseas_collectivities', class: Migration20261202100000_department_of_commune_overseas_collectivities },
  { name: 'Migration20261202100100_one_modality_vocabulary', class: Migration20261202100100_one_modality_vocabulary },
  { name: 'Migration20261202100200_training_share_cap', class: Migration20261202100200_training_share_cap },
  { name: 'Migration20261202100300_subcontracted_amounts', class: Migration20261202100300_subcontracted_amounts },
  { name: 'Migration20261202110000_social_devices', class: Migration20261202110000_social_devices },
  { name: 'Migration20261202200000_census_of_purchases', class: Migration20261202200000_census_of_purchases },
  { name: 'Migration20261202200000_facilitator_alert_settings', class: Migration20261202200000_facilitator_alert_settings },
  { name: 'Migration20261203000000_facilitator_contracts_index', class: Migration20261203000000_facilitator_contracts_index },
];
