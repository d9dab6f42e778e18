import { registerEnumType } from 'type-graphql';

/** Where a contract stands in its life (transitions: `contract.lifecycle.ts`). */
export enum ContractStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  AWARDED = 'AWARDED',
  IN_EXECUTION = 'IN_EXECUTION',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  description: 'Étape du marché : brouillon → publié → attribué → en exécution → clos ; annulé depuis toute étape sauf clos.',
  valuesConfig: {
    DRAFT: { description: 'En préparation (brouillon), clause en cours de rédaction' },
    PUBLISHED: { description: 'Consultation publiée' },
    AWARDED: { description: 'Attribué (titulaire connu, avant ou après notification)' },
    IN_EXECUTION: { description: 'En cours d’exécution : les heures d’insertion se réalisent' },
    CLOSED: { description: 'Clos (exécution terminée, bilan fait)' },
    CANCELLED: { description: 'Annulé (procédure déclarée sans suite, résiliation…)' },
  },
});

/** Trades the facilitators follow most (DOMAIN.md §3). */
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
