import { ForbiddenError, LocalDateScalar, rolesGranted } from '@maillage/subgraph-kit';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_TABLE } from '../../access/access-table';
import type { Context } from '../../context';
import { contractsAccess } from '../access/contracts.access';
import { AlertSetting } from './alert-setting.entity';
import { buildBoard, parseBoardKey, saveSettings, settingsOf, validateDate } from './alert.service';
import { AlertBoard, AlertDigest, AlertSettingsInput } from './alert.types';

/**
 * A facilitator's alerts and their settings. Settings belong to the facilitator who saved them (their
 * identity's subject): nobody else reads or writes them. The digests are for the service that e-mails
 * them (an admin service account).
 */
@Resolver()
export class AlertResolver {
  @Authorized(...rolesGranted(ACCESS_TABLE.AlertSettings.read))
  @Query(() => AlertSetting, { description: 'Vos réglages d’alertes (les valeurs par défaut si vous n’en avez pas enregistré).' })
  alertSettings(@Ctx() ctx: Context): Promise<AlertSetting> {
    return settingsOf(ctx.em, subjectOf(ctx));
  }

  @Authorized(...rolesGranted(ACCESS_TABLE.AlertSettings.write))
  @Mutation(() => AlertSetting, { description: 'Enregistre vos réglages d’alertes (tolérance, adresse du récapitulatif hebdomadaire) ; rejouable sans effet de bord.' })
  setAlertSettings(@Arg('input', () => AlertSettingsInput, { description: 'Les réglages.' }) input: AlertSettingsInput, @Ctx() ctx: Context): Promise<AlertSetting> {
    subjectOf(ctx);
    return saveSettings(ctx.em, ctx.viewer, input);
  }

  // The viewer's own board (`self`): built from their subject, territories and settings.
  @Authorized('facilitator')
  @Query(() => AlertBoard, { description: 'Ce qui demande votre attention : les alertes des marchés de votre territoire, expliquées.' })
  async alertBoard(@Arg('on', () => LocalDateScalar, { nullable: true, description: 'Date des alertes (AAAA-MM-JJ ; aujourd’hui par défaut).' }) on: string | null, @Ctx() ctx: Context): Promise<AlertBoard> {
    const settings = await settingsOf(ctx.em, subjectOf(ctx));
    return buildBoard(ctx.em, { subject: subjectOf(ctx), territories: [...ctx.viewer.territories], paceTolerance: settings.paceTolerance, on: validateDate(on) });
  }

  @Authorized(...rolesGranted(ACCESS_TABLE.AlertDigest.read))
  @Query(() => [AlertDigest], { description: 'Les récapitulatifs hebdomadaires à envoyer : un par facilitateur qui a donné une adresse (service d’envoi, administrateurs).' })
  async alertDigests(@Arg('on', () => LocalDateScalar, { nullable: true, description: 'Date des alertes (aujourd’hui par défaut).' }) on: string | null, @Ctx() ctx: Context): Promise<AlertDigest[]> {
    const date = validateDate(on);
    const subscribed = await ctx.em.find(AlertSetting, { digestEmail: { $ne: null } }, { orderBy: { subject: 'asc' } });
    return Promise.all(subscribed.map(async (setting) => Object.assign(new AlertDigest(), {
      email: setting.digestEmail!,
      board: await buildBoard(ctx.em, { subject: setting.subject, territories: setting.territories, paceTolerance: setting.paceTolerance, on: date }),
    })));
  }
}

function subjectOf(ctx: Context): string {
  if (!ctx.viewer.subject) throw new ForbiddenError('your identity carries no subject: alert settings need one');
  return ctx.viewer.subject;
}

/**
 * `__resolveReference` of a board: rebuilt from its key, for the facilitator it belongs to (or an admin);
 * anyone else gets FORBIDDEN — it bypasses `@Authorized`, so the rule is here.
 */
export async function resolveBoardReference(reference: { key: string }, ctx: Context): Promise<AlertBoard> {
  const request = parseBoardKey(String(reference.key));
  if (!contractsAccess.can(ctx.viewer, 'read', 'AlertBoard', { subject: request.subject })) {
    throw contractsAccess.accessError(ctx.viewer, 'read', 'AlertBoard');
  }
  return buildBoard(ctx.em, request);
}
