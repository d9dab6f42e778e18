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

/** Trades the facilitators follow most: one enum for the graph, in the kit. */
export { ContractSector } from '@maillage/subgraph-kit';
