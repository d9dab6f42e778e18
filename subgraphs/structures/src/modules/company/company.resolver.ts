import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { assertMayReadStructures } from '../structure/structure.access';
import { Structure } from '../structure/structure.entity';
import { Company } from './company.reference';

@Resolver(() => Company)
export class CompanyResolver {
  @FieldResolver(() => Structure, {
    nullable: true,
    description: "La structure d'insertion (SIAE, EA, ESAT…) qui porte le même SIRET que l'entreprise, s'il y en a une.",
  })
  insertionStructure(@Root() company: Company, @Ctx() ctx: Context): Promise<Structure | null> {
    assertMayReadStructures(ctx.viewer);
    return ctx.loaders.structureBySiret(company.siret);
  }
}
