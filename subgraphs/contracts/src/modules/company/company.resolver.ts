import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuthorizedRead, AuthorizedWrite } from '../access/contracts.access';
import { ContractParty } from '../party/contract-party.entity';
import { Commune, communeStub } from '../references/commune.reference';
import { requireSiret } from '../shared/validation';
import { Company } from './company.entity';
import { CreateCompanyInput, UpdateCompanyInput } from './company.inputs';
import { createCompany, updateCompany } from './company.service';

@Resolver(() => Company)
export class CompanyResolver {
  @AuthorizedRead()
  @Query(() => Company, { nullable: true, description: 'Une entreprise par son SIRET.' })
  company(@Arg('siret', { description: 'SIRET (14 chiffres).' }) siret: string, @Ctx() ctx: Context): Promise<Company | null> {
    return ctx.loaders.companyBySiret.load(requireSiret(siret, 'siret'));
  }

  @FieldResolver(() => Commune, { nullable: true, description: 'Commune de l’établissement.' })
  commune(@Root() company: Company): Commune | null {
    return company.communeCode ? communeStub(company.communeCode) : null;
  }

  @FieldResolver(() => [ContractParty], { description: 'Interventions de l’entreprise sur des marchés (titulaire, co-traitante, sous-traitante).' })
  parties(@Root() company: Company, @Ctx() ctx: Context): Promise<ContractParty[]> {
    return ctx.loaders.partiesByCompanySiret.load(company.siret);
  }

  @AuthorizedWrite()
  @Mutation(() => Company, { description: 'Enregistre une entreprise ; un SIRET déjà connu est un CONFLICT.' })
  createCompany(@Arg('input', () => CreateCompanyInput, { description: 'Données de l’opération.' }) input: CreateCompanyInput, @Ctx() ctx: Context): Promise<Company> {
    return createCompany(ctx.em, input);
  }

  @AuthorizedWrite()
  @Mutation(() => Company, { description: 'Modifie une entreprise.' })
  updateCompany(
    @Arg('siret', { description: 'SIRET de l’entreprise.' }) siret: string,
    @Arg('input', () => UpdateCompanyInput, { description: 'Données de l’opération.' }) input: UpdateCompanyInput,
    @Ctx() ctx: Context,
  ): Promise<Company> {
    return updateCompany(ctx.em, siret, input);
  }
}
