import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Commune, communeStub } from '../references/commune.reference';
import { Structure, structureStub } from '../references/structure.reference';
import { assertMayReadBeneficiaries } from './beneficiary.access';
import { Beneficiary } from './beneficiary.entity';

@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @Query(() => Beneficiary, { nullable: true, description: 'Une personne en parcours (accès restreint).' })
  beneficiary(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Beneficiary | null> {
    assertMayReadBeneficiaries(ctx.viewer);
    return ctx.loaders.beneficiaryById.load(id);
  }

  @FieldResolver(() => Commune, { description: 'Commune de résidence.' })
  residenceCommune(@Root() beneficiary: Beneficiary): Commune {
    return communeStub(beneficiary.residenceCommuneCode);
  }

  @FieldResolver(() => Structure, { nullable: true, description: 'Structure référente du parcours.' })
  referentStructure(@Root() beneficiary: Beneficiary): Structure | null {
    return beneficiary.referentStructureId ? structureStub(beneficiary.referentStructureId) : null;
  }
}
