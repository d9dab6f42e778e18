import { registerEnumType } from 'type-graphql';

/**
 * The trades the facilitators follow most (DOMAIN.md §3), shared by the subgraphs that speak of them
 * (contracts: a contract's sector; beneficiaries: the contract's main trade, for the diversity of jobs), so
 * that the supergraph has one `ContractSector` enum.
 */
export enum ContractSector {
  BUILDING = 'BUILDING',
  CLEANING = 'CLEANING',
  GREEN_SPACES = 'GREEN_SPACES',
  CATERING = 'CATERING',
  WASTE = 'WASTE',
  SERVICES = 'SERVICES',
  SUPPLIES = 'SUPPLIES',
  OTHER = 'OTHER',
}
registerEnumType(ContractSector, {
  name: 'ContractSector',
  description: 'Secteur d’activité du marché.',
  valuesConfig: {
    BUILDING: { description: 'Bâtiment et travaux publics' },
    CLEANING: { description: 'Propreté et nettoyage' },
    GREEN_SPACES: { description: 'Espaces verts et paysage' },
    CATERING: { description: 'Restauration collective' },
    WASTE: { description: 'Collecte et traitement des déchets' },
    SERVICES: { description: 'Autres services (accueil, logistique, informatique…)' },
    SUPPLIES: { description: 'Fournitures' },
    OTHER: { description: 'Autre' },
  },
});
