import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Kinds of structure (DOMAIN.md §1.3): SIAE, the disability sector, other insertion employers, and the
 * employment service and referrers.
 */
export enum StructureKind {
  ACI = 'ACI',
  AI = 'AI',
  EI = 'EI',
  ETTI = 'ETTI',
  EITI = 'EITI',
  EA = 'EA',
  EATT = 'EATT',
  ESAT = 'ESAT',
  GEIQ = 'GEIQ',
  REGIE_DE_QUARTIER = 'REGIE_DE_QUARTIER',
  FRANCE_TRAVAIL = 'FRANCE_TRAVAIL',
  MISSION_LOCALE = 'MISSION_LOCALE',
  CAP_EMPLOI = 'CAP_EMPLOI',
  PLIE = 'PLIE',
  MAISON_DE_L_EMPLOI = 'MAISON_DE_L_EMPLOI',
  E2C = 'E2C',
  EPIDE = 'EPIDE',
  DEPARTEMENT = 'DEPARTEMENT',
  CCAS = 'CCAS',
  OPCS = 'OPCS',
  OTHER = 'OTHER',
}
registerEnumType(StructureKind, {
  name: 'StructureKind',
  description: 'Type de structure (typologie des Emplois de l’inclusion et du Marché de l’inclusion).',
  valuesConfig: {
    ACI: { description: "Atelier chantier d'insertion (SIAE)" },
    AI: { description: 'Association intermédiaire (SIAE)' },
    EI: { description: "Entreprise d'insertion (SIAE)" },
    ETTI: { description: "Entreprise de travail temporaire d'insertion (SIAE)" },
    EITI: { description: "Entreprise d'insertion par le travail indépendant (SIAE)" },
    EA: { description: 'Entreprise adaptée' },
    EATT: { description: 'Entreprise adaptée de travail temporaire' },
    ESAT: { description: "Établissement et service d'aide par le travail" },
    GEIQ: { description: "Groupement d'employeurs pour l'insertion et la qualification" },
    REGIE_DE_QUARTIER: { description: 'Régie de quartier ou de territoire' },
    FRANCE_TRAVAIL: { description: 'France Travail' },
    MISSION_LOCALE: { description: 'Mission locale' },
    CAP_EMPLOI: { description: 'Cap emploi' },
    PLIE: { description: "Plan local pour l'insertion et l'emploi" },
    MAISON_DE_L_EMPLOI: { description: "Maison de l'emploi" },
    E2C: { description: 'École de la deuxième chance' },
    EPIDE: { description: "Établissement pour l'insertion dans l'emploi" },
    DEPARTEMENT: { description: 'Conseil départemental (RSA)' },
    CCAS: { description: "Centre communal d'action sociale" },
    OPCS: { description: 'Organisation porteuse de la clause sociale' },
    OTHER: { description: 'Autre' },
  },
});

/** Structure d'insertion ou du service public de l'emploi. */
@Directive('@key(fields: "id")')
@Directive('@key(fields: "siret")')
@ObjectType({ description: "Structure d'insertion (SIAE, EA, ESAT, GEIQ…) ou du service public de l'emploi." })
@Entity({ tableName: 'structure' })
export class Structure {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'SIRET (14 chiffres).' })
  @Property({ length: 14, unique: true })
  siret!: string;

  @Field({ description: 'Raison sociale.' })
  @Property()
  name!: string;

  @Field(() => StructureKind)
  @Enum({ items: () => StructureKind, nativeEnumName: 'structure_kind' })
  kind!: StructureKind;

  @Property({ hidden: true, length: 5 })
  communeCode!: string;
}
