import { BadUserInputError, DEPARTMENT_CODE, INSEE_COMMUNE_CODE, NotFoundError } from '@maillage/subgraph-kit';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Commune } from './commune.entity';
import { Department } from './department.entity';

@Resolver(() => Commune)
export class CommuneResolver {
  @Query(() => Commune, { nullable: true, description: 'Une commune par son code INSEE.' })
  commune(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Commune | null> {
    const normalized = code.trim().toUpperCase();
    if (!INSEE_COMMUNE_CODE.test(normalized)) {
      throw new BadUserInputError('code must be an INSEE commune code: 5 characters such as 69123 or 2A004', 'code');
    }
    return ctx.loaders.communeByCode.load(normalized);
  }

  @FieldResolver(() => Department, { description: 'Département de la commune.' })
  async department(@Root() commune: Commune, @Ctx() ctx: Context): Promise<Department> {
    const department = await ctx.loaders.departmentByCode.load(commune.department.code);
    if (!department) throw new NotFoundError(`department ${commune.department.code} not found`);
    return department;
  }
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => Department, { nullable: true, description: 'Un département par son code (69, 2A, 974…).' })
  department(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Department | null> {
    const normalized = code.trim().toUpperCase();
    if (!DEPARTMENT_CODE.test(normalized)) {
      throw new BadUserInputError('code must be a department code such as 69, 2A or 974', 'code');
    }
    return ctx.loaders.departmentByCode.load(normalized);
  }
}
