import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AuthorizedWrite } from '../access/contracts.access';
import { Contract } from './contract.entity';
import { ContractStatus } from './contract.enums';
import { CreateContractInput, UpdateContractInput } from './contract.inputs';
import { changeContractStatus, createContract, updateContract } from './contract.service';

@Resolver(() => Contract)
export class ContractMutationResolver {
  @AuthorizedWrite()
  @Mutation(() => Contract, {
    description: 'Crée un marché au statut DRAFT, avec ses lots et leurs clauses (facilitateur de son territoire ou admin).',
  })
  createContract(@Arg('input', () => CreateContractInput, { description: 'Données de l’opération.' }) input: CreateContractInput, @Ctx() ctx: Context): Promise<Contract> {
    return createContract(ctx.em, ctx.viewer, input);
  }

  @AuthorizedWrite()
  @Mutation(() => Contract, { description: 'Modifie un marché qui n’est ni clos ni annulé.' })
  updateContract(
    @Arg('id', () => ID, { description: 'Identifiant du marché.' }) id: string,
    @Arg('input', () => UpdateContractInput, { description: 'Données de l’opération.' }) input: UpdateContractInput,
    @Ctx() ctx: Context,
  ): Promise<Contract> {
    return updateContract(ctx.em, ctx.viewer, id, input);
  }

  @AuthorizedWrite()
  @Mutation(() => Contract, {
    description:
      'Fait avancer le marché dans son cycle de vie. Une transition interdite est un CONFLICT dont extensions.allowed ' +
      'liste les étapes permises ; redemander l’étape courante ne change rien.',
  })
  changeContractStatus(
    @Arg('id', () => ID, { description: 'Identifiant du marché.' }) id: string,
    @Arg('status', () => ContractStatus, { description: 'Étape visée.' }) status: ContractStatus,
    @Ctx() ctx: Context,
  ): Promise<Contract> {
    return changeContractStatus(ctx.em, ctx.viewer, id, status);
  }
}
