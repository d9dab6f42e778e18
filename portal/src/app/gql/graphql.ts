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

/** Une entreprise à rattacher à un marché ou à l’un de ses lots. */
export type AddContractPartyInput = {
  /** Marché. */
  contractId: string | number;
  /** Fin de l’intervention, après le début. */
  endDate?: string | null | undefined;
  /** Lot du marché ; absent : le marché entier. */
  lotId?: string | number | null | undefined;
  /** Rôle de l’entreprise. */
  role: PartyRole;
  /** SIRET de l’entreprise (créée au préalable avec createCompany). */
  siret: string;
  /** Début de l’intervention. */
  startDate?: string | null | undefined;
};

/** Critère d’éligibilité à enregistrer pour une personne (le justificatif n’est pas conservé). */
export type AddCriterionInput = {
  /** La personne. */
  beneficiaryId: string | number;
  /** Code du critère dans le catalogue du territoire de la personne (ex. RSA). */
  criterionCode: string;
  /** Date du justificatif (pas dans le futur). */
  proofDate: string;
  /** Type du justificatif (par défaut : celui du catalogue). */
  proofType?: string | null | undefined;
};

/** Réglages des alertes du facilitateur connecté. */
export type AlertSettingsInput = {
  /** Adresse du récapitulatif hebdomadaire ; vide : pas de récapitulatif. */
  digestEmail?: string | null | undefined;
  /** Tolérance de l’alerte « marché en retard », en points de pourcentage, de 0 à 50 (ex. "10"). */
  paceTolerance: string;
};

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

/** Alerte calculée par le registre des marchés. */
export type ContractAlertKind =
  /** Obligation de 2026 manquée : consultation lancée depuis le 22 août 2026, au-dessus du seuil européen, sans aucune clause sociale (loi Climat et résilience, art. 35 ; CCP L2112-2-1). */
  | 'SOCIAL_OBLIGATION_MISSED';

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

/** Le marché que devient un achat recensé. */
export type ConvertPlannedPurchaseInput = {
  /** Référence du marché, unique chez l'acheteur. */
  reference: string;
};

/** Correction d’un relevé : une nouvelle version, avec son motif. */
export type CorrectHoursInput = {
  /** Heures travaillées corrigées. */
  hoursWorked: string;
  /** Motif de la correction (3 à 500 caractères ; sans donnée personnelle). */
  reason: string;
  /** Heures de formation corrigées (0 par défaut). */
  trainingHours?: string | null | undefined;
};

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

/** Nouvelle personne en parcours (un parcours s’ouvre avec elle). */
export type CreateBeneficiaryInput = {
  /** Date de naissance (passée, après 1900). */
  birthDate: string;
  /** Date du consentement (pas dans le futur). */
  consentDate?: string | null | undefined;
  /** Adresse électronique. */
  email?: string | null | undefined;
  /** Prénom (1 à 100 caractères). */
  firstName: string;
  /** Identifiant France Travail : 11 chiffres, ou 8 caractères (ancien format). */
  franceTravailId?: string | null | undefined;
  /** Nom de famille (1 à 100 caractères). */
  lastName: string;
  /** Début du parcours (par défaut : aujourd’hui). */
  pathStartedOn?: string | null | undefined;
  /** Téléphone (chiffres, espaces, points, tirets, + initial). */
  phone?: string | null | undefined;
  /** Réside en QPV. */
  qpvResident?: boolean | null | undefined;
  /** Niveau de qualification. */
  qualificationLevel?: QualificationLevel | null | undefined;
  /** Structure référente (sous-graphe structures). */
  referentStructureId?: string | number | null | undefined;
  /** Code INSEE de la commune de résidence (5 caractères, 2A/2B en Corse) : il fixe le territoire. */
  residenceCommuneCode: string;
  /** Sexe. */
  sex?: Sex | null | undefined;
};

/** Une entreprise à enregistrer. */
export type CreateCompanyInput = {
  /** Code INSEE de la commune de l’établissement. */
  communeCode?: string | null | undefined;
  /** Code NAF/APE : 4 chiffres et une lettre (8121Z ou 81.21Z). */
  nafCode?: string | null | undefined;
  /** Raison sociale. */
  name: string;
  /** SIRET : 14 chiffres, clé de Luhn (règle de La Poste pour le SIREN 356000000). */
  siret: string;
};

/** Un marché à créer ; il naît au statut DRAFT. */
export type CreateContractInput = {
  /** Acheteur. */
  buyerId: string | number;
  /** Date de lancement de la consultation. */
  consultationLaunchDate?: string | null | undefined;
  /** Code CPV principal avec son chiffre de contrôle (ex. 45210000-2). */
  cpvCode?: string | null | undefined;
  /** Description libre. */
  description?: string | null | undefined;
  /** Montant estimé hors taxes, en euros (≥ 0). */
  estimatedAmount?: string | null | undefined;
  /** Fin d’exécution, après le début. */
  executionEnd?: string | null | undefined;
  /** Début d’exécution. */
  executionStart?: string | null | undefined;
  /** Facilitateur qui suit le marché (annuaire). */
  facilitatorId?: string | number | null | undefined;
  /** Lots du marché, avec leurs clauses. */
  lots?: Array<LotInput>;
  /** Date de notification. */
  notificationDate?: string | null | undefined;
  /** Nature du marché au sens des seuils européens. */
  procurementKind?: ProcurementKind | null | undefined;
  /** Référence, unique chez l'acheteur (un doublon est un CONFLICT). */
  reference: string;
  /** Secteur d’activité. */
  sector: ContractSector;
  /** Objet du marché. */
  title: string;
  /** Code INSEE de la commune des travaux ou de la prestation (celle de l’acheteur si vide). */
  worksCommuneCode?: string | null | undefined;
};

/** Fondement de l’éligibilité appréciée à l’embauche (au début de la mise en emploi), valable pour toute la mise en emploi. */
export type EligibilityBasis =
  /** Un critère validé dont le justificatif couvre la date de début */
  | 'CRITERION'
  /** Dérogation motivée enregistrée par le facilitateur (tracée au journal d’audit) */
  | 'EXEMPTION';

/** Type de contrat de travail. */
export type EmploymentContractType =
  /** Contrat d’apprentissage */
  | 'APPRENTICESHIP'
  /** Contrat à durée déterminée */
  | 'CDD'
  /** CDD d’insertion */
  | 'CDDI'
  /** CDD Tremplin (entreprise adaptée, loi 2018-771 art. 78) */
  | 'CDD_TREMPLIN'
  /** Contrat à durée indéterminée */
  | 'CDI'
  /** Contrat de soutien et d’aide par le travail (ESAT ; pas un contrat de travail, CASF L311-4) */
  | 'ESAT_SUPPORT_CONTRACT'
  /** Contrat de mission intérimaire */
  | 'INTERIM_MISSION'
  /** Autre type de contrat */
  | 'OTHER'
  /** Contrat de professionnalisation */
  | 'PROFESSIONALISATION';

/** Entrées du calcul : montant HT × part de main-d’œuvre × taux d’insertion ÷ coût horaire. */
export type HoursFormulaInput = {
  /** Montant hors taxes, en euros (≥ 0, 2 décimales au plus). */
  amount: string;
  /** Coût horaire moyen chargé, en euros (> 0). */
  hourlyCost: string;
  /** Taux d’insertion appliqué aux heures de main-d’œuvre, dans ]0, 1] (0.05 = 5 %). */
  insertionRate: string;
  /** Part de main-d’œuvre dans le montant, dans ]0, 1] (0.5 = 50 %). */
  labourShare: string;
};

/** Une ligne d’un lot de relevés d’heures. */
export type HoursLineInput = {
  /** Heures travaillées. */
  hoursWorked: string;
  /** Mois (AAAA-MM). */
  month: string;
  /** La mise en emploi. */
  placementId: string | number;
  /** Heures de formation (0 par défaut). */
  trainingHours?: string | null | undefined;
};

/** Sort d’une ligne d’un lot. */
export type HoursLineStatus =
  /** Enregistrée (version 1) */
  | 'DECLARED'
  /** Refusée : voir error */
  | 'REJECTED';

/** Origine de l’objectif d’heures. */
export type HoursMethod =
  /** Calculé : montant HT × part de main-d’œuvre × taux d’insertion ÷ coût horaire */
  | 'FORMULA'
  /** Fixé à la main, avec une justification */
  | 'MANUAL';

/** Alerte calculée à partir des heures, des mises en emploi et des sorties. */
export type InsertionAlertKind =
  /** Marché en retard : la part de la période d’exécution écoulée dépasse la part de l’objectif d’heures réalisée de plus que la tolérance du facilitateur. */
  | 'BEHIND_PACE'
  /** Marché terminé (clos, ou fin d’exécution passée) sous son objectif d’heures. */
  | 'ENDED_BELOW_TARGET'
  /** Marché en exécution le mois dernier sans aucune heure déclarée pour ce mois. */
  | 'NOTHING_DECLARED_LAST_MONTH'
  /** Mise en emploi qui se termine dans les 30 jours, sans sortie enregistrée pour le parcours de la personne. */
  | 'PLACEMENT_ENDING_WITHOUT_OUTCOME';

/** Clause sociale d’insertion d’un lot, décrite en entier (remplace la précédente). */
export type InsertionClauseInput = {
  /** Calcul de l’objectif d’heures (ses entrées sont conservées). */
  formula?: HoursFormulaInput | null | undefined;
  /** Fondement juridique. */
  legalBasis: LegalBasis;
  /** Objectif d’heures fixé à la main, qui remplace le calcul. */
  manualHours?: string | null | undefined;
  /** Justification du forçage manuel (obligatoire avec manualHours). */
  manualJustification?: string | null | undefined;
  /** Modalités de réalisation admises (aucune = toutes). Les anciennes valeurs TEMPORARY_WORK_ETTI, STAFF_PROVISION_AI_GEIQ et SUBCONTRACTING sont remplacées par les valeurs précises qu’elles recouvrent. */
  modalities?: Array<InsertionModality>;
  /** Groupe de globalisation des heures (libellé, propre à l’acheteur). */
  poolingGroup?: string | null | undefined;
  /** Conversion en heures d’un montant sous-traité. */
  subcontractingConversion?: SubcontractingConversion;
  /** Taux horaire en euros, requis avec AMOUNT_DIVIDED_BY_RATE. */
  subcontractingHourlyRate?: string | null | undefined;
  /** Part maximale de l’objectif que les heures de formation peuvent couvrir, dans [0, 1] (0.3 = 30 %, la valeur par défaut : choix des facilitateurs). */
  trainingShareCap?: string | null | undefined;
};

/** Modalité de réalisation des heures d’insertion : celles qu’une clause admet (contracts) et celle d’une mise en emploi (beneficiaries). Un seul vocabulaire pour tout le graphe. */
export type InsertionModality =
  /** Mise à disposition par une association intermédiaire (AI, art. L5132-7 du code du travail) */
  | 'AI'
  /** Co-traitance avec une SIAE, une EA ou un ESAT */
  | 'CO_CONTRACTING'
  /** Embauche directe par l’entreprise (CDI, CDD, apprentissage, professionnalisation…) */
  | 'DIRECT_HIRE'
  /** Intérim d’insertion par une entreprise de travail temporaire d’insertion (ETTI, art. L5132-6 du code du travail) */
  | 'ETTI'
  /** Mise à disposition par un groupement d’employeurs pour l’insertion et la qualification (GEIQ, art. L1253-1 du code du travail) */
  | 'GEIQ'
  /** Mise à disposition par une AI ou un GEIQ (ancienne valeur) */
  | 'STAFF_PROVISION_AI_GEIQ'
  /** Sous-traitance à une SIAE, une EA ou un ESAT (ancienne valeur) */
  | 'SUBCONTRACTING'
  /** Sous-traitance à une entreprise adaptée (EA) ou un ESAT */
  | 'SUBCONTRACTING_EA_ESAT'
  /** Sous-traitance à une SIAE (EI, ACI…) */
  | 'SUBCONTRACTING_SIAE'
  /** Intérim d’insertion (ancienne valeur) */
  | 'TEMPORARY_WORK_ETTI'
  /** Formation des publics éligibles */
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

/** Un lot à créer, avec sa clause éventuelle. */
export type LotInput = {
  /** Montant hors taxes, en euros (≥ 0). */
  amount: string;
  /** Clause sociale d’insertion du lot. */
  clause?: InsertionClauseInput | null | undefined;
  /** Numéro du lot, unique dans le marché (≥ 1). */
  number: number;
  /** Intitulé du lot. */
  title: string;
};

/** Nouveau parcours pour une personne qui n’en a pas en cours. */
export type OpenPathInput = {
  /** La personne. */
  beneficiaryId: string | number;
  /** Structure référente du parcours (par défaut : celle de la personne). */
  referentStructureId?: string | number | null | undefined;
  /** Début. */
  startedOn: string;
};

/** Nouvelle mise en emploi (dans le parcours ouvert de la personne). */
export type OpenPlacementInput = {
  /** La personne. */
  beneficiaryId: string | number;
  /** Le marché (sous-graphe contracts). */
  contractId: string | number;
  /** Motif de la dérogation (3 à 500 caractères), seulement si la personne n’est pas éligible à la date de début : sans critère validé dont le justificatif couvre cette date, la mise en emploi est refusée. La dérogation est tracée au journal d’audit. */
  eligibilityExemptionReason?: string | null | undefined;
  /** SIRET de l’entreprise employeuse (ou bien employerStructureId). */
  employerSiret?: string | null | undefined;
  /** Structure employeuse (ou bien employerSiret). */
  employerStructureId?: string | number | null | undefined;
  /** Type de contrat de travail. */
  employmentContractType: EmploymentContractType;
  /** Fin prévue (pas avant le début). */
  endDate?: string | null | undefined;
  /** Type de SIAE, pour une mise en emploi dans une SIAE : l’éligibilité IAE s’applique alors (un critère de niveau 1, ou deux critères de niveau 2 en AI et ETTI, trois en ACI, EI et EITI) et le PASS IAE est exigé. */
  iaeStructureKind?: SiaeKind | null | undefined;
  /** Le lot du marché, s’il y a lieu. */
  lotId?: string | number | null | undefined;
  /** Modalité. */
  modality: InsertionModality;
  /** Numéro du PASS IAE (12 chiffres), exigé avec iaeStructureKind. */
  passIaeNumber?: string | null | undefined;
  /** Début de validité du PASS IAE (24 mois), exigé avec iaeStructureKind ; la mise en emploi commence pendant sa validité. */
  passIaeStartDate?: string | null | undefined;
  /** Métier occupé : code ROME du répertoire des métiers du hub (ex. F1703, Maçonnerie). */
  romeCode?: string | null | undefined;
  /** Début (pas avant le début du parcours). */
  startDate: string;
};

/** Catégorie de sortie (« sorties dynamiques » de l’IAE et autres sorties). */
export type OutcomeCategory =
  /** Emploi durable */
  | 'DURABLE_EMPLOYMENT'
  /** Inactivité */
  | 'INACTIVE'
  /** Recherche d’emploi */
  | 'JOB_SEEKING'
  /** Autre sortie */
  | 'OTHER'
  /** Sortie positive : embauche par une autre SIAE */
  | 'POSITIVE_EXIT_OTHER_SIAE'
  /** Sortie positive : formation pré-qualifiante ou qualifiante */
  | 'POSITIVE_EXIT_TRAINING'
  /** Emploi de transition */
  | 'TRANSITION_EMPLOYMENT'
  /** Sortie inconnue */
  | 'UNKNOWN';

/** Détail d’une sortie vers l’emploi ou d’une sortie positive. */
export type OutcomeDetail =
  /** Création d’entreprise */
  | 'BUSINESS_CREATION'
  /** CDD de 6 mois ou moins, 6 mois exactement compris (emploi de transition) */
  | 'CDD_6_MONTHS_OR_LESS'
  /** CDD de plus de 6 mois (emploi durable) */
  | 'CDD_MORE_THAN_6_MONTHS'
  /** CDI */
  | 'CDI'
  /** Stage ou titularisation dans la fonction publique */
  | 'CIVIL_SERVICE'
  /** Missions d’intérim de 6 mois ou moins, 6 mois exactement compris (emploi de transition) */
  | 'INTERIM_6_MONTHS_OR_LESS'
  /** Missions d’intérim de plus de 6 mois (emploi durable) */
  | 'INTERIM_MORE_THAN_6_MONTHS'
  /** Embauche par une autre SIAE */
  | 'OTHER_SIAE_HIRE'
  /** Formation pré-qualifiante */
  | 'PRE_QUALIFYING_TRAINING'
  /** Formation qualifiante */
  | 'QUALIFYING_TRAINING'
  /** Contrat aidé chez un employeur ordinaire */
  | 'SUBSIDISED_CONTRACT';

/** Moment de l’observation de la sortie. */
export type OutcomeKind =
  /** À la fin du parcours */
  | 'AT_EXIT'
  /** Six mois après la fin du parcours */
  | 'SIX_MONTHS';

/** Rôle d’une entreprise sur un marché ou un lot. */
export type PartyRole =
  /** Co-traitant, membre du groupement titulaire */
  | 'CO_CONTRACTOR'
  /** Titulaire (ou mandataire d’un groupement) : un seul par marché ou par lot */
  | 'HOLDER'
  /** Sous-traitant (loi n° 75-1334 du 31 décembre 1975) */
  | 'SUBCONTRACTOR';

/** État du parcours. */
export type PathStatus =
  /** Terminé */
  | 'CLOSED'
  /** En cours */
  | 'OPEN';

/** Filtres de la liste des mises en emploi. */
export type PlacementFilter = {
  /** En cours à cette date. */
  activeOn?: string | null | undefined;
  /** De cette personne. */
  beneficiaryId?: string | number | null | undefined;
  /** Sur ce marché. */
  contractId?: string | number | null | undefined;
  /** Chez cette entreprise (SIRET). */
  employerSiret?: string | null | undefined;
  /** Chez cette structure. */
  employerStructureId?: string | number | null | undefined;
};

/** Un lot prévu. */
export type PlannedLotInput = {
  /** Montant estimé hors taxes, en euros (≥ 0 ; « 250000 », « 250 000,50 »). */
  amount: string;
  /** Numéro du lot (≥ 1), unique dans l’achat. */
  number: number;
  /** Intitulé du lot. */
  title: string;
};

/** Les données d’un achat recensé et de son évaluation. */
export type PlannedPurchaseFields = {
  /** Code CPV principal avec son chiffre de contrôle (ex. 45210000-2). */
  cpvCode: string;
  /** Montant estimé hors taxes, en euros (≥ 0 ; « 1250000 », « 1 250 000,50 »). */
  estimatedAmount: string;
  /** Date prévue de lancement de la consultation, AAAA-MM-JJ (ou JJ/MM/AAAA). */
  expectedLaunchDate: string;
  /** Coût horaire moyen chargé, en euros, pour l’estimation des heures. */
  hourlyCost?: string;
  /** Taux d’insertion (0,05 = 5 %), pour l’estimation des heures. */
  insertionRate?: string;
  /** Part de main-d’œuvre dans le montant (0,5 = 50 %), pour l’estimation des heures. */
  labourShare?: string;
  /** Lots prévus. */
  lots?: Array<PlannedLotInput>;
  /** Objet de l’achat. */
  object: string;
  /** Motif (obligatoire pour « aucun dispositif »). */
  reason?: string | null | undefined;
  /** Dispositif recommandé. */
  recommendation: PurchaseRecommendation;
  /** Code INSEE de la commune des travaux ou de la prestation (celle de l’acheteur si vide). */
  worksCommuneCode?: string | null | undefined;
};

/** Un achat recensé à enregistrer. */
export type PlannedPurchaseInput = {
  /** Acheteur. */
  buyerId: string | number;
  /** Code CPV principal avec son chiffre de contrôle (ex. 45210000-2). */
  cpvCode: string;
  /** Montant estimé hors taxes, en euros (≥ 0 ; « 1250000 », « 1 250 000,50 »). */
  estimatedAmount: string;
  /** Date prévue de lancement de la consultation, AAAA-MM-JJ (ou JJ/MM/AAAA). */
  expectedLaunchDate: string;
  /** Coût horaire moyen chargé, en euros, pour l’estimation des heures. */
  hourlyCost?: string;
  /** Identifiant choisi par le client (UUID) : renvoyer la même demande ne crée rien de plus. */
  id?: string | number | null | undefined;
  /** Taux d’insertion (0,05 = 5 %), pour l’estimation des heures. */
  insertionRate?: string;
  /** Part de main-d’œuvre dans le montant (0,5 = 50 %), pour l’estimation des heures. */
  labourShare?: string;
  /** Lots prévus. */
  lots?: Array<PlannedLotInput>;
  /** Objet de l’achat. */
  object: string;
  /** Motif (obligatoire pour « aucun dispositif »). */
  reason?: string | null | undefined;
  /** Dispositif recommandé. */
  recommendation: PurchaseRecommendation;
  /** Code INSEE de la commune des travaux ou de la prestation (celle de l’acheteur si vide). */
  worksCommuneCode?: string | null | undefined;
};

/** Étape d’un achat recensé. */
export type PlannedPurchaseStatus =
  /** Devenu un marché (voir `contract`) */
  | 'CONVERTED'
  /** Recensé, pas encore lancé */
  | 'PLANNED';

/** Nature du marché au sens des seuils européens. */
export type ProcurementKind =
  /** Marché de services */
  | 'SERVICES'
  /** Marché de fournitures */
  | 'SUPPLIES'
  /** Marché de travaux */
  | 'WORKS';

/** Dispositif social recommandé par le facilitateur pour un achat recensé. */
export type PurchaseRecommendation =
  /** Critère d’attribution sur l’insertion (CCP L2152-7) */
  | 'AWARD_CRITERION'
  /** Clause d’insertion en condition d’exécution (CCP L2112-2) */
  | 'EXECUTION_CLAUSE'
  /** Aucun dispositif : le motif est obligatoire */
  | 'NONE'
  /** Marché ou lot réservé aux EA et ESAT (CCP L2113-12) */
  | 'RESERVED_EA_ESAT'
  /** Marché ou lot réservé aux SIAE (CCP L2113-13) */
  | 'RESERVED_SIAE';

/** Niveau de qualification (nomenclature nationale des niveaux de diplôme de 2019). */
export type QualificationLevel =
  /** Sans diplôme ou niveau inférieur au CAP/BEP */
  | 'BELOW_LEVEL_3'
  /** Niveau 3 : CAP, BEP */
  | 'LEVEL_3'
  /** Niveau 4 : baccalauréat */
  | 'LEVEL_4'
  /** Niveau 5 : bac + 2 (BTS, DUT) */
  | 'LEVEL_5'
  /** Niveau 6 : licence, bachelor */
  | 'LEVEL_6'
  /** Niveau 7 : master */
  | 'LEVEL_7'
  /** Niveau 8 : doctorat */
  | 'LEVEL_8';

/** Sortie à enregistrer. */
export type RecordOutcomeInput = {
  /** Catégorie. */
  category: OutcomeCategory;
  /** Détail, parmi ceux de la catégorie. */
  detail?: OutcomeDetail | null | undefined;
  /** À la fin du parcours, ou six mois après. */
  kind: OutcomeKind;
  /** Date de l’observation (pas dans le futur ; six mois après la fin au moins pour SIX_MONTHS). */
  observedOn: string;
};

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

/** Niveau de sensibilité d’un critère d’éligibilité. */
export type Sensitivity =
  /** Donnée de santé (RGPD art. 9) : RQTH, AAH */
  | 'HEALTH'
  /** Donnée relative aux infractions et condamnations (RGPD art. 10) */
  | 'JUSTICE'
  /** Ordinaire */
  | 'ORDINARY';

/** Sexe (état civil). */
export type Sex =
  /** Féminin */
  | 'FEMALE'
  /** Masculin */
  | 'MALE';

/** Type de SIAE de la mise en emploi (art. L5132-4 du code du travail). */
export type SiaeKind =
  /** Atelier chantier d’insertion (trois critères de niveau 2) */
  | 'ACI'
  /** Association intermédiaire (deux critères de niveau 2) */
  | 'AI'
  /** Entreprise d’insertion (trois critères de niveau 2) */
  | 'EI'
  /** Entreprise d’insertion par le travail indépendant (trois critères de niveau 2) */
  | 'EITI'
  /** Entreprise de travail temporaire d’insertion (deux critères de niveau 2) */
  | 'ETTI';

/** Dispositif social d’un lot, décrit en entier : sa nature, puis les seules entrées de cette nature (une entrée d’une autre nature est refusée). */
export type SocialDeviceInput = {
  /** Condition d’exécution : calcul de l’objectif d’heures (ses entrées sont conservées). */
  formula?: HoursFormulaInput | null | undefined;
  /** Nature du dispositif. */
  kind: SocialDeviceKind;
  /** Condition d’exécution : objectif d’heures fixé à la main, qui remplace le calcul. */
  manualHours?: string | null | undefined;
  /** Condition d’exécution : justification du forçage manuel (obligatoire avec manualHours). */
  manualJustification?: string | null | undefined;
  /** Condition d’exécution : modalités de réalisation admises (aucune = toutes). */
  modalities?: Array<InsertionModality> | null | undefined;
  /** Condition d’exécution : groupe de globalisation des heures. */
  poolingGroup?: string | null | undefined;
  /** Critère d’attribution : sous-critères, tels que le règlement de la consultation les énonce (2 000 caractères au plus). */
  subCriteria?: string | null | undefined;
  /** Condition d’exécution : conversion en heures d’un montant sous-traité (heures attestées par défaut). */
  subcontractingConversion?: SubcontractingConversion | null | undefined;
  /** Condition d’exécution : taux horaire en euros, requis avec AMOUNT_DIVIDED_BY_RATE. */
  subcontractingHourlyRate?: string | null | undefined;
  /** Condition d’exécution : part maximale de l’objectif que les heures de formation peuvent couvrir, dans [0, 1] (0.3 par défaut). */
  trainingShareCap?: string | null | undefined;
  /** Critère d’attribution : pondération en % de la note, 0 < p < 100, deux décimales au plus (art. R2152-12 ; art. R2152-7 : le prix ou le coût reste un critère). Requise pour un critère d’attribution. */
  weightPercent?: string | null | undefined;
};

/** Nature d’un dispositif social d’un lot (Code de la commande publique). Un lot peut en porter plusieurs, un de chaque nature au plus. */
export type SocialDeviceKind =
  /** Critère d’attribution social (art. L2152-7 et R2152-7), pondéré en % de la note (art. R2152-12) ; sans objectif d’heures. */
  | 'AWARD_CRITERION'
  /** Condition d’exécution sociale (art. L2112-2) : la clause d’insertion, avec son objectif d’heures. */
  | 'EXECUTION_CONDITION'
  /** Lot réservé aux entreprises adaptées, ESAT et structures équivalentes (art. L2113-12) ; sans objectif d’heures. */
  | 'RESERVED_DISABILITY'
  /** Lot réservé aux SIAE et structures équivalentes (art. L2113-13) ; sans objectif d’heures. */
  | 'RESERVED_SIAE';

/** Origine du relevé d’heures. */
export type StatementSource =
  /** Déclaré par l’entreprise employeuse */
  | 'COMPANY'
  /** Saisi par le facilitateur (ou un administrateur) */
  | 'FACILITATOR'
  /** Déclaré par la structure employeuse (SIAE, EA, ESAT, GEIQ) */
  | 'STRUCTURE';

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

/** Une mise en relation à enregistrer : la structure présentée au titulaire d’un marché. */
export type StructureIntroductionInput = {
  /** SIRET de l’entreprise à qui la structure a été présentée (le titulaire). */
  companySiret: string;
  /** Marché (sous-graphe contracts). */
  contractId: string | number;
  /** Date de la mise en relation (aujourd’hui, heure de Paris, si vide). */
  introducedOn?: string | null | undefined;
  /** Structure présentée. */
  structureId: string | number;
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

/** Conversion en heures d’une prestation sous-traitée à une structure d’insertion ou du handicap. */
export type SubcontractingConversion =
  /** Montant sous-traité divisé par un taux horaire convenu */
  | 'AMOUNT_DIVIDED_BY_RATE'
  /** Heures réellement travaillées, attestées par la structure */
  | 'ATTESTED_HOURS';

/** Situation d’une inscription à une action de formation. */
export type TrainingEnrolmentStatus =
  /** Action abandonnée */
  | 'ABANDONED'
  /** Action suivie jusqu’au bout */
  | 'COMPLETED'
  /** Inscrite, en cours */
  | 'ENROLLED';

export type AlertBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertBoardQuery = { alertBoard: { on: string, paceTolerance: string, contractAlerts: Array<{ kind: ContractAlertKind, explanation: string, contract: { id: string, reference: string } }>, insertionAlerts: Array<{ kind: InsertionAlertKind, contractReference: string, placementId: string | null, explanation: string, contract: { id: string } }> | null }, alertSettings: { paceTolerance: string, digestEmail: string | null } };

export type SetAlertSettingsMutationVariables = Exact<{
  input: AlertSettingsInput;
}>;


export type SetAlertSettingsMutation = { setAlertSettings: { paceTolerance: string, digestEmail: string | null } };

export type JobFiguresFragment = { suppressed: boolean, placements: number | null, placementsCoded: number | null, familyCount: number | null, mainTrade: string | null, outsideMainTrade: number | null, outsideMainTradeShare: string | null, womenShare: string | null, families: Array<{ category: string, label: string, placements: number | null, people: number | null, suppressed: boolean }> };

export type ContractJobsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractJobsQuery = { contract: { id: string, jobDiversity: { suppressed: boolean, placements: number | null, placementsCoded: number | null, familyCount: number | null, mainTrade: string | null, outsideMainTrade: number | null, outsideMainTradeShare: string | null, womenShare: string | null, families: Array<{ category: string, label: string, placements: number | null, people: number | null, suppressed: boolean }> } | null } | null };

export type PlannedPurchaseRowFragment = { id: string, object: string, cpvCode: string, estimatedAmount: string, expectedLaunchDate: string, recommendation: PurchaseRecommendation, reason: string | null, status: PlannedPurchaseStatus, aboveEuThreshold: boolean | null, buyer: { id: string, name: string }, assessment: { hours: { hours: string } }, contract: { id: string, reference: string } | null };

export type PurchaseAssessmentViewFragment = { procurementKind: ProcurementKind, hours: { hours: string }, euThreshold: { above: boolean | null, socialConditionRequired: boolean, threshold: { amount: string } | null } };

export type CensusQueryVariables = Exact<{ [key: string]: never; }>;


export type CensusQuery = { plannedPurchases: { totalCount: number, nodes: Array<{ id: string, object: string, cpvCode: string, estimatedAmount: string, expectedLaunchDate: string, recommendation: PurchaseRecommendation, reason: string | null, status: PlannedPurchaseStatus, aboveEuThreshold: boolean | null, buyer: { id: string, name: string }, assessment: { hours: { hours: string } }, contract: { id: string, reference: string } | null }> } };

export type AssessPlannedPurchaseQueryVariables = Exact<{
  buyerId: string | number;
  input: PlannedPurchaseFields;
}>;


export type AssessPlannedPurchaseQuery = { assessPlannedPurchase: { procurementKind: ProcurementKind, hours: { hours: string }, euThreshold: { above: boolean | null, socialConditionRequired: boolean, threshold: { amount: string } | null } } };

export type RecordPlannedPurchaseMutationVariables = Exact<{
  input: PlannedPurchaseInput;
}>;


export type RecordPlannedPurchaseMutation = { recordPlannedPurchase: { id: string, object: string, cpvCode: string, estimatedAmount: string, expectedLaunchDate: string, recommendation: PurchaseRecommendation, reason: string | null, status: PlannedPurchaseStatus, aboveEuThreshold: boolean | null, buyer: { id: string, name: string }, assessment: { hours: { hours: string } }, contract: { id: string, reference: string } | null } };

export type ConvertPlannedPurchaseMutationVariables = Exact<{
  id: string | number;
  input: ConvertPlannedPurchaseInput;
}>;


export type ConvertPlannedPurchaseMutation = { convertPlannedPurchase: { id: string, reference: string } };

export type ContractMatchingStructuresQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractMatchingStructuresQuery = { contract: { id: string, holder: { siret: string, name: string } | null, matchingStructures: Array<{ rank: number, score: number, reasons: Array<string>, introducedOn: string | null, structure: { id: string, name: string, kind: StructureKind, commune: { code: string, name: string } } }> | null } | null };

export type RecordStructureIntroductionMutationVariables = Exact<{
  input: StructureIntroductionInput;
}>;


export type RecordStructureIntroductionMutation = { recordStructureIntroduction: { id: string, introducedOn: string, structure: { id: string } } };

export type ContractFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractFormOptionsQuery = { buyers: { nodes: Array<{ id: string, name: string }> } };

export type HoursEstimateQueryVariables = Exact<{
  input: HoursFormulaInput;
}>;


export type HoursEstimateQuery = { insertionHoursEstimate: { hours: string, exactHours: string, roundingRule: string } };

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { createContract: { id: string, reference: string } };

export type ContractManageQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractManageQuery = { contract: { id: string, reference: string, title: string, status: ContractStatus, allowedTransitions: Array<ContractStatus>, hoursTarget: string, lots: Array<{ id: string, number: number, title: string, clause: { id: string, hoursTarget: string, hoursMethod: HoursMethod } | null, socialDevices: Array<{ id: string, kind: SocialDeviceKind, article: string, hoursTarget: string | null, weightPercent: string | null, subCriteria: string | null }> }>, parties: Array<{ id: string, role: PartyRole, lot: { number: number } | null, company: { siret: string, name: string } }> } | null };

export type ChangeContractStatusMutationVariables = Exact<{
  id: string | number;
  status: ContractStatus;
}>;


export type ChangeContractStatusMutation = { changeContractStatus: { id: string, status: ContractStatus, allowedTransitions: Array<ContractStatus> } };

export type CompanyBySiretQueryVariables = Exact<{
  siret: string;
}>;


export type CompanyBySiretQuery = { company: { siret: string, name: string, insertionStructure: { id: string, name: string } | null } | null };

export type CreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CreateCompanyMutation = { createCompany: { siret: string, name: string } };

export type AddContractPartyMutationVariables = Exact<{
  input: AddContractPartyInput;
}>;


export type AddContractPartyMutation = { addContractParty: { id: string } };

export type AddSocialDeviceMutationVariables = Exact<{
  lotId: string | number;
  input: SocialDeviceInput;
}>;


export type AddSocialDeviceMutation = { addSocialDevice: { id: string, kind: SocialDeviceKind } };

export type RemoveSocialDeviceMutationVariables = Exact<{
  lotId: string | number;
  kind: SocialDeviceKind;
}>;


export type RemoveSocialDeviceMutation = { removeSocialDevice: { id: string } };

export type ContractFileQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractFileQuery = { defaultFteDivisor: string, contract: { id: string, reference: string, title: string, description: string | null, sector: ContractSector, status: ContractStatus, estimatedAmount: string | null, notificationDate: string | null, executionStart: string | null, executionEnd: string | null, hoursTarget: string, buyer: { id: string, name: string, kind: BuyerKind, commune: { code: string, name: string } }, facilitator: { id: string, name: string, email: string, phone: string | null, organisation: { name: string } } | null, lots: Array<{ id: string, number: number, title: string, amount: string, clause: { id: string, legalBasis: LegalBasis, hoursMethod: HoursMethod, hoursTarget: string, manualHours: string | null, manualJustification: string | null, modalities: Array<InsertionModality>, formula: { amount: string, labourShare: string, insertionRate: string, hourlyCost: string, hours: string, roundingRule: string } | null } | null }>, parties: Array<{ id: string, role: PartyRole, startDate: string | null, endDate: string | null, lot: { number: number } | null, company: { siret: string, name: string, insertionStructure: { id: string, name: string, kind: StructureKind } | null } }>, insertionProgress: { suppressed: boolean, suppressionReason: string | null, hoursRealised: string | null, trainingHours: string | null, people: number | null, lastMonthDeclared: string | null, ratio: string | null, byMonth: Array<{ month: string, hours: string | null, suppressed: boolean }>, byModality: Array<{ modality: InsertionModality, hours: string | null, people: number | null, suppressed: boolean }> } | null } | null };

export type ContractPlacementsQueryVariables = Exact<{
  contractId: string | number;
}>;


export type ContractPlacementsQuery = { placements: { nodes: Array<{ id: string, modality: InsertionModality, startDate: string, endDate: string | null, beneficiary: { firstName: string | null, lastName: string | null } | null, employerStructure: { name: string } | null, statements: Array<{ id: string, month: string, hoursWorked: string, history: Array<{ version: number, hoursWorked: string, declaredAt: string, correctionReason: string | null }> }> }> } };

export type DashboardQueryVariables = Exact<{
  filter?: ContractFilter | null | undefined;
  first: number;
}>;


export type DashboardQuery = { defaultFteDivisor: string, contracts: { totalCount: number, nodes: Array<{ id: string, reference: string, title: string, status: ContractStatus, executionStart: string | null, executionEnd: string | null, hoursTarget: string, buyer: { id: string, name: string }, holder: { siret: string, name: string } | null, insertionProgress: { suppressed: boolean, hoursRealised: string | null, people: number | null, ratio: string | null, byMonth: Array<{ month: string, hours: string | null, suppressed: boolean }> } | null }> } };

export type CompanyHomeQueryVariables = Exact<{
  siret: string;
  today: string;
}>;


export type CompanyHomeQuery = { placements: { totalCount: number, nodes: Array<{ id: string, modality: InsertionModality, startDate: string, endDate: string | null, contract: { id: string }, beneficiary: { firstName: string | null, lastName: string | null } | null, statements: Array<{ id: string, month: string }> }> }, company: { siret: string, name: string, parties: Array<{ id: string, contract: { id: string, reference: string, title: string } }> } | null };

export type StructureHomeQueryVariables = Exact<{
  structureId: string | number;
}>;


export type StructureHomeQuery = { structure: { id: string, name: string } | null, beneficiaries: { totalCount: number, nodes: Array<{ id: string, firstName: string | null, lastName: string | null, placements: Array<{ id: string, modality: InsertionModality, startDate: string, endDate: string | null, active: boolean }> | null }> } };

export type HoursImportContractsQueryVariables = Exact<{ [key: string]: never; }>;


export type HoursImportContractsQuery = { contracts: { nodes: Array<{ id: string, reference: string, title: string }> } };

export type HoursImportStatementsQueryVariables = Exact<{
  filter: PlacementFilter;
}>;


export type HoursImportStatementsQuery = { placements: { nodes: Array<{ id: string, contract: { id: string, reference: string }, statements: Array<{ id: string, month: string, version: number, hoursWorked: string, trainingHours: string, correctionReason: string | null }> }> } };

export type HoursContractQueryVariables = Exact<{
  contractId: string | number;
}>;


export type HoursContractQuery = { contract: { id: string, reference: string, title: string } | null };

export type CompanyHoursHeaderQueryVariables = Exact<{
  siret: string;
}>;


export type CompanyHoursHeaderQuery = { company: { siret: string, name: string, parties: Array<{ id: string, contract: { id: string, reference: string, title: string } }> } | null };

export type CompanyContractsFragment = { siret: string, name: string, parties: Array<{ id: string, contract: { id: string, reference: string, title: string } }> };

export type HoursGridQueryVariables = Exact<{
  filter: PlacementFilter;
}>;


export type HoursGridQuery = { placements: { nodes: Array<{ id: string, modality: InsertionModality, startDate: string, endDate: string | null, contract: { id: string }, beneficiary: { firstName: string | null, lastName: string | null } | null, employerCompany: { siret: string, name: string } | null, employerStructure: { name: string } | null, statements: Array<{ id: string, month: string, version: number, hoursWorked: string, trainingHours: string, correctionReason: string | null }> }> } };

export type StatementHistoryQueryVariables = Exact<{
  placementId: string | number;
}>;


export type StatementHistoryQuery = { placement: { id: string, statements: Array<{ id: string, month: string, history: Array<{ id: string, month: string, version: number, hoursWorked: string, trainingHours: string, source: StatementSource, declaredAt: string, correctionReason: string | null }> }> } | null };

export type StatementVersionFragment = { id: string, month: string, version: number, hoursWorked: string, trainingHours: string, source: StatementSource, declaredAt: string, correctionReason: string | null };

export type DeclareHoursBatchMutationVariables = Exact<{
  lines: Array<HoursLineInput> | HoursLineInput;
  idempotencyKey: string;
}>;


export type DeclareHoursBatchMutation = { declareHoursBatch: { idempotencyKey: string, replayed: boolean, declared: number, rejected: number, lines: Array<{ index: number, status: HoursLineStatus, statement: { id: string, month: string, version: number, hoursWorked: string, trainingHours: string, source: StatementSource, declaredAt: string, correctionReason: string | null } | null, error: { code: string, field: string | null, message: string } | null }> } };

export type CorrectHoursStatementMutationVariables = Exact<{
  statementId: string | number;
  input: CorrectHoursInput;
}>;


export type CorrectHoursStatementMutation = { correctHoursStatement: { id: string, month: string, version: number, hoursWorked: string, trainingHours: string, source: StatementSource, declaredAt: string, correctionReason: string | null } };

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

export type CreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type CreateBeneficiaryMutation = { createBeneficiary: { id: string } };

export type PersonFileQueryVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type PersonFileQuery = { beneficiary: { id: string, firstName: string | null, lastName: string | null, birthDate: string | null, erasedAt: string | null, residenceCommune: { code: string, name: string, department: { code: string } } | null, criteria: Array<{ id: string, proofType: string, proofDate: string, expiresOn: string | null, validatedFor: string | null, criterion: { code: string, label: string, sensitivity: Sensitivity } }> | null, eligibility: { on: string, eligible: boolean, validUntil: string | null, assessedOn: string | null, criterion: { label: string } | null } | null, trainings: Array<{ id: string, status: TrainingEnrolmentStatus, enrolledOn: string, attestedHours: string, action: { title: string, organisationName: string, startDate: string, endDate: string, plannedHours: string, certification: string | null } }> | null, placements: Array<{ id: string, modality: InsertionModality, startDate: string, endDate: string | null, eligibilityBasis: EligibilityBasis | null, contract: { id: string, reference: string } }> | null, paths: Array<{ id: string, startedOn: string, endedOn: string | null, status: PathStatus, outcomes: Array<{ id: string, kind: OutcomeKind, category: OutcomeCategory, detail: OutcomeDetail | null, observedOn: string }> | null }> | null } | null };

export type CriteriaCatalogueQueryVariables = Exact<{
  territory: string;
}>;


export type CriteriaCatalogueQuery = { eligibilityCriteria: Array<{ id: string, code: string, label: string, proofType: string, sensitivity: Sensitivity }> };

export type AddCriterionMutationVariables = Exact<{
  input: AddCriterionInput;
}>;


export type AddCriterionMutation = { addCriterion: { id: string } };

export type ValidateCriterionMutationVariables = Exact<{
  id: string | number;
  validFor: string;
}>;


export type ValidateCriterionMutation = { validateCriterion: { id: string, validatedFor: string | null } };

export type OpenPlacementMutationVariables = Exact<{
  input: OpenPlacementInput;
}>;


export type OpenPlacementMutation = { openPlacement: { id: string } };

export type ExportBeneficiaryMutationVariables = Exact<{
  id: string | number;
}>;


export type ExportBeneficiaryMutation = { exportBeneficiary: { exportedAt: string, document: string } };

export type EraseBeneficiaryMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseBeneficiaryMutation = { eraseBeneficiary: { id: string, erasedAt: string | null } };

export type PlacementOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacementOptionsQuery = { contracts: { nodes: Array<{ id: string, reference: string, title: string, status: ContractStatus }> } };

export type OutcomeCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type OutcomeCategoriesQuery = { outcomeCategories: Array<{ category: OutcomeCategory, label: string, details: Array<{ detail: OutcomeDetail, label: string }> }> };

export type OpenPathMutationVariables = Exact<{
  input: OpenPathInput;
}>;


export type OpenPathMutation = { openPath: { id: string, status: PathStatus } };

export type ClosePathMutationVariables = Exact<{
  pathId: string | number;
  endedOn: string;
}>;


export type ClosePathMutation = { closePath: { id: string, status: PathStatus, endedOn: string | null } };

export type RecordOutcomeMutationVariables = Exact<{
  pathId: string | number;
  input: RecordOutcomeInput;
}>;


export type RecordOutcomeMutation = { recordOutcome: { id: string, kind: OutcomeKind } };

export type ReportCellFragment = { category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean };

export type ReportFiguresFragment = { label: string, periodStart: string, periodEnd: string, fteDivisor: string, contracts: number, buyers: number, companies: number, hoursTarget: string, insertion: { suppressed: boolean, hoursRealised: string | null, hoursWorked: string | null, trainingHours: string | null, ratio: string | null, fte: string | null, people: number | null, peoplePlaced: number | null, placements: number | null, hoursByKind: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byModality: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byMonth: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, profile: { rqth: number | null, ageBands: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, sex: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, criteriaFamilies: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qpv: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qualification: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> }, contractTypes: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, contractDurations: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtExit: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtSixMonths: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> } | null };

export type ReportPartFragment = { key: string, label: string, contracts: number, buyers: number, insertion: { suppressed: boolean, hoursRealised: string | null, fte: string | null, people: number | null, placements: number | null } | null };

export type ReportQueryVariables = Exact<{
  scope: ReportScopeInput;
  period?: ReportPeriodInput | null | undefined;
  fteDivisor?: string | null | undefined;
  national: boolean;
}>;


export type ReportQuery = { insertionReport: { key: string, label: string, periodStart: string, periodEnd: string, fteDivisor: string, contracts: number, buyers: number, companies: number, hoursTarget: string, facilitation: { facilitators: number, services: number } | null, jobDiversity: { suppressed: boolean, placements: number | null, placementsCoded: number | null, familyCount: number | null, mainTrade: string | null, outsideMainTrade: number | null, outsideMainTradeShare: string | null, womenShare: string | null, families: Array<{ category: string, label: string, placements: number | null, people: number | null, suppressed: boolean }> } | null, buyer: { id: string, name: string } | null, byBuyerKind?: Array<{ buyerKind: BuyerKind | null, key: string, label: string, contracts: number, buyers: number, insertion: { suppressed: boolean, hoursRealised: string | null, fte: string | null, people: number | null, placements: number | null } | null }>, byRegion?: Array<{ scopeCode: string | null, key: string, label: string, contracts: number, buyers: number, facilitation: { facilitators: number, services: number } | null, insertion: { suppressed: boolean, hoursRealised: string | null, fte: string | null, people: number | null, placements: number | null } | null }>, previousYear: { key: string, label: string, periodStart: string, periodEnd: string, fteDivisor: string, contracts: number, buyers: number, companies: number, hoursTarget: string, insertion: { suppressed: boolean, hoursRealised: string | null, hoursWorked: string | null, trainingHours: string | null, ratio: string | null, fte: string | null, people: number | null, peoplePlaced: number | null, placements: number | null, hoursByKind: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byModality: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byMonth: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, profile: { rqth: number | null, ageBands: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, sex: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, criteriaFamilies: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qpv: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qualification: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> }, contractTypes: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, contractDurations: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtExit: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtSixMonths: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> } | null } | null, insertion: { suppressed: boolean, hoursRealised: string | null, hoursWorked: string | null, trainingHours: string | null, ratio: string | null, fte: string | null, people: number | null, peoplePlaced: number | null, placements: number | null, hoursByKind: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byModality: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, byMonth: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, profile: { rqth: number | null, ageBands: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, sex: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, criteriaFamilies: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qpv: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, qualification: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> }, contractTypes: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, contractDurations: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtExit: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }>, outcomesAtSixMonths: Array<{ category: string, label: string, people: number | null, placements: number | null, hours: string | null, suppressed: boolean }> } | null } };

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

export const JobFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobDiversity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"placementsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"familyCount"}},{"kind":"Field","name":{"kind":"Name","value":"mainTrade"}},{"kind":"Field","name":{"kind":"Name","value":"outsideMainTrade"}},{"kind":"Field","name":{"kind":"Name","value":"outsideMainTradeShare"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<JobFiguresFragment, unknown>;
export const PlannedPurchaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedPurchaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedPurchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"cpvCode"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLaunchDate"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aboveEuThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<PlannedPurchaseRowFragment, unknown>;
export const PurchaseAssessmentViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseAssessmentView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementKind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"euThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"above"}},{"kind":"Field","name":{"kind":"Name","value":"socialConditionRequired"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<PurchaseAssessmentViewFragment, unknown>;
export const CompanyContractsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContracts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyContractsFragment, unknown>;
export const StatementVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoursStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}}]}}]} as unknown as DocumentNode<StatementVersionFragment, unknown>;
export const PlaceFacilitatorsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFacilitatorsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceFacilitators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodes"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Epci"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceFacilitatorsFieldsFragment, unknown>;
export const ReportCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<ReportCellFragment, unknown>;
export const ReportFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsertionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"fteDivisor"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"insertion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"peoplePlaced"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qpv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rqth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractDurations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAtExit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAtSixMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<ReportFiguresFragment, unknown>;
export const ReportPartFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportPart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsertionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"insertion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}}]}}]}}]} as unknown as DocumentNode<ReportPartFragment, unknown>;
export const AlertBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"paceTolerance"}},{"kind":"Field","name":{"kind":"Name","value":"contractAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"insertionAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contractReference"}},{"kind":"Field","name":{"kind":"Name","value":"placementId"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alertSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paceTolerance"}},{"kind":"Field","name":{"kind":"Name","value":"digestEmail"}}]}}]}}]} as unknown as DocumentNode<AlertBoardQuery, AlertBoardQueryVariables>;
export const SetAlertSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAlertSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAlertSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paceTolerance"}},{"kind":"Field","name":{"kind":"Name","value":"digestEmail"}}]}}]}}]} as unknown as DocumentNode<SetAlertSettingsMutation, SetAlertSettingsMutationVariables>;
export const ContractJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobDiversity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobDiversity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"placementsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"familyCount"}},{"kind":"Field","name":{"kind":"Name","value":"mainTrade"}},{"kind":"Field","name":{"kind":"Name","value":"outsideMainTrade"}},{"kind":"Field","name":{"kind":"Name","value":"outsideMainTradeShare"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<ContractJobsQuery, ContractJobsQueryVariables>;
export const CensusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Census"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedPurchases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedPurchaseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedPurchaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedPurchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"cpvCode"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLaunchDate"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aboveEuThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<CensusQuery, CensusQueryVariables>;
export const AssessPlannedPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessPlannedPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buyerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedPurchaseFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessPlannedPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buyerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buyerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseAssessmentView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseAssessmentView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementKind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"euThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"above"}},{"kind":"Field","name":{"kind":"Name","value":"socialConditionRequired"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<AssessPlannedPurchaseQuery, AssessPlannedPurchaseQueryVariables>;
export const RecordPlannedPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlannedPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlannedPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedPurchaseRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedPurchaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedPurchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"cpvCode"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLaunchDate"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aboveEuThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<RecordPlannedPurchaseMutation, RecordPlannedPurchaseMutationVariables>;
export const ConvertPlannedPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertPlannedPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertPlannedPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertPlannedPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<ConvertPlannedPurchaseMutation, ConvertPlannedPurchaseMutationVariables>;
export const ContractMatchingStructuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractMatchingStructures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchingStructures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"introducedOn"}},{"kind":"Field","name":{"kind":"Name","value":"structure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractMatchingStructuresQuery, ContractMatchingStructuresQueryVariables>;
export const RecordStructureIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordStructureIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StructureIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStructureIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"introducedOn"}},{"kind":"Field","name":{"kind":"Name","value":"structure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordStructureIntroductionMutation, RecordStructureIntroductionMutationVariables>;
export const ContractFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContractFormOptionsQuery, ContractFormOptionsQueryVariables>;
export const HoursEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoursEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoursFormulaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insertionHoursEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"exactHours"}},{"kind":"Field","name":{"kind":"Name","value":"roundingRule"}}]}}]}}]} as unknown as DocumentNode<HoursEstimateQuery, HoursEstimateQueryVariables>;
export const CreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<CreateContractMutation, CreateContractMutationVariables>;
export const ContractManageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractManage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMethod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"weightPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subCriteria"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractManageQuery, ContractManageQueryVariables>;
export const ChangeContractStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeContractStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeContractStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]}}]} as unknown as DocumentNode<ChangeContractStatusMutation, ChangeContractStatusMutationVariables>;
export const CompanyBySiretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyBySiret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"insertionStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyBySiretQuery, CompanyBySiretQueryVariables>;
export const CreateCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCompanyMutation, CreateCompanyMutationVariables>;
export const AddContractPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddContractParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddContractPartyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContractParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddContractPartyMutation, AddContractPartyMutationVariables>;
export const AddSocialDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSocialDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSocialDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AddSocialDeviceMutation, AddSocialDeviceMutationVariables>;
export const RemoveSocialDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSocialDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialDeviceKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSocialDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveSocialDeviceMutation, RemoveSocialDeviceMutationVariables>;
export const ContractFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defaultFteDivisor"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDate"}},{"kind":"Field","name":{"kind":"Name","value":"executionStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"clause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMethod"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"manualHours"}},{"kind":"Field","name":{"kind":"Name","value":"manualJustification"}},{"kind":"Field","name":{"kind":"Name","value":"modalities"}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"labourShare"}},{"kind":"Field","name":{"kind":"Name","value":"insertionRate"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"roundingRule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"insertionStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"insertionProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonthDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractFileQuery, ContractFileQueryVariables>;
export const ContractPlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractPlacements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractPlacementsQuery, ContractPlacementsQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defaultFteDivisor"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"executionStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insertionProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const CompanyHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"today"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerSiret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siret"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContracts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContracts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyHomeQuery, CompanyHomeQueryVariables>;
export const StructureHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StructureHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"structureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"structure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"structureId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"referentStructureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"structureId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StructureHomeQuery, StructureHomeQueryVariables>;
export const HoursImportContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoursImportContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<HoursImportContractsQuery, HoursImportContractsQueryVariables>;
export const HoursImportStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoursImportStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HoursImportStatementsQuery, HoursImportStatementsQueryVariables>;
export const HoursContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoursContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<HoursContractQuery, HoursContractQueryVariables>;
export const CompanyHoursHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyHoursHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContracts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContracts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyHoursHeaderQuery, CompanyHoursHeaderQueryVariables>;
export const HoursGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoursGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HoursGridQuery, HoursGridQueryVariables>;
export const StatementHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementVersion"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoursStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}}]}}]} as unknown as DocumentNode<StatementHistoryQuery, StatementHistoryQueryVariables>;
export const DeclareHoursBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareHoursBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoursLineInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareHoursBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"declared"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoursStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}}]}}]} as unknown as DocumentNode<DeclareHoursBatchMutation, DeclareHoursBatchMutationVariables>;
export const CorrectHoursStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectHoursStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctHoursStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoursStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}}]}}]} as unknown as DocumentNode<CorrectHoursStatementMutation, CorrectHoursStatementMutationVariables>;
export const CommuneSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommuneSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodes"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommuneSuggestionsQuery, CommuneSuggestionsQueryVariables>;
export const FacilitatorsForCommuneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitatorsForCommune"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorsFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFacilitatorsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFacilitatorsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceFacilitators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodes"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Epci"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitatorsForCommuneQuery, FacilitatorsForCommuneQueryVariables>;
export const FacilitatorsForPostalCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitatorsForPostalCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postalCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorsFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postalCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFacilitatorsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFacilitatorsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceFacilitators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodes"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Epci"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitatorsForPostalCodeQuery, FacilitatorsForPostalCodeQueryVariables>;
export const CreateBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBeneficiaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateBeneficiaryMutation, CreateBeneficiaryMutationVariables>;
export const PersonFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"residenceCommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proofType"}},{"kind":"Field","name":{"kind":"Name","value":"proofDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedFor"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"attestedHours"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"certification"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityBasis"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonFileQuery, PersonFileQueryVariables>;
export const CriteriaCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territory"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibilityCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"proofType"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}}]} as unknown as DocumentNode<CriteriaCatalogueQuery, CriteriaCatalogueQueryVariables>;
export const AddCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCriterionMutation, AddCriterionMutationVariables>;
export const ValidateCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"validFor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validatedFor"}}]}}]}}]} as unknown as DocumentNode<ValidateCriterionMutation, ValidateCriterionMutationVariables>;
export const OpenPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenPlacementMutation, OpenPlacementMutationVariables>;
export const ExportBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]} as unknown as DocumentNode<ExportBeneficiaryMutation, ExportBeneficiaryMutationVariables>;
export const EraseBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}}]}}]}}]} as unknown as DocumentNode<EraseBeneficiaryMutation, EraseBeneficiaryMutationVariables>;
export const PlacementOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlacementOptionsQuery, PlacementOptionsQueryVariables>;
export const OutcomeCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomeCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<OutcomeCategoriesQuery, OutcomeCategoriesQueryVariables>;
export const OpenPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpenPathMutation, OpenPathMutationVariables>;
export const ClosePathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pathId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathId"}}},{"kind":"Argument","name":{"kind":"Name","value":"endedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<ClosePathMutation, ClosePathMutationVariables>;
export const RecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pathId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const ReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fteDivisor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"national"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insertionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"fteDivisor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fteDivisor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}},{"kind":"Field","name":{"kind":"Name","value":"facilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitators"}},{"kind":"Field","name":{"kind":"Name","value":"services"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobDiversity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byBuyerKind"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"national"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportPart"}},{"kind":"Field","name":{"kind":"Name","value":"buyerKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"national"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportPart"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCode"}},{"kind":"Field","name":{"kind":"Name","value":"facilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitators"}},{"kind":"Field","name":{"kind":"Name","value":"services"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsertionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"fteDivisor"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTarget"}},{"kind":"Field","name":{"kind":"Name","value":"insertion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"peoplePlaced"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qpv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rqth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractDurations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAtExit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAtSixMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobDiversity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"placementsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"familyCount"}},{"kind":"Field","name":{"kind":"Name","value":"mainTrade"}},{"kind":"Field","name":{"kind":"Name","value":"outsideMainTrade"}},{"kind":"Field","name":{"kind":"Name","value":"outsideMainTradeShare"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportPart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsertionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"insertion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}}]}}]}}]} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const ReportBuyersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportBuyers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportBuyersQuery, ReportBuyersQueryVariables>;
export const StructuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Structures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StructureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"structures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"canDeliverClauseHours"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}}]}}]}}]}}]} as unknown as DocumentNode<StructuresQuery, StructuresQueryVariables>;
export const StructurePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StructurePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"structure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"canDeliverClauseHours"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"insertionCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"agreementEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRealised"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"activePlacements"}}]}}]}}]}}]} as unknown as DocumentNode<StructurePageQuery, StructurePageQueryVariables>;