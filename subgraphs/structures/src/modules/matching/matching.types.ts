import { LocalDateScalar } from '@maillage/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Structure } from '../structure/structure.entity';

/** A structure proposed for a contract or a company, with its rank and why. */
@ObjectType({ description: 'Structure à solliciter pour un marché (ou pour une entreprise), avec son rang et les raisons de ce rang.' })
export class StructureMatch {
  @Field(() => Int, { description: 'Rang (1 = la plus pertinente).' })
  rank!: number;

  @Field(() => Int, {
    description: 'Score : secteur correspondant 40, même commune 30 (desservie 25), même département 20 (desservi 15), collaboration passée avec le titulaire 25, capacité jusqu’à 10.',
  })
  score!: number;

  @Field(() => [String], { description: 'Raisons du rang, une par critère (secteur, territoire, collaboration passée, capacité), en français.' })
  reasons!: string[];

  @Field(() => Structure, { description: 'La structure.' })
  structure!: Structure;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date de la dernière mise en relation de cette structure avec le titulaire du marché (vide : pas encore présentée).' })
  introducedOn?: string | null;
}
