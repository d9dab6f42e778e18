import { ForbiddenError, NotFoundError, referenceResolver, requireText, requireUuid } from '@maillage/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { assertMayManageOrganisation, directoryAccess, ORGANISATION_MANAGERS } from './facilitator.access';
import { FacilitatorCoverage } from './facilitator-coverage.entity';
import { replaceCoverage, resolveCoverage } from './facilitator-coverage.repository';
import { Facilitator } from './facilitator.entity';
import { CoverageInput, CreateFacilitatorInput, UpdateFacilitatorInput } from './facilitator.inputs';
import { forgetReadRows } from './facilitator.loaders';
import { FacilitatorOrganisation } from './facilitator-organisation.entity';
import { organisationOrFail } from './facilitator-organisation.resolver';
import { optionalPhone, requireEmail } from './facilitator.validation';

async function facilitatorOrFail(ctx: Context, id: string, field: string): Promise<Facilitator> {
  const facilitator = await ctx.loaders.facilitatorById.load(requireUuid(id, field));
  if (!facilitator) throw new NotFoundError(`no facilitator has the id ${id}`);
  return facilitator;
}

/** After a write, answers of this request must not come from what the loaders cached before it. */
function forgetCached(ctx: Context, facilitator: Facilitator): void {
  ctx.loaders.facilitatorById.clear(facilitator.id);
  ctx.loaders.coverageByFacilitator.clear(facilitator.id);
  ctx.loaders.facilitatorsByOrganisation.clearAll();
  ctx.loaders.matchesByCommune.clearAll();
  forgetReadRows(ctx.loaders);
}

@Resolver(() => Facilitator)
export class FacilitatorResolver {
  @Query(() => Facilitator, { nullable: true, description: 'Un facilitateur par son identifiant.' })
  facilitator(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Facilitator> {
    return facilitatorOrFail(ctx, id, 'id');
  }

  @Authorized(...ORGANISATION_MANAGERS)
  @Mutation(() => Facilitator, {
    description: 'Crée un facilitateur et sa couverture (administrateurs, ou facilitateurs de la même structure).',
  })
  async createFacilitator(
    @Arg('input', () => CreateFacilitatorInput) input: CreateFacilitatorInput,
    @Ctx() ctx: Context,
  ): Promise<Facilitator> {
    const organisation = await organisationOrFail(ctx, input.organisationId, 'input.organisationId');
    assertMayManageOrganisation(ctx.viewer, organisation.id);
    const fields = {
      organisationId: organisation.id,
      name: requireText(input.name, 'input.name', 200),
      jobTitle: requireText(input.jobTitle, 'input.jobTitle', 200),
      email: requireEmail(input.email, 'input.email'),
      phone: optionalPhone(input.phone, 'input.phone'),
      active: input.active,
    };
    const coverage = await resolveCoverage(ctx, input.coverage, 'input.coverage');
    const facilitator = await ctx.em.transactional(async (tx) => {
      const created = tx.create(Facilitator, fields);
      await replaceCoverage(tx, created.id, coverage);
      return created;
    });
    forgetCached(ctx, facilitator);
    return facilitator;
  }

  @Authorized(...ORGANISATION_MANAGERS)
  @Mutation(() => Facilitator, {
    description: 'Modifie un facilitateur (administrateurs, ou facilitateurs de la même structure).',
  })
  async updateFacilitator(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateFacilitatorInput) input: UpdateFacilitatorInput,
    @Ctx() ctx: Context,
  ): Promise<Facilitator> {
    const facilitator = await facilitatorOrFail(ctx, id, 'id');
    assertMayManageOrganisation(ctx.viewer, facilitator.organisationId);
    const changes: Partial<Facilitator> = {};
    if (input.organisationId !== undefined) {
      const organisation = await organisationOrFail(ctx, input.organisationId ?? '', 'input.organisationId');
      if (organisation.id !== facilitator.organisationId && ctx.viewer.role !== 'admin') {
        throw new ForbiddenError('only an administrator may move a facilitator to another organisation');
      }
      changes.organisationId = organisation.id;
    }
    if (input.name !== undefined) changes.name = requireText(input.name, 'input.name', 200);
    if (input.jobTitle !== undefined) changes.jobTitle = requireText(input.jobTitle, 'input.jobTitle', 200);
    if (input.email !== undefined) changes.email = requireEmail(input.email, 'input.email');
    if (input.phone !== undefined) changes.phone = optionalPhone(input.phone, 'input.phone');
    if (input.active !== undefined && input.active !== null) changes.active = input.active;
    ctx.em.assign(facilitator, changes);
    await ctx.em.flush();
    forgetCached(ctx, facilitator);
    return facilitator;
  }

  @Authorized(...ORGANISATION_MANAGERS)
  @Mutation(() => Facilitator, {
    description: 'Remplace la couverture d’un facilitateur ; un territoire inconnu fait tout refuser.',
  })
  async setFacilitatorCoverage(
    @Arg('id', () => ID) id: string,
    @Arg('coverage', () => [CoverageInput]) coverage: CoverageInput[],
    @Ctx() ctx: Context,
  ): Promise<Facilitator> {
    const facilitator = await facilitatorOrFail(ctx, id, 'id');
    assertMayManageOrganisation(ctx.viewer, facilitator.organisationId);
    const areas = await resolveCoverage(ctx, coverage);
    await ctx.em.transactional((tx) => replaceCoverage(tx, facilitator.id, areas));
    forgetCached(ctx, facilitator);
    return facilitator;
  }

  @FieldResolver(() => FacilitatorOrganisation, { description: 'Structure qui emploie le facilitateur.' })
  organisation(@Root() facilitator: Facilitator, @Ctx() ctx: Context): Promise<FacilitatorOrganisation> {
    return organisationOrFail(ctx, facilitator.organisationId, 'organisation', 'plain');
  }

  @FieldResolver(() => [FacilitatorCoverage], { description: 'Territoires couverts (communes, EPCI, départements, régions).' })
  coverage(@Root() facilitator: Facilitator, @Ctx() ctx: Context): Promise<FacilitatorCoverage[]> {
    return ctx.loaders.coverageByFacilitator.load(facilitator.id);
  }
}

/** Reference resolver: a malformed id names nothing (the kit's uuid loader) rather than failing the batch. */
export const facilitatorReference = referenceResolver({
  authorize: (ctx: Context) => directoryAccess.assertMayEver(ctx.viewer, 'read', 'Facilitator'),
  load: (ref: { id: string }, ctx: Context) => ctx.loaders.facilitatorRowById.load(ref.id),
});
