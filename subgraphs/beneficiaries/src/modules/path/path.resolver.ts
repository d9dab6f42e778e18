import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { accessError, can } from '../../access/access';
import { subjectOfBeneficiary } from '../../access/subjects';
import type { Context } from '../../context';
import { Structure, structureStub } from '../references/structure.reference';
import { LocalDateScalar } from '../shared/scalars';
import { Outcome } from './outcome.entity';
import { Path } from './path.entity';
import { OpenPathInput, RecordOutcomeInput } from './path.inputs';
import { closePath, openPath, recordOutcome } from './path.service';

/** Paths are reached through `Beneficiary.paths` (guarded by the `Path` rule) or returned to their writer. */
@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => Structure, { nullable: true, description: 'Structure référente du parcours.' })
  referentStructure(@Root() path: Path): Structure | null {
    return path.referentStructureId ? structureStub(path.referentStructureId) : null;
  }

  @FieldResolver(() => [Outcome], { nullable: true, description: 'Sorties observées (à la fin, puis six mois après).' })
  async outcomes(@Root() path: Path, @Ctx() ctx: Context): Promise<Outcome[]> {
    const beneficiary = await ctx.loaders.beneficiaryById.load(path.beneficiaryId);
    if (!beneficiary || !can(ctx.viewer, 'read', 'Outcome', await subjectOfBeneficiary(beneficiary, ctx))) throw accessError(ctx.viewer, 'read', 'Outcome');
    return ctx.loaders.outcomesByPathId.load(path.id);
  }

  @Authorized()
  @Mutation(() => Path, { description: 'Ouvre un nouveau parcours (la personne ne doit pas en avoir un en cours).' })
  openPath(@Arg('input', () => OpenPathInput, { description: 'Le parcours à ouvrir.' }) input: OpenPathInput, @Ctx() ctx: Context): Promise<Path> {
    return openPath(ctx, input);
  }

  @Authorized()
  @Mutation(() => Path, { description: 'Termine un parcours à une date (ses mises en emploi doivent être terminées).' })
  closePath(@Arg('pathId', () => ID, { description: 'Le parcours.' }) pathId: string, @Arg('endedOn', () => LocalDateScalar, { description: 'Dernier jour du parcours.' }) endedOn: string, @Ctx() ctx: Context): Promise<Path> {
    return closePath(ctx, pathId, endedOn);
  }

  @Authorized()
  @Mutation(() => Outcome, { description: 'Enregistre la sortie d’un parcours terminé : à la fin, ou six mois après.' })
  recordOutcome(@Arg('pathId', () => ID, { description: 'Le parcours terminé.' }) pathId: string, @Arg('input', () => RecordOutcomeInput, { description: 'La sortie observée.' }) input: RecordOutcomeInput, @Ctx() ctx: Context): Promise<Outcome> {
    return recordOutcome(ctx, pathId, input);
  }
}
