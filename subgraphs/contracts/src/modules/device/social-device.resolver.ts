import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuthorizedWrite } from '../access/contracts.access';
import { InsertionClause } from '../clause/insertion-clause.entity';
import { Lot } from '../lot/lot.entity';
import { SocialDeviceKind } from './social-device.enums';
import { SocialDeviceInput } from './social-device.inputs';
import { addSocialDevice, removeSocialDevice, updateSocialDevice } from './social-device.service';
import { deviceOfClause, deviceOfRecord, KIND_ORDER, SocialDevice } from './social-device.type';

/** A lot's devices, and the mutations that write them (the `Lot` rule of the access table: territory). */
@Resolver(() => Lot)
export class LotSocialDevicesResolver {
  @FieldResolver(() => [SocialDevice], {
    description: 'Dispositifs sociaux du lot, un de chaque nature au plus, dans l’ordre des natures : condition d’exécution (la clause d’insertion), critère d’attribution, réservations.',
  })
  async socialDevices(@Root() lot: Lot, @Ctx() ctx: Context): Promise<SocialDevice[]> {
    const [clause, records] = await Promise.all([ctx.loaders.clauseByLotId.load(lot.id), ctx.loaders.devicesByLotId.load(lot.id)]);
    const devices = [...(clause ? [deviceOfClause(clause)] : []), ...records.map(deviceOfRecord)];
    return devices.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  }

  @AuthorizedWrite()
  @Mutation(() => SocialDevice, {
    description:
      'Ajoute un dispositif social à un lot d’un marché ni clos ni annulé : un de chaque nature par lot (deux réservations, aux SIAE et aux EA/ESAT, peuvent aller ensemble : art. L2113-14). ' +
      'La même entrée deux fois rend le dispositif déjà enregistré ; une autre entrée pour une nature déjà portée est un CONFLICT.',
  })
  addSocialDevice(
    @Arg('lotId', () => ID, { description: 'Identifiant du lot.' }) lotId: string,
    @Arg('input', () => SocialDeviceInput, { description: 'Le dispositif : sa nature et ses seules entrées.' }) input: SocialDeviceInput,
    @Ctx() ctx: Context,
  ): Promise<SocialDevice> {
    return addSocialDevice(ctx.em, ctx.viewer, lotId, input);
  }

  @AuthorizedWrite()
  @Mutation(() => SocialDevice, { description: 'Remplace en entier les entrées d’un dispositif social (la même entrée deux fois ne change rien) ; sa nature ne change pas.' })
  updateSocialDevice(
    @Arg('id', () => ID, { description: 'Identifiant du dispositif.' }) id: string,
    @Arg('input', () => SocialDeviceInput, { description: 'Le dispositif, décrit en entier.' }) input: SocialDeviceInput,
    @Ctx() ctx: Context,
  ): Promise<SocialDevice> {
    return updateSocialDevice(ctx.em, ctx.viewer, id, input);
  }

  @AuthorizedWrite()
  @Mutation(() => Lot, { description: 'Retire le dispositif de cette nature du lot, s’il en porte un (le refaire ne change rien).' })
  removeSocialDevice(
    @Arg('lotId', () => ID, { description: 'Identifiant du lot.' }) lotId: string,
    @Arg('kind', () => SocialDeviceKind, { description: 'Nature du dispositif à retirer.' }) kind: SocialDeviceKind,
    @Ctx() ctx: Context,
  ): Promise<Lot> {
    return removeSocialDevice(ctx.em, ctx.viewer, lotId, kind);
  }
}

@Resolver(() => SocialDevice)
export class SocialDeviceResolver {
  @FieldResolver(() => Lot, { description: 'Lot qui porte le dispositif.' })
  async lot(@Root() device: SocialDevice, @Ctx() ctx: Context): Promise<Lot> {
    return (await ctx.loaders.lotById.load(device.lotId))!;
  }

  @FieldResolver(() => InsertionClause, {
    nullable: true,
    description: 'Pour une condition d’exécution : la clause d’insertion et toutes ses entrées (calcul, forçage, modalités, part de formation, sous-traitance, globalisation) ; vide pour les autres natures.',
  })
  clause(@Root() device: SocialDevice): InsertionClause | null {
    return device.clause;
  }
}
