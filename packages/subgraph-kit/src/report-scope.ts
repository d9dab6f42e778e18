import { registerEnumType } from 'type-graphql';

/**
 * What a report (« bilan ») covers: owned by the contracts subgraph, which resolves a scope into contracts;
 * the directory reads it too (`@requires`) to count the scope's facilitators. Defined once here so that the
 * supergraph has one `ReportScopeKind` and the two subgraphs cannot drift.
 */
export enum ReportScopeKind {
  CONTRACT = 'CONTRACT',
  BUYER = 'BUYER',
  TERRITORY = 'TERRITORY',
  DEPARTMENT = 'DEPARTMENT',
  REGION = 'REGION',
  NATION = 'NATION',
}
registerEnumType(ReportScopeKind, {
  name: 'ReportScopeKind',
  description: 'Périmètre d’un bilan.',
  valuesConfig: {
    CONTRACT: { description: 'Un marché (`id` : identifiant du marché).' },
    BUYER: { description: 'Un acheteur, tous ses marchés (`id` : identifiant de l’acheteur).' },
    TERRITORY: { description: 'Le territoire du facilitateur connecté (ses départements et communes).' },
    DEPARTMENT: { description: 'Un département (`code` : code INSEE), marchés des acheteurs qui y ont leur siège.' },
    REGION: { description: 'Une région (`code` : code INSEE), marchés des acheteurs qui y ont leur siège.' },
    NATION: { description: 'Tout le réseau (administrateurs).' },
  },
});
