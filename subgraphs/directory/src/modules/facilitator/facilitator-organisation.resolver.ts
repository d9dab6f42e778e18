import { ConflictError, ConnectionType, findPage, NotFoundError, PageArgs, referenceResolver, requireUuid, type Connection } from '@maillage/subgraph-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Commune } from '../geography/commune.entity';
import { assertMayManageOrganisation, directoryAccess, ORGANISATION_CREATORS, ORGANISATION_MANAGERS } from './facilitator.access';
import { Facilitator } from './facilitator.entity';
import { CreateFacilitatorOrganisationInput, UpdateFacilitatorOrganisationInput } from './facilitator.inputs';
import { FacilitatorOrganisation } from './facilitator-organisation.entity';
import { organisationFields } from './facilitator-organisation.service';
import { forgetReadRows } from './facilitator.loaders';

@ObjectType({ description: 'Une page de structures de facilitation.' })
export class FacilitatorOrganisationConnection extends ConnectionType(
  'FacilitatorOrganisation',
  FacilitatorOrganisation,
  'Une page de structures de facilitation.',
) {}

/**
 * Loads an organisation by id, or throws NOT_FOUND (a malformed id is a BAD_USER_INPUT naming `field`). A write
 * loads it managed (the default); what only reads it, as a plain row (`'plain'`, see `facilitator.loaders.ts`).
 */
export async function organisationOrFail(ctx: Context, id: string, field: string, rows: 'managed' | 'plain' = 'managed'): Promise<FacilitatorOrganisation> {
  const loader = rows === 'plain' ? ctx.loaders.organisationRowById : ctx.loaders.organisationById;
  const organisation = await loader.load(requireUuid(id, field));
  if (!organisation) throw new NotFoundError(`no facilitator organisation has the id ${id}`);
  return organisation;
}

/** Writes; two concurrent writes of one SIRET meet the unique index, which is a CONFLICT, not a 500. */
async function flushOrConflict(ctx: Context, siret: string | null): Promise<void> {
  try {
    await ctx.em.flush();
    forgetReadRows(ctx.loaders);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new ConflictError(`another organisation already has the SIRET ${siret}`, { field: 'input.siret' });
    }
    throw error;
  }
}

@Resolver(() => FacilitatorOrganisation)
export class FacilitatorOrganisationResolver {
  @Query(() => FacilitatorOrganisation, { nullable: true, description: 'Une structure de facilitation par son identifiant.' })
  facilitatorOrganisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FacilitatorOrganisation> {
    return organisationOrFail(ctx, id, 'id');
  }

  @Query(() => FacilitatorOrganisationConnection, { description: 'Les structures de facilitation, par nom.' })
  facilitatorOrganisations(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<FacilitatorOrganisation>> {
    return findPage(ctx.em, FacilitatorOrganisation, {}, { orderBy: [['name', 'asc'], ['id', 'asc']], ...page });
  }

  @Authorized(...ORGANISATION_CREATORS)
  @Mutation(() => FacilitatorOrganisation, { description: 'Crée une structure de facilitation (administrateurs).' })
  async createFacilitatorOrganisation(
    @Arg('input', () => CreateFacilitatorOrganisationInput) input: CreateFacilitatorOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<FacilitatorOrganisation> {
    const fields = await organisationFields(ctx, input);
    const organisation = ctx.em.create(FacilitatorOrganisation, fields);
    await flushOrConflict(ctx, fields.siret);
    return organisation;
  }

  @Authorized(...ORGANISATION_MANAGERS)
  @Mutation(() => FacilitatorOrganisation, {
    description: 'Modifie une structure (administrateurs, ou facilitateurs de cette structure).',
  })
  async updateFacilitatorOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateFacilitatorOrganisationInput) input: UpdateFacilitatorOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<FacilitatorOrganisation> {
    const organisation = await organisationOrFail(ctx, id, 'id');
    assertMayManageOrganisation(ctx.viewer, organisation.id);
    const fields = await organisationFields(ctx, input, organisation);
    ctx.em.assign(organisation, fields);
    await flushOrConflict(ctx, fields.siret);
    return organisation;
  }

  @FieldResolver(() => Commune, { nullable: true, description: 'Commune de l’adresse.' })
  commune(@Root() organisation: FacilitatorOrganisation, @Ctx() ctx: Context): Promise<Commune | null> {
    return organisation.communeCode ? ctx.loaders.communeByCode.load(organisation.communeCode) : Promise.resolve(null);
  }

  @FieldResolver(() => [Facilitator], { description: 'Facilitateurs de la structure, par nom.' })
  async facilitators(
    @Root() organisation: FacilitatorOrganisation,
    @Arg('includeInactive', { defaultValue: false, description: 'Inclure les facilitateurs qui ne sont plus en poste.' })
    includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<Facilitator[]> {
    const facilitators = await ctx.loaders.facilitatorsByOrganisation.load(organisation.id);
    return includeInactive ? facilitators : facilitators.filter((facilitator) => facilitator.active);
  }
}

/** Reference resolver: a malformed id names nothing (the kit's uuid loader) rather than failing the batch. */
export const organisationReference = referenceResolver({
  authorize: (ctx: Context) => directoryAccess.assertMayEver(ctx.viewer, 'read', 'FacilitatorOrganisation'),
  load: (ref: { id: string }, ctx: Context) => ctx.loaders.organisationRowById.load(ref.id),
});
