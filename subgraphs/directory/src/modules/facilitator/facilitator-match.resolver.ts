import { BadUserInputError, NotFoundError } from '@maillage/subgraph-kit';
import { Args, ArgsType, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Commune } from '../geography/commune.entity';
import {
  COMMUNE_CODE_FORMAT, DEPARTMENT_CODE_FORMAT, EPCI_CODE_FORMAT, found, parseCode, POSTAL_CODE_FORMAT, REGION_CODE_FORMAT,
} from '../geography/territory.codes';
import { CoverageLevel } from './facilitator-coverage.entity';
import { Facilitator } from './facilitator.entity';
import { findMatchesForTerritory, findPlacesForPostalCode, type FacilitatorMatchRow } from './facilitator-match.repository';
import { loadTerritory, Territory, type AnyTerritory } from './territory.union';

@ObjectType({ description: 'Un facilitateur couvrant un lieu, avec le territoire de sa couverture qui contient ce lieu.' })
export class FacilitatorMatch {
  facilitatorId!: string;

  @Field(() => CoverageLevel, { description: 'Niveau du territoire par lequel il couvre le lieu (le plus précis).' })
  level!: CoverageLevel;

  territoryCode!: string;
}

@ObjectType({ description: 'Un lieu et les facilitateurs qui le couvrent, du plus précis au plus large.' })
export class PlaceFacilitators {
  @Field(() => Territory, { description: 'Le lieu demandé (pour un code postal : chacune des communes qu’il dessert).' })
  place!: AnyTerritory;

  @Field(() => [FacilitatorMatch], {
    description: 'Facilitateurs actifs : couverture par la commune, puis l’EPCI, puis le département, puis la région ; par nom à niveau égal.',
  })
  facilitators!: FacilitatorMatch[];
}

@ArgsType()
export class FacilitatorsForArgs {
  @Field(() => String, { nullable: true, description: 'Code postal (5 chiffres) : une réponse par commune desservie.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE d’une commune ou d’un arrondissement municipal.' })
  communeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'SIREN d’un EPCI.' })
  epciCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code d’un département.' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code d’une région.' })
  regionCode?: string | null;
}

function toMatches(rows: FacilitatorMatchRow[]): FacilitatorMatch[] {
  return rows.map(({ facilitatorId, level, territoryCode }) => Object.assign(new FacilitatorMatch(), { facilitatorId, level, territoryCode }));
}

async function forCommunes(ctx: Context, codes: string[]): Promise<PlaceFacilitators[]> {
  const [places, matches] = await Promise.all([
    Promise.all(codes.map((code) => found(ctx.loaders.communeByCode.load(code), COMMUNE_CODE_FORMAT, code))),
    Promise.all(codes.map((code) => ctx.loaders.matchesByCommune.load(code))),
  ]);
  return places.map((place, index) => ({ place, facilitators: toMatches(matches[index]!) }));
}

async function forTerritory(
  ctx: Context,
  level: Exclude<CoverageLevel, CoverageLevel.COMMUNE>,
  place: Promise<AnyTerritory>,
  code: string,
): Promise<PlaceFacilitators[]> {
  const [resolved, rows] = await Promise.all([place, findMatchesForTerritory(ctx.em, level, code)]);
  return [{ place: resolved, facilitators: toMatches(rows) }];
}

@Resolver(() => FacilitatorMatch)
export class FacilitatorMatchResolver {
  @Query(() => [PlaceFacilitators], {
    description:
      'Qui est le facilitateur des clauses sociales de ce lieu ? Donner exactement un critère ; les codes mal formés ' +
      'sont refusés (BAD_USER_INPUT), les codes inexistants signalés (NOT_FOUND).',
  })
  async facilitatorsFor(@Args() args: FacilitatorsForArgs, @Ctx() ctx: Context): Promise<PlaceFacilitators[]> {
    const given = Object.entries(args).filter(([, value]) => value !== undefined && value !== null) as [keyof FacilitatorsForArgs, string][];
    if (given.length !== 1) {
      throw new BadUserInputError(
        'give exactly one of postalCode, communeCode, epciCode, departmentCode or regionCode',
        given[1]?.[0] ?? 'postalCode',
      );
    }
    const [field, value] = given[0]!;
    switch (field) {
      case 'postalCode': {
        const code = parseCode(value, POSTAL_CODE_FORMAT, field);
        const communes = await findPlacesForPostalCode(ctx.em, code);
        if (communes.length === 0) throw new NotFoundError(`no commune has the postal code ${code}`);
        return forCommunes(ctx, communes);
      }
      case 'communeCode': {
        const code = parseCode(value, COMMUNE_CODE_FORMAT, field);
        await found(ctx.loaders.communeByCode.load(code), COMMUNE_CODE_FORMAT, code);
        return forCommunes(ctx, [code]);
      }
      case 'epciCode': {
        const code = parseCode(value, EPCI_CODE_FORMAT, field);
        return forTerritory(ctx, CoverageLevel.EPCI, found(ctx.loaders.epciByCode.load(code), EPCI_CODE_FORMAT, code), code);
      }
      case 'departmentCode': {
        const code = parseCode(value, DEPARTMENT_CODE_FORMAT, field);
        const place = found(ctx.loaders.departmentByCode.load(code), DEPARTMENT_CODE_FORMAT, code);
        return forTerritory(ctx, CoverageLevel.DEPARTMENT, place, code);
      }
      case 'regionCode': {
        const code = parseCode(value, REGION_CODE_FORMAT, field);
        return forTerritory(ctx, CoverageLevel.REGION, found(ctx.loaders.regionByCode.load(code), REGION_CODE_FORMAT, code), code);
      }
    }
  }

  @FieldResolver(() => Facilitator, { description: 'Le facilitateur.' })
  async facilitator(@Root() match: FacilitatorMatch, @Ctx() ctx: Context): Promise<Facilitator> {
    const facilitator = await ctx.loaders.facilitatorRowById.load(match.facilitatorId);
    if (!facilitator) throw new Error(`facilitator ${match.facilitatorId} of a coverage match is missing`);
    return facilitator;
  }

  @FieldResolver(() => Territory, { description: 'Le territoire de sa couverture qui contient le lieu.' })
  async territory(@Root() match: FacilitatorMatch, @Ctx() ctx: Context): Promise<AnyTerritory> {
    const territory = await loadTerritory(ctx, match.level, match.territoryCode);
    if (!territory) throw new Error(`territory ${match.level} ${match.territoryCode} of a coverage match is missing`);
    return territory;
  }
}

@Resolver(() => Commune)
export class CommuneFacilitatorsResolver {
  @FieldResolver(() => [FacilitatorMatch], {
    description: 'Facilitateurs actifs couvrant la commune, du plus précis (la commune) au plus large (la région).',
  })
  async facilitators(@Root() commune: Commune, @Ctx() ctx: Context): Promise<FacilitatorMatch[]> {
    return toMatches(await ctx.loaders.matchesByCommune.load(commune.code));
  }
}
