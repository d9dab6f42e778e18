import { ConnectionType, findPage, PageArgs, type Connection } from '@maillage/subgraph-kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Commune, CommuneKind } from './commune.entity';
import { Department } from './department.entity';
import { Epci } from './epci.entity';
import { Region } from './region.entity';
import { communeSearchFilter } from './commune.search';
import { COMMUNE_CODE_FORMAT, DEPARTMENT_CODE_FORMAT, found, parseCode, REGION_CODE_FORMAT } from './territory.codes';

@ObjectType({ description: 'Une page de communes.' })
export class CommuneConnection extends ConnectionType('Commune', Commune, 'Une page de communes.') {}

/** Page arguments of commune lists, which leave out municipal districts unless asked. */
@ArgsType()
export class CommunePageArgs extends PageArgs {
  @Field({ description: 'Inclure les arrondissements municipaux de Paris, Lyon et Marseille.' })
  includeMunicipalDistricts: boolean = false;
}

/** Communes by name, alphabetically (normalised name, then code): the order of every commune list. */
export function pageOfCommunes(ctx: Context, where: FilterQuery<Commune>, page: CommunePageArgs): Promise<Connection<Commune>> {
  const filter = page.includeMunicipalDistricts ? where : { $and: [where, { kind: CommuneKind.COMMUNE }] };
  return findPage(ctx.em, Commune, filter as FilterQuery<Commune>, {
    orderBy: [['searchName', 'asc'], ['code', 'asc']],
    first: page.first,
    after: page.after,
  });
}

@Resolver(() => Commune)
export class CommuneResolver {
  @Query(() => Commune, {
    nullable: true,
    description: 'Une commune (ou un arrondissement municipal) par son code INSEE ; NOT_FOUND si le code n’existe pas.',
  })
  commune(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Commune> {
    const parsed = parseCode(code, COMMUNE_CODE_FORMAT, 'code');
    return found(ctx.loaders.communeByCode.load(parsed), COMMUNE_CODE_FORMAT, parsed);
  }

  @Query(() => CommuneConnection, {
    description:
      'Recherche de communes par début de nom (sans tenir compte des accents, de la casse, des tirets et apostrophes) ' +
      'ou par code postal (2 à 5 chiffres, début du code), par ordre alphabétique.',
  })
  communes(
    @Arg('search', () => String, { description: 'Début du nom (« st etienne », « Lyon ») ou du code postal (« 690 », « 20000 »).' })
    search: string,
    @Args() page: CommunePageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Commune>> {
    return pageOfCommunes(ctx, communeSearchFilter(search), page);
  }

  @FieldResolver(() => [String], { description: 'Codes postaux desservant la commune (distincts du code INSEE).' })
  async postalCodes(@Root() commune: Commune, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.postalCodesByCommune.load(commune.code)).map((row) => row.postal_code);
  }

  @FieldResolver(() => Department, { description: 'Département de la commune.' })
  department(@Root() commune: Commune, @Ctx() ctx: Context): Promise<Department> {
    return found(ctx.loaders.departmentByCode.load(commune.departmentCode), DEPARTMENT_CODE_FORMAT, commune.departmentCode);
  }

  @FieldResolver(() => Region, { description: 'Région de la commune.' })
  region(@Root() commune: Commune, @Ctx() ctx: Context): Promise<Region> {
    return found(ctx.loaders.regionByCode.load(commune.regionCode), REGION_CODE_FORMAT, commune.regionCode);
  }

  @FieldResolver(() => Epci, {
    nullable: true,
    description: 'EPCI à fiscalité propre dont la commune est membre (aucun pour quelques îles et collectivités d’outre-mer).',
  })
  epci(@Root() commune: Commune, @Ctx() ctx: Context): Promise<Epci | null> {
    return commune.epciCode ? ctx.loaders.epciByCode.load(commune.epciCode) : Promise.resolve(null);
  }

  @FieldResolver(() => Commune, { nullable: true, description: 'Pour un arrondissement municipal : sa commune (Paris, Lyon, Marseille).' })
  parent(@Root() commune: Commune, @Ctx() ctx: Context): Promise<Commune | null> {
    return commune.parentCode ? ctx.loaders.communeByCode.load(commune.parentCode) : Promise.resolve(null);
  }

  @FieldResolver(() => [Commune], { description: 'Arrondissements municipaux de la commune (Paris, Lyon et Marseille seulement).' })
  municipalDistricts(@Root() commune: Commune, @Ctx() ctx: Context): Promise<Commune[]> {
    return ctx.loaders.districtsByCommune.load(commune.code);
  }
}
