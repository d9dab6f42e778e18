import { BadUserInputError, ConnectionType, PageArgs, type Connection } from '@maillage/subgraph-kit';
import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { assertMayReadStructures } from './structure.access';
import { Structure } from './structure.entity';
import { StructureFilter } from './structure.filter';
import { StructureRepository } from './structure.repository';

@ObjectType({ description: 'Une page de structures, par nom.' })
export class StructureConnection extends ConnectionType('Structure', Structure, 'Une page de structures, par nom.') {}

@Resolver(() => Structure)
export class StructureResolver {
  @Query(() => Structure, { nullable: true, description: 'Une structure par identifiant ou par SIRET (exactement l’un des deux).' })
  structure(
    @Ctx() ctx: Context,
    // type-graphql prints arguments in reverse order of declaration.
    @Arg('siret', () => String, { nullable: true, description: 'SIRET (14 chiffres).' }) siret?: string,
    @Arg('id', () => ID, { nullable: true, description: 'Identifiant de la structure.' }) id?: string,
  ): Promise<Structure | null> {
    assertMayReadStructures(ctx.viewer);
    if (id != null && siret != null) throw new BadUserInputError('give exactly one of id or siret, not both', 'siret');
    if (id != null) return ctx.loaders.structureById(id);
    if (siret != null) return ctx.loaders.structureBySiret(siret);
    throw new BadUserInputError('give exactly one of id or siret', 'id');
  }

  @Query(() => StructureConnection, {
    description: 'Les structures, par nom, filtrées (les structures désactivées sont exclues sauf demande).',
  })
  structures(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => StructureFilter, { nullable: true, description: 'Filtres cumulatifs.' }) filter?: StructureFilter,
  ): Promise<Connection<Structure>> {
    assertMayReadStructures(ctx.viewer);
    return new StructureRepository(ctx.em).list(filter ?? undefined, page);
  }
}
