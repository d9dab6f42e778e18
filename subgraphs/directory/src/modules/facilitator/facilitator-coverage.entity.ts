import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** The level of a territory a facilitator covers, from the most specific to the widest. */
export enum CoverageLevel {
  COMMUNE = 'COMMUNE',
  EPCI = 'EPCI',
  DEPARTMENT = 'DEPARTMENT',
  REGION = 'REGION',
}
registerEnumType(CoverageLevel, {
  name: 'CoverageLevel',
  description: 'Niveau du territoire couvert, du plus précis au plus large.',
  valuesConfig: {
    COMMUNE: { description: 'Une commune (ou un arrondissement municipal)' },
    EPCI: { description: 'Une intercommunalité (EPCI)' },
    DEPARTMENT: { description: 'Un département' },
    REGION: { description: 'Une région' },
  },
});

/** One territory of a facilitator's coverage: exactly one of the four codes is set, matching `level`. */
@ObjectType('CoverageArea', { description: 'Territoire couvert par un facilitateur.' })
@Entity({ tableName: 'facilitator_coverage' })
export class FacilitatorCoverage {
  [OptionalProps]?: 'code';

  @PrimaryKey({ type: 'uuid', hidden: true })
  id: string = randomUUID();

  @Property({ type: 'uuid', hidden: true })
  facilitatorId!: string;

  @Field(() => CoverageLevel, { description: 'Niveau du territoire.' })
  @Enum({ items: () => CoverageLevel })
  level!: CoverageLevel;

  @Property({ type: 'string', hidden: true, length: 5, nullable: true })
  communeCode: string | null = null;

  @Property({ type: 'string', hidden: true, length: 9, nullable: true })
  epciCode: string | null = null;

  @Property({ type: 'string', hidden: true, length: 3, nullable: true })
  departmentCode: string | null = null;

  @Property({ type: 'string', hidden: true, length: 3, nullable: true })
  regionCode: string | null = null;

  /** The code of the covered territory, whatever its level. */
  get code(): string {
    return (this.communeCode ?? this.epciCode ?? this.departmentCode ?? this.regionCode)!;
  }
}
