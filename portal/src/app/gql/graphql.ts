/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Secteur d'activité (liste contrôlée ; voir `activitySectors` pour les codes NAF correspondants). */
export type ActivitySector =
  /** Bâtiment (gros œuvre, second œuvre, démolition) */
  | 'BUILDING'
  /** Restauration et traiteur */
  | 'CATERING'
  /** Propreté et nettoyage */
  | 'CLEANING'
  /** Numérique (saisie, reconditionnement informatique) */
  | 'DIGITAL'
  /** Espaces verts et paysage */
  | 'GREEN_SPACES'
  /** Sous-traitance industrielle et conditionnement */
  | 'INDUSTRIAL_SUBCONTRACTING'
  /** Blanchisserie, couture et textile */
  | 'LAUNDRY_TEXTILE'
  /** Logistique, manutention, transport et déménagement */
  | 'LOGISTICS'
  /** Maraîchage et agriculture */
  | 'MARKET_GARDENING'
  /** Services administratifs et de bureau */
  | 'OFFICE_SERVICES'
  /** Autre */
  | 'OTHER'
  /** Services à la personne */
  | 'PERSONAL_SERVICES'
  /** Travaux publics et voirie */
  | 'PUBLIC_WORKS'
  /** Collecte, tri, recyclage et réemploi */
  | 'RECYCLING'
  /** Sécurité et gardiennage */
  | 'SECURITY';

/** Nature de l'acheteur. */
export type BuyerKind =
  /** Commune */
  | 'COMMUNE'
  /** Département */
  | 'DEPARTMENT'
  /** Établissement public de coopération intercommunale (métropole, communauté…) */
  | 'EPCI'
  /** Autre (dont collectivité à statut particulier, comme la Métropole de Lyon) */
  | 'OTHER'
  /** Entreprise privée (marché privé) */
  | 'PRIVATE_COMPANY'
  /** Établissement public (hôpital, université…) */
  | 'PUBLIC_ESTABLISHMENT'
  /** Région */
  | 'REGION'
  /** Bailleur social */
  | 'SOCIAL_LANDLORD'
  /** État (services déconcentrés, ministères) */
  | 'STATE';

/** Filtres de la liste des marchés, combinés (ET). */
export type ContractFilter = {
  /** Marchés de cet acheteur. */
  buyerId?: string | number | null | undefined;
  /** Code INSEE de la commune de l’acheteur. */
  commune?: string | null | undefined;
  /** Code du département de la commune de l’acheteur (69, 2A, 974…). */
  department?: string | null | undefined;
  /** Marchés dont la période d’exécution couvre ce jour (début renseigné, fin absente ou postérieure). */
  executingOn?: string | null | undefined;
  /** Marchés suivis par ce facilitateur. */
  facilitatorId?: string | number | null | undefined;
  /** Marchés de l’un de ces secteurs. */
  sector?: Array<ContractSector> | null | undefined;
  /** Marchés à l’une de ces étapes. */
  status?: Array<ContractStatus> | null | undefined;
  /** Texte cherché dans l’objet et la référence (sans casse). */
  text?: string | null | undefined;
};

/** Secteur d’activité du marché. */
export type ContractSector =
  /** Bâtiment et travaux publics */
  | 'BUILDING'
  /** Restauration collective */
  | 'CATERING'
  /** Propreté et nettoyage */
  | 'CLEANING'
  /** Espaces verts et paysage */
  | 'GREEN_SPACES'
  /** Autre */
  | 'OTHER'
  /** Autres services (accueil, logistique, informatique…) */
  | 'SERVICES'
  /** Fournitures */
  | 'SUPPLIES'
  /** Collecte et traitement des déchets */
  | 'WASTE';

/** Étape du marché : brouillon → publié → attribué → en exécution → clos ; annulé depuis toute étape sauf clos. */
export type ContractStatus =
  /** Attribué (titulaire connu, avant ou après notification) */
  | 'AWARDED'
  /** Annulé (procédure déclarée sans suite, résiliation…) */
  | 'CANCELLED'
  /** Clos (exécution terminée, bilan fait) */
  | 'CLOSED'
  /** En préparation (brouillon), clause en cours de rédaction */
  | 'DRAFT'
  /** En cours d’exécution : les heures d’insertion se réalisent */
  | 'IN_EXECUTION'
  /** Consultation publiée */
  | 'PUBLISHED';

/** Niveau du territoire couvert, du plus précis au plus large. */
export type CoverageLevel =
  /** Une commune (ou un arrondissement municipal) */
  | 'COMMUNE'
  /** Un département */
  | 'DEPARTMENT'
  /** Une intercommunalité (EPCI) */
  | 'EPCI'
  /** Une région */
  | 'REGION';

/** Origine de l’objectif d’heures. */
export type HoursMethod =
  /** Calculé : montant HT × part de main-d’œuvre × taux d’insertion ÷ coût horaire */
  | 'FORMULA'
  /** Fixé à la main, avec une justification */
  | 'MANUAL';

/** Modalité de réalisation des heures d’insertion admise par la clause. */
export type InsertionModality =
  /** Co-traitance avec une SIAE, une EA ou un ESAT */
  | 'CO_CONTRACTING'
  /** Embauche directe par l’entreprise */
  | 'DIRECT_HIRE'
  /** Mise à disposition par une AI ou un GEIQ */
  | 'STAFF_PROVISION_AI_GEIQ'
  /** Sous-traitance à une SIAE, une EA ou un ESAT */
  | 'SUBCONTRACTING'
  /** Intérim d’insertion par une ETTI */
  | 'TEMPORARY_WORK_ETTI'
  /** Formation (actions de formation des publics éligibles) */
  | 'TRAINING';

/** Fondement juridique de la clause (Code de la commande publique). */
export type LegalBasis =
  /** Critère d’attribution (art. L2152-7) */
  | 'AWARD_CRITERION'
  /** Condition d’exécution (art. L2112-2) */
  | 'EXECUTION_CONDITION'
  /** Marché de services d’insertion et de qualification (art. R2123-1) */
  | 'INSERTION_SERVICE'
  /** Marché réservé aux EA et ESAT (art. L2113-12) */
  | 'RESERVED_DISABILITY'
  /** Marché réservé aux SIAE (art. L2113-13) */
  | 'RESERVED_SIAE';

/** Modalité de mise en œuvre de la clause. */
export type Modality =
  /** Mise à disposition par une association intermédiaire */
  | 'AI'
  /** Co-traitance avec une SIAE, une EA ou un ESAT */
  | 'CO_CONTRACTING'
  /** Embauche directe par l’entreprise */
  | 'DIRECT_HIRE'
  /** Intérim d’insertion (ETTI) */
  | 'ETTI'
  /** Mise à disposition par un GEIQ */
  | 'GEIQ'
  /** Sous-traitance à une EA ou un ESAT */
  | 'SUBCONTRACTING_EA_ESAT'
  /** Sous-traitance à une SIAE (ACI, EI) */
  | 'SUBCONTRACTING_SIAE'
  /** Formation */
  | 'TRAINING';

/** Rôle d’une entreprise sur un marché ou un lot. */
export type PartyRole =
  /** Co-traitant, membre du groupement titulaire */
  | 'CO_CONTRACTOR'
  /** Titulaire (ou mandataire d’un groupement) : un seul par marché ou par lot */
  | 'HOLDER'
  /** Sous-traitant (loi n° 75-1334 du 31 décembre 1975) */
  | 'SUBCONTRACTOR';

/** Période d’un bilan : une année civile, ou deux dates incluses (10 ans au plus). Par défaut : la dernière année civile complète. */
export type ReportPeriodInput = {
  /** Premier jour (AAAA-MM-JJ). */
  from?: string | null | undefined;
  /** Dernier jour, inclus (AAAA-MM-JJ). */
  to?: string | null | undefined;
  /** Année civile (du 1er janvier au 31 décembre). */
  year?: number | null | undefined;
};

/** Périmètre d’un bilan : un type, et l’identifiant ou le code qu’il demande. */
export type ReportScopeInput = {
  /** Code INSEE du département (DEPARTMENT) ou de la région (REGION). */
  code?: string | null | undefined;
  /** Identifiant du marché (CONTRACT) ou de l’acheteur (BUYER). */
  id?: string | number | null | undefined;
  /** Type de périmètre. */
  kind: ReportScopeKind;
};

/** Périmètre d’un bilan. */
export type ReportScopeKind =
  /** Un acheteur, tous ses marchés (`id` : identifiant de l’acheteur). */
  | 'BUYER'
  /** Un marché (`id` : identifiant du marché). */
  | 'CONTRACT'
  /** Un département (`code` : code INSEE), marchés des acheteurs qui y ont leur siège. */
  | 'DEPARTMENT'
  /** Tout le réseau (administrateurs). */
  | 'NATION'
  /** Une région (`code` : code INSEE), marchés des acheteurs qui y ont leur siège. */
  | 'REGION'
  /** Le territoire du facilitateur connecté (ses départements et communes). */
  | 'TERRITORY';

/** Famille de structure, déduite de son type. */
export type StructureFamily =
  /** Secteur du handicap : EA, EATT, ESAT */
  | 'DISABILITY_SECTOR'
  /** Service public de l'emploi et prescripteurs : France Travail, Mission locale, Cap emploi, PLIE, MDE, E2C, EPIDE, département, CCAS, OPCS, autre */
  | 'EMPLOYMENT_SERVICE'
  /** Autre employeur d'insertion : GEIQ, régie de quartier, SEP (travail en détention) */
  | 'INSERTION_EMPLOYER'
  /** Structure d'insertion par l'activité économique : ACI, AI, EI, ETTI, EITI (art. L5132-4 du code du travail) */
  | 'SIAE';

/** Filtres de la liste des structures (cumulatifs). */
export type StructureFilter = {
  /** Vrai : seulement les structures qui peuvent réaliser des heures d'insertion d'une clause. */
  clauseEligibleOnly?: boolean | null | undefined;
  /** Code INSEE de commune : structures implantées dans la commune ou qui la desservent (directement ou par son département). */
  commune?: string | null | undefined;
  /** Code de département : structures implantées dans ce département ou qui le desservent (en entier ou une de ses communes). */
  department?: string | null | undefined;
  /** Famille retenue. */
  family?: StructureFamily | null | undefined;
  /** Vrai : inclure les structures désactivées (exclues par défaut). */
  includeInactive?: boolean | null | undefined;
  /** Types retenus (au moins un). */
  kinds?: Array<StructureKind> | null | undefined;
  /** Texte contenu dans le nom (sans tenir compte de la casse ni des accents). */
  nameContains?: string | null | undefined;
  /** Secteur d'activité. */
  sector?: ActivitySector | null | undefined;
};

/** Type de structure (typologie des Emplois de l’inclusion et du Marché de l’inclusion). */
export type StructureKind =
  /** Atelier chantier d'insertion (SIAE) */
  | 'ACI'
  /** Association intermédiaire (SIAE) */
  | 'AI'
  /** Cap emploi */
  | 'CAP_EMPLOI'
  /** Centre communal d'action sociale */
  | 'CCAS'
  /** Conseil départemental (RSA) */
  | 'DEPARTEMENT'
  /** École de la deuxième chance */
  | 'E2C'
  /** Entreprise adaptée */
  | 'EA'
  /** Entreprise adaptée de travail temporaire */
  | 'EATT'
  /** Entreprise d'insertion (SIAE) */
  | 'EI'
  /** Entreprise d'insertion par le travail indépendant (SIAE) */
  | 'EITI'
  /** Établissement pour l'insertion dans l'emploi */
  | 'EPIDE'
  /** Établissement et service d'aide par le travail */
  | 'ESAT'
  /** Entreprise de travail temporaire d'insertion (SIAE) */
  | 'ETTI'
  /** France Travail */
  | 'FRANCE_TRAVAIL'
  /** Groupement d'employeurs pour l'insertion et la qualification */
  | 'GEIQ'
  /** Maison de l'emploi */
  | 'MAISON_DE_L_EMPLOI'
  /** Mission locale */
  | 'MISSION_LOCALE'
  /** Organisation porteuse de la clause sociale */
  | 'OPCS'
  /** Autre */
  | 'OTHER'
  /** Plan local pour l'insertion et l'emploi */
  | 'PLIE'
  /** Régie de quartier ou de territoire */
  | 'REGIE_DE_QUARTIER'
  /** Service de l’emploi pénitentiaire : produits et services réalisés en détention (marchés réservés, CCP L2113-13-1) */
  | 'SEP';

/** Type de prestation proposée. */
export type StructureService =
  /** Fabrication et commercialisation de biens */
  | 'GOODS'
  /** Mise à disposition de personnel (intérim) */
  | 'PROVISION_OF_STAFF'
  /** Prestation de service (sous-traitance, co-traitance) */
  | 'SERVICE';

export type ContractFileQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractFileQuery = { contract: { id: string, reference: string, title: string, description: string | null, sector: ContractSector, status: ContractStatus, estimatedAmount: string | null, notificationDate: string | null, executionStart: string | null, executionEnd: string | null, hoursTarget: string, buyer: { id: string, name: string, kind: BuyerKind, commune: { code: string, name: string } }, facilitator: { id: string, name: string, email: string, phone: string | null, organisation: { name: string } } | null, lots: Array<{ id: string, number: number, title: string, amount: string, clause: { id: string, legalBasis: LegalBasis, hoursMethod: HoursMethod, hoursTarget: string, manualHours: string | null, manualJustification: string | null, modalities: Array<InsertionModality>, formula: { amount: string, labourShare: string, insertionRate: string, hourlyCost: string, hours: string, roundingRule: string } | null } | null }>, parties: Array<{ id: string, role: PartyRole, startDate: string | null, endDate: string | null, lot: { number: number } | null, company: { siret: string, name: string, insertionStructure: { id: string, name: string, kind: StructureKind } | null } }>, insertionProgress: { suppressed: boolean, suppressionReason: string | null, hoursRealised: string | null, trainingHours: string | null, people: number | null, lastMonthDeclared: string | null, ratio: string | null, byMonth: Array<{ month: string, hours: string | null, suppressed: boolean }>, byModality: Array<{ modality: Modality, hours: string | null, people: number | null, suppressed: boolean }> } | null } | null };

export type ContractPlacementsQueryVariables = Exact<{
  contractId: string | number;
}>;


export type ContractPlacementsQuery = { placements: { nodes: Array<{ id: string, modality: Modality, startDate: string, endDate: string | null, beneficiary: { firstName: string | null, lastName: string | null } | null, employerStructure: { name: string } | null, statements: Array<{ id: string, month: string, hoursWorked: string, history: Array<{ version: number, hoursWorked: string, declaredAt: string, correctionReason: string | null }> }> }> } };

export type DashboardQueryVariables = Exact<{
  filter?: ContractFilter | null | undefined;
  first: number;
}>;


export type DashboardQuery = { contracts: { totalCount: number, nodes: Array<{ id: string, reference: string, title: string, status: ContractStatus, executionStart: string | null, executionEnd: string | null, hoursTarget: string, buyer: { id: string, name: string }, holder: { siret: string, name: string } | null, insertionProgress: { suppressed: boolean, hoursRealised: string | null, people: number | null, ratio: string | null, byMonth: Array<{ month: string, hours: string | null, suppressed: boolean }> } | null }> } };

export type CommuneSuggestionsQueryVariables = Exact<{
  search: string;
}>;


export type CommuneSuggestionsQuery = { communes: { nodes: Array<{ code: string, name: string, postalCodes: Array<string>, department: { code: string, name: string } }> } };

export type FacilitatorsForCommuneQueryVariables = Exact<{
  code: string;
}>;


export type FacilitatorsForCommuneQuery = { facilitatorsFor: Array<{ place:
      | { __typename: 'Commune', code: string, name: string, postalCodes: Array<string>, department: { code: string, name: string }, epci: { code: string, name: string } | null }
      | { __typename: 'Department' }
      | { __typename: 'Epci' }
      | { __typename: 'Region' }
    , facilitators: Array<{ level: CoverageLevel, territory:
        | { __typename: 'Commune', code: string, name: string }
        | { __typename: 'Department', code: string, name: string }
        | { __typename: 'Epci', code: string, name: string }
        | { __typename: 'Region', code: string, name: string }
      , facilitator: { id: string, name: string, jobTitle: string, email: string, phone: string | null, organisation: { id: string, name: string, website: string | null } } }> }> };

export type FacilitatorsForPostalCodeQueryVariables = Exact<{
  postalCode: string;
}>;


export type FacilitatorsForPostalCodeQuery = { facilitatorsFor: Array<{ place:
      | { __typename: 'Commune', code: string, name: string, postalCodes: Array<string>, department: { code: string, name: string }, epci: { code: string, name: string } | null }
      | { __typename: 'Department' }
      | { __typename: 'Epci' }
      | { __typename: 'Region' }
    , facilitators: Array<{ level: CoverageLevel, territory:
        | { __typename: 'Commune', code: string, name: string }
        | { __typename: 'Department', code: string, name: string }
        | { __typename: 'Epci', code: string, name: string }
        | { __typename: 'Region', code: string, name: string }
      , facilitator: { id: string, name: string, jobTitle: string, email: string, phone: string | null, organisation: { id: string, name: string, website: string | null } } }> }> };

export type PlaceFacilitatorsFieldsFragment = { place:
    | { __typename: 'Commune', code: string, name: string, postalCodes: Array<string>, department: { code: string, name: string }, epci: { code: string, name: string } | null }
    | { __typename: 'Department' }
    | { __typename: 'Epci' }
    | { __typename: 'Region' }
  , facilitators: Array<{ level: CoverageLevel, territory:
      | { __typename: 'Commune', code: string, name: string }
      | { __typename: 'Department', code: string, name: string }
      | { __typename: 'Epci', code: string, name: string }
      | { __typename: 'Region', code: string, name: string }
    , facilitator: { id: string, name: string, jobTitle: string, email: string, phone: string | null, organisation: { id: string, name: string, website: string | null } } }> };

export type ReportCellFragment = { category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean };

export type ReportFiguresFragment = { label: string, periodStart: string, periodEnd: string, fteDivisor: string, contracts: number, buyers: number, companies: number, hoursTarget: string, insertion: { suppressed: boolean, hoursRealised: string | null, hoursWorked: string | null, trainingHours: string | null, ratio: string | null, fte: string | null, people: number | null, peoplePlaced: number | null, placements: number | null, hoursByKind: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byModality: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byMonth: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, profile: { rqth: number | null, ageBands: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, sex: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, criteriaFamilies: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qpv: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qualification: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> }, contractTypes: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, contractDurations: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtExit: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtSixMonths: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> } | null };

export type ReportQueryVariables = Exact<{
  scope: ReportScopeInput;
  period?: ReportPeriodInput | null | undefined;
  fteDivisor?: string | null | undefined;
}>;


export type ReportQuery = { insertionReport: { key: string, label: string, periodStart: string, periodEnd: string, fteDivisor: string, contracts: number, buyers: number, companies: number, hoursTarget: string, buyer: { id: string, name: string } | null, previousYear: { key: string, label: string, periodStart: string, periodEnd: string, fteDivisor: string, contracts: number, buyers: number, companies: number, hoursTarget: string, insertion: { suppressed: boolean, hoursRealised: string | null, hoursWorked: string | null, trainingHours: string | null, ratio: string | null, fte: string | null, people: number | null, peoplePlaced: number | null, placements: number | null, hoursByKind: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byModality: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byMonth: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, profile: { rqth: number | null, ageBands: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, sex: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, criteriaFamilies: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qpv: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qualification: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> }, contractTypes: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, contractDurations: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtExit: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtSixMonths: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> } | null } | null, insertion: { suppressed: boolean, hoursRealised: string | null, hoursWorked: string | null, trainingHours: string | null, ratio: string | null, fte: string | null, people: number | null, peoplePlaced: number | null, placements: number | null, hoursByKind: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byModality: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byMonth: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, profile: { rqth: number | null, ageBands: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, sex: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, criteriaFamilies: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qpv: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qualification: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> }, contractTypes: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, contractDurations: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtExit: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtSixMonths: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> } | null } };

export type ReportBuyersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportBuyersQuery = { buyers: { nodes: Array<{ id: string, name: string }> } };

export type StructuresQueryVariables = Exact<{
  filter?: StructureFilter | null | undefined;
  first: number;
}>;


export type StructuresQuery = { structures: { totalCount: number, nodes: Array<{ id: string, name: string, kind: StructureKind, family: StructureFamily, canDeliverClauseHours: boolean, postalCode: string | null, sectors: Array<ActivitySector>, commune: { code: string, name: string } }> } };

export type StructurePageQueryVariables = Exact<{
  id: string | number;
}>;


export type StructurePageQuery = { structure: { id: string, siret: string, name: string, kind: StructureKind, family: StructureFamily, canDeliverClauseHours: boolean, nafCode: string | null, addressLine: string | null, postalCode: string | null, sectors: Array<ActivitySector>, services: Array<StructureService>, insertionCapacity: number | null, agreementStartDate: string | null, agreementEndDate: string | null, active: boolean, commune: { code: string, name: string }, department: { code: string, name: string }, contact: { label: string | null, email: string | null, phone: string | null } | null, servedDepartments: Array<{ code: string, name: string }>, placementStats: { suppressed: boolean, suppressionReason: string | null, hoursRealised: string | null, people: number | null, placements: number | null, activePlacements: number | null } | null } | null };

export const PlaceFacilitatorsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFacilitatorsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceFacilitators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodes"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Epci"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceFacilitatorsFieldsFragment, unknown>;
export const ReportCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<ReportCellFragment, unknown>;
export const ReportFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsertionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"fteDivisor"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"insertion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"peoplePlaced"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qpv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rqth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractDurations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAtExit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAtSixMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<ReportFiguresFragment, unknown>;
export const ContractFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDate"}},{"kind":"Field","name":{"kind":"Name","value":"executionStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"clause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMethod"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"manualHours"}},{"kind":"Field","name":{"kind":"Name","value":"manualJustification"}},{"kind":"Field","name":{"kind":"Name","value":"modalities"}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"labourShare"}},{"kind":"Field","name":{"kind":"Name","value":"insertionRate"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"roundingRule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"insertionStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"insertionProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonthDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractFileQuery, ContractFileQueryVariables>;
export const ContractPlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractPlacements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractPlacementsQuery, ContractPlacementsQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"executionStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insertionProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const CommuneSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommuneSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodes"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommuneSuggestionsQuery, CommuneSuggestionsQueryVariables>;
export const FacilitatorsForCommuneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitatorsForCommune"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorsFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFacilitatorsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFacilitatorsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceFacilitators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodes"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Epci"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitatorsForCommuneQuery, FacilitatorsForCommuneQueryVariables>;
export const FacilitatorsForPostalCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitatorsForPostalCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postalCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorsFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postalCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFacilitatorsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFacilitatorsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceFacilitators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodes"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Epci"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitatorsForPostalCodeQuery, FacilitatorsForPostalCodeQueryVariables>;
export const ReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fteDivisor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insertionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"fteDivisor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fteDivisor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsertionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"fteDivisor"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"insertion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"peoplePlaced"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qpv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rqth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractDurations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAtExit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAtSixMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}}]}}]}}]} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const ReportBuyersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportBuyers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportBuyersQuery, ReportBuyersQueryVariables>;
export const StructuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Structures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StructureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"structures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"canDeliverClauseHours"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}}]}}]}}]}}]} as unknown as DocumentNode<StructuresQuery, StructuresQueryVariables>;
export const StructurePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StructurePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"structure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"canDeliverClauseHours"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"insertionCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"agreementEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"activePlacements"}}]}}]}}]}}]} as unknown as DocumentNode<StructurePageQuery, StructurePageQueryVariables>;