import { CoverageLevel } from '../modules/facilitator/facilitator-coverage.entity';

/**
 * A fictional network of facilitators around the demo territory of the contracts subgraph (Lyon,
 * Villeurbanne, Vénissieux…), with overlaps at every level. People and organisations are invented: names
 * say so, e-mails use the reserved `.example` domain, phone numbers the 04 65 71 range kept for fiction,
 * SIRETs the made-up 999 prefix. The facilitator ids are fixed: other subgraphs' demo data refers to them.
 */
export const DEMO_ORGANISATIONS = [
  {
    id: 'd1f0a000-0000-4000-8000-000000000001', name: 'PLIE de la Métropole de Lyon (démo)', kind: 'PLIE',
    siret: '99900101000019', address: '12 rue de l’Exemple', postalCode: '69003', communeCode: '69123',
    website: 'https://plie-lyon.example/',
  },
  {
    id: 'd1f0a000-0000-4000-8000-000000000002', name: 'Maison de l’Emploi du Rhône (démo)', kind: 'EMPLOYMENT_HOUSE',
    siret: '99900202000017', address: '5 avenue du Modèle', postalCode: '69100', communeCode: '69266',
    website: 'https://mde-rhone.example/',
  },
  {
    id: 'd1f0a000-0000-4000-8000-000000000003', name: 'Département de l’Isère — mission clauses sociales (démo)',
    kind: 'DEPARTMENT', siret: '99900303000015', address: '1 place du Témoin', postalCode: '38000', communeCode: '38185',
    website: 'https://isere-clauses.example/',
  },
  {
    id: 'd1f0a000-0000-4000-8000-000000000004', name: 'Ville de Vénissieux — service emploi (démo)', kind: 'CITY',
    siret: '99900404000013', address: '3 rue de l’Essai', postalCode: '69200', communeCode: '69259', website: null,
  },
  {
    id: 'd1f0a000-0000-4000-8000-000000000005', name: 'Clauses & Parcours Est lyonnais (démo)', kind: 'OPCS',
    siret: '99900505000011', address: '8 allée Fictive', postalCode: '69120', communeCode: '69256', website: null,
  },
  {
    id: 'd1f0a000-0000-4000-8000-000000000006', name: 'Réseau des facilitateurs Auvergne-Rhône-Alpes (démo)', kind: 'OTHER',
    siret: '99900606000019', address: '20 quai de la Démonstration', postalCode: '69002', communeCode: '69123',
    website: 'https://facilitateurs-aura.example/',
  },
] as const;

type Coverage = readonly (readonly [CoverageLevel, string])[];
const [plie, mde, isere, venissieux, opcs, network] = DEMO_ORGANISATIONS.map((organisation) => organisation.id);

export const DEMO_FACILITATORS: {
  id: string; organisationId: string; name: string; jobTitle: string; email: string; phone: string | null;
  active: boolean; coverage: Coverage;
}[] = [
  {
    id: 'd1f00000-0000-4000-8000-000000000001', organisationId: plie!, name: 'Camille Exemple',
    jobTitle: 'Facilitatrice des clauses sociales', email: 'camille.exemple@plie-lyon.example', phone: '04 65 71 00 01',
    active: true, coverage: [[CoverageLevel.EPCI, '200046977']],
  },
  {
    id: 'd1f00000-0000-4000-8000-000000000002', organisationId: mde!, name: 'Nadia Fictif',
    jobTitle: 'Chargée de mission clauses sociales', email: 'nadia.fictif@mde-rhone.example', phone: '04 65 71 00 02',
    active: true, coverage: [[CoverageLevel.DEPARTMENT, '69']],
  },
  {
    id: 'd1f00000-0000-4000-8000-000000000003', organisationId: isere!, name: 'Julien Modèle',
    jobTitle: 'Facilitateur des clauses sociales', email: 'julien.modele@isere-clauses.example', phone: '04 65 71 00 03',
    active: true, coverage: [[CoverageLevel.DEPARTMENT, '38']],
  },
  {
    id: 'd1f00000-0000-4000-8000-000000000004', organisationId: venissieux!, name: 'Sophie Témoin',
    jobTitle: 'Facilitatrice des clauses sociales', email: 'sophie.temoin@venissieux.example', phone: '04 65 71 00 04',
    active: true, coverage: [[CoverageLevel.COMMUNE, '69259'], [CoverageLevel.COMMUNE, '69290']],
  },
  {
    id: 'd1f00000-0000-4000-8000-000000000005', organisationId: opcs!, name: 'Karim Essai',
    jobTitle: 'Chargé de clauses sociales', email: 'karim.essai@clauses-parcours.example', phone: '04 65 71 00 05',
    active: true, coverage: [[CoverageLevel.COMMUNE, '69266'], [CoverageLevel.COMMUNE, '69256']],
  },
  {
    id: 'd1f00000-0000-4000-8000-000000000006', organisationId: network!, name: 'Élodie Démo',
    jobTitle: 'Coordinatrice régionale des facilitateurs', email: 'elodie.demo@facilitateurs-aura.example',
    phone: '04 65 71 00 06', active: true, coverage: [[CoverageLevel.REGION, '84']],
  },
  {
    id: 'd1f00000-0000-4000-8000-000000000007', organisationId: plie!, name: 'Lucas Spécimen',
    jobTitle: 'Facilitateur des clauses sociales (Lyon 8e et 9e)', email: 'lucas.specimen@plie-lyon.example', phone: null,
    active: true, coverage: [[CoverageLevel.COMMUNE, '69388'], [CoverageLevel.COMMUNE, '69389']],
  },
  {
    id: 'd1f00000-0000-4000-8000-000000000008', organisationId: plie!, name: 'Hugo Ancien',
    jobTitle: 'Facilitateur des clauses sociales (parti en 2025)', email: 'hugo.ancien@plie-lyon.example', phone: null,
    active: false, coverage: [[CoverageLevel.COMMUNE, '69123']],
  },
];
