import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Beneficiary } from './beneficiary.entity';
import { BeneficiaryExport, exportBeneficiary } from './beneficiary.export';
import { CreateBeneficiaryInput, UpdateBeneficiaryInput } from './beneficiary.inputs';
import { createBeneficiary, eraseBeneficiary, updateBeneficiary } from './beneficiary.service';

/** Writes on people. Row-level rules (territory) are checked by the services against the access table. */
@Resolver()
export class BeneficiaryMutationResolver {
  @Authorized()
  @Mutation(() => Beneficiary, { description: 'Enregistre une personne et ouvre son parcours (facilitateurs du territoire, administrateurs).' })
  createBeneficiary(@Arg('input', () => CreateBeneficiaryInput, { description: 'La personne.' }) input: CreateBeneficiaryInput, @Ctx() ctx: Context): Promise<Beneficiary> {
    return createBeneficiary(ctx, input);
  }

  @Authorized()
  @Mutation(() => Beneficiary, { description: 'Modifie une personne (champs absents inchangés).' })
  updateBeneficiary(
    @Arg('id', () => ID, { description: 'La personne.' }) id: string,
    @Arg('input', () => UpdateBeneficiaryInput, { description: 'Les changements.' }) input: UpdateBeneficiaryInput,
    @Ctx() ctx: Context,
  ): Promise<Beneficiary> {
    return updateBeneficiary(ctx, id, input);
  }

  @Authorized()
  @Mutation(() => Beneficiary, {
    description: 'Droit à l’effacement (RGPD art. 17) : anonymise l’identité et supprime les critères ; les heures restent dans les agrégats.',
  })
  eraseBeneficiary(@Arg('id', () => ID, { description: 'La personne.' }) id: string, @Ctx() ctx: Context): Promise<Beneficiary> {
    return eraseBeneficiary(ctx, id);
  }

  @Authorized()
  @Mutation(() => BeneficiaryExport, { description: 'Droit d’accès (RGPD art. 15) : toutes les données de la personne, en JSON. Journalisé.' })
  exportBeneficiary(@Arg('id', () => ID, { description: 'La personne.' }) id: string, @Ctx() ctx: Context): Promise<BeneficiaryExport> {
    return exportBeneficiary(ctx, id);
  }
}
