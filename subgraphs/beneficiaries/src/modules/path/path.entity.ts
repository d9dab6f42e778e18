import { randomUUID } from 'node:crypto';
import { Entity, type Opt, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/scalars';
import { PathStatus } from './path.enums';

/** Parcours: a person's insertion path, with its referent; at most one open at a time. */
@ObjectType({ description: 'Parcours d’insertion d’une personne.' })
@Entity({ tableName: 'insertion_path' })
export class Path {
  @Field(() => ID, { description: 'Identifiant du parcours.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ hidden: true, type: 'uuid' })
  beneficiaryId!: string;

  /** Exposed as `referentStructure` by the resolver. */
  @Property({ hidden: true, type: 'uuid', nullable: true })
  referentStructureId?: string | null;

  @Field(() => LocalDateScalar, { description: 'Début du parcours.' })
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin du parcours.' })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Field(() => PathStatus, { description: 'État du parcours.' })
  @Enum({ items: () => PathStatus })
  status: Opt<PathStatus> = PathStatus.OPEN;
}
