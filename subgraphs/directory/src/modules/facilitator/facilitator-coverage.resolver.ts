import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { FacilitatorCoverage } from './facilitator-coverage.entity';
import { loadTerritory, Territory, type AnyTerritory } from './territory.union';

@Resolver(() => FacilitatorCoverage)
export class FacilitatorCoverageResolver {
  @FieldResolver(() => Territory, { description: 'Le territoire couvert.' })
  async territory(@Root() coverage: FacilitatorCoverage, @Ctx() ctx: Context): Promise<AnyTerritory> {
    const territory = await loadTerritory(ctx, coverage.level, coverage.code);
    if (!territory) throw new Error(`covered territory ${coverage.level} ${coverage.code} is missing`);
    return territory;
  }
}
