import { BadUserInputError } from '@maillage/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Commune, communeStub } from '../references/commune.reference';
import { Structure } from './structure.entity';

const MAX_PAGE = 100;

@Resolver(() => Structure)
export class StructureResolver {
  @Query(() => Structure, { nullable: true, description: 'Une structure par identifiant ou par SIRET.' })
  structure(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('siret', () => String, { nullable: true }) siret?: string,
  ): Promise<Structure | null> {
    if ((id === undefined) === (siret === undefined)) {
      throw new BadUserInputError('give exactly one of id or siret', id === undefined ? 'id' : 'siret');
    }
    return id !== undefined ? ctx.loaders.structureById.load(id) : ctx.loaders.structureBySiret.load(siret!);
  }

  @Query(() => [Structure], { description: 'Les structures, par nom.' })
  structures(
    @Arg('first', () => Int, { defaultValue: 20, description: `Au plus ${MAX_PAGE}.` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Structure[]> {
    return ctx.em.find(Structure, {}, { orderBy: { name: 'asc' }, limit: Math.min(Math.max(first, 0), MAX_PAGE) });
  }

  @FieldResolver(() => Commune, { description: 'Commune où la structure est implantée.' })
  commune(@Root() structure: Structure): Commune {
    return communeStub(structure.communeCode);
  }
}
