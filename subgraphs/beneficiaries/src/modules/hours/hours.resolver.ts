import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Placement } from '../placement/placement.entity';
import { HoursStatement } from './hours-statement.entity';
import { HoursBatchResult, HoursLineInput, HoursLineResult } from './hours-batch.types';
import { declareHoursBatch, MAX_BATCH_LINES } from './hours-batch.service';
import { CorrectHoursInput, DeclareHoursInput } from './hours.inputs';
import { correctHoursStatement, declareHours } from './hours.service';

/**
 * Monthly hour statements. Statements are only reached through a placement the viewer may read, or
 * returned to whoever just wrote them, so they need no guard of their own.
 */
@Resolver(() => HoursStatement)
export class HoursResolver {
  @FieldResolver(() => Placement, { description: 'La mise en emploi.' })
  async placement(@Root() statement: HoursStatement, @Ctx() ctx: Context): Promise<Placement> {
    return (await ctx.loaders.placementById.load(statement.placementId))!;
  }

  @FieldResolver(() => [HoursStatement], { description: 'Toutes les versions de ce mois pour cette mise en emploi, de la première à la dernière.' })
  history(@Root() statement: HoursStatement, @Ctx() ctx: Context): Promise<HoursStatement[]> {
    return ctx.loaders.statementHistory.load(`${statement.placementId}|${statement.month}`);
  }

  @Authorized()
  @Mutation(() => HoursStatement, {
    description: 'Déclare les heures d’un mois (facilitateur du territoire, ou l’employeur pour ses mises en emploi). ' +
      'Un mois déjà déclaré : CONFLICT, utiliser correctHoursStatement.',
  })
  declareHours(@Arg('input', () => DeclareHoursInput, { description: 'Le relevé à déclarer.' }) input: DeclareHoursInput, @Ctx() ctx: Context): Promise<HoursStatement> {
    return declareHours(ctx, input);
  }

  @Authorized()
  @Mutation(() => HoursBatchResult, {
    description: `Déclare un lot de 1 à ${MAX_BATCH_LINES} lignes. Chaque ligne est traitée séparément (pas tout-ou-rien) : ` +
      'les lignes valides sont enregistrées, les autres refusées avec leur erreur (code, champ, règle) ; la mutation ne ' +
      'réussit ou n’échoue en bloc que pour la clé ou le nombre de lignes. Renvoyer le même lot avec la même clé ' +
      'd’idempotence ne change rien et rejoue le premier résultat (replayed: true) ; la même clé avec d’autres lignes : CONFLICT.',
  })
  declareHoursBatch(
    @Arg('idempotencyKey', { description: 'Clé choisie par l’appelant, unique par lot (8 à 100 caractères).' }) idempotencyKey: string,
    @Arg('lines', () => [HoursLineInput], { description: 'Les lignes du lot (1 à 1 000).' }) lines: HoursLineInput[],
    @Ctx() ctx: Context,
  ): Promise<HoursBatchResult> {
    return declareHoursBatch(ctx, idempotencyKey, lines);
  }

  @Authorized()
  @Mutation(() => HoursStatement, {
    description: 'Corrige la version en vigueur d’un relevé : crée une nouvelle version (auteur, motif) ; l’historique reste lisible.',
  })
  correctHoursStatement(
    @Arg('statementId', () => ID, { description: 'La version en vigueur à corriger.' }) statementId: string,
    @Arg('input', () => CorrectHoursInput, { description: 'Les heures corrigées et le motif.' }) input: CorrectHoursInput,
    @Ctx() ctx: Context,
  ): Promise<HoursStatement> {
    return correctHoursStatement(ctx, statementId, input);
  }
}

/** A batch line's statement, read only when the caller selects it (every line of the batch in one query). */
@Resolver(() => HoursLineResult)
export class HoursLineResultResolver {
  @FieldResolver(() => HoursStatement, { nullable: true, description: 'Le relevé créé (lignes enregistrées).' })
  async statement(@Root() line: HoursLineResult, @Ctx() ctx: Context): Promise<HoursStatement | null> {
    return line.statementId ? ctx.loaders.statementById.load(line.statementId) : null;
  }
}
