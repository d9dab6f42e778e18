import type { Connection } from '@maillage/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Commune } from './commune.entity';
import { CommuneConnection, CommunePageArgs, pageOfCommunes } from './commune.resolver';
import { Department } from './department.entity';
import { Epci } from './epci.entity';
import { Region } from './region.entity';
import { DEPARTMENT_CODE_FORMAT, EPCI_CODE_FORMAT, found, parseCode, REGION_CODE_FORMAT } from './territory.codes';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => Department, { nullable: true, description: 'Un département par son code (69, 2A, 974…) ; NOT_FOUND s’il n’existe pas.' })
  department(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Department> {
    const parsed = parseCode(code, DEPARTMENT_CODE_FORMAT, 'code');
    return found(ctx.loaders.departmentByCode.load(parsed), DEPARTMENT_CODE_FORMAT, parsed);
  }

  @FieldResolver(() => Region, { description: 'Région du département.' })
  region(@Root() department: Department, @Ctx() ctx: Context): Promise<Region> {
    return found(ctx.loaders.regionByCode.load(department.regionCode), REGION_CODE_FORMAT, department.regionCode);
  }

  @FieldResolver(() => CommuneConnection, { description: 'Les communes du département, par ordre alphabétique.' })
  communes(@Root() department: Department, @Args() page: CommunePageArgs, @Ctx() ctx: Context): Promise<Connection<Commune>> {
    return pageOfCommunes(ctx, { departmentCode: department.code }, page);
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'Une région par son code (84, 94, 04…) ; NOT_FOUND si elle n’existe pas.' })
  region(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Region> {
    const parsed = parseCode(code, REGION_CODE_FORMAT, 'code');
    return found(ctx.loaders.regionByCode.load(parsed), REGION_CODE_FORMAT, parsed);
  }

  @Query(() => [Region], { description: 'Toutes les régions (et collectivités d’outre-mer), par code.' })
  regions(@Ctx() ctx: Context): Promise<Region[]> {
    return ctx.em.find(Region, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => [Department], { description: 'Départements de la région, par code.' })
  departments(@Root() region: Region, @Ctx() ctx: Context): Promise<Department[]> {
    return ctx.loaders.departmentsByRegion.load(region.code);
  }
}

@Resolver(() => Epci)
export class EpciResolver {
  @Query(() => Epci, { nullable: true, description: 'Un EPCI par son SIREN (200046977…) ; NOT_FOUND s’il n’existe pas.' })
  epci(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Epci> {
    const parsed = parseCode(code, EPCI_CODE_FORMAT, 'code');
    return found(ctx.loaders.epciByCode.load(parsed), EPCI_CODE_FORMAT, parsed);
  }

  @FieldResolver(() => [Commune], { description: 'Communes membres de l’EPCI, par ordre alphabétique.' })
  communes(@Root() epci: Epci, @Ctx() ctx: Context): Promise<Commune[]> {
    return ctx.loaders.membersByEpci.load(epci.code);
  }
}
