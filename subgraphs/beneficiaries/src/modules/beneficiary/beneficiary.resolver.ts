import { ConnectionType, PageArgs } from '@maillage/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { accessError, can } from '../../access/access';
import { Guarded } from '../../access/field-guard';
import { subjectOfBeneficiary, subjectOfPlacement } from '../../access/subjects';
import { assertMayReadPeople, loadVisibleBeneficiary } from '../../access/visibility';
import type { Context } from '../../context';
import { BeneficiaryCriterion } from '../criterion/beneficiary-criterion.entity';
import { criterionResource, Sensitivity } from '../criterion/criterion.enums';
import { Eligibility, eligibilityHeldOn } from '../criterion/eligibility';
import { Path } from '../path/path.entity';
import { Placement } from '../placement/placement.entity';
import { Commune, communeStub } from '../references/commune.reference';
import { Structure, structureStub } from '../references/structure.reference';
import { today } from '../shared/month';
import { LocalDateScalar } from '../shared/scalars';
import { Beneficiary } from './beneficiary.entity';
import { BeneficiaryFilter } from './beneficiary.inputs';
import { findBeneficiariesPage } from './beneficiary.repository';

export const BeneficiaryConnection = ConnectionType('Beneficiary', Beneficiary, 'Une page de personnes en parcours.');

@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @Authorized()
  @Query(() => Beneficiary, { nullable: true, description: 'Une personne en parcours (vide si elle n’existe pas ou si vous ne pouvez rien en lire).' })
  beneficiary(@Arg('id', () => ID, { description: 'Identifiant de la personne.' }) id: string, @Ctx() ctx: Context): Promise<Beneficiary | null> {
    return loadVisibleBeneficiary(ctx, id);
  }

  @Authorized()
  @Query(() => BeneficiaryConnection, {
    description: 'Les personnes que vous pouvez voir (territoire, structure référente, employeur), des plus anciennes aux plus récentes.',
  })
  beneficiaries(
    @Arg('filter', () => BeneficiaryFilter, { nullable: true, description: 'Filtres (tous facultatifs).' }) filter: BeneficiaryFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    assertMayReadPeople(ctx);
    return findBeneficiariesPage(ctx.em, ctx.viewer, filter ?? {}, page);
  }

  @FieldResolver(() => Commune, { nullable: true, description: 'Commune de résidence.' })
  @Guarded('residenceCommune')
  residenceCommune(@Root() beneficiary: Beneficiary): Commune | null {
    return beneficiary.residenceCommuneCode ? communeStub(beneficiary.residenceCommuneCode) : null;
  }

  @FieldResolver(() => Structure, { nullable: true, description: 'Structure référente.' })
  @Guarded('referentStructure')
  referentStructure(@Root() beneficiary: Beneficiary): Structure | null {
    return beneficiary.referentStructureId ? structureStub(beneficiary.referentStructureId) : null;
  }

  @FieldResolver(() => Eligibility, { nullable: true, description: 'Éligibilité à une date (par défaut aujourd’hui), et le critère qui la porte ; appréciée à l’embauche, elle vaut pour toute la mise en emploi.' })
  @Guarded('eligibility')
  async eligibility(
    @Root() beneficiary: Beneficiary,
    @Arg('on', () => LocalDateScalar, { nullable: true, description: 'La date considérée (par défaut : aujourd’hui).' }) on: string | null,
    @Ctx() ctx: Context,
  ): Promise<Eligibility> {
    const subject = await subjectOfBeneficiary(beneficiary, ctx);
    const readable = Object.values(Sensitivity).filter((tier) => can(ctx.viewer, 'read', criterionResource(tier), subject));
    const [criteria, placements, catalogue] = await Promise.all([
      ctx.loaders.criteriaByBeneficiaryId.load(beneficiary.id), ctx.loaders.placementsByBeneficiaryId.load(beneficiary.id), ctx.loaders.catalogue(),
    ]);
    return eligibilityHeldOn(criteria, placements, catalogue, on ?? today(), readable);
  }

  @FieldResolver(() => [BeneficiaryCriterion], {
    nullable: true,
    description: 'Critères d’éligibilité enregistrés, limités aux niveaux de sensibilité que vous pouvez lire (santé, justice : facilitateurs du territoire).',
  })
  async criteria(@Root() beneficiary: Beneficiary, @Ctx() ctx: Context): Promise<BeneficiaryCriterion[]> {
    const subject = await subjectOfBeneficiary(beneficiary, ctx);
    const readable = Object.values(Sensitivity).filter((tier) => can(ctx.viewer, 'read', criterionResource(tier), subject));
    if (readable.length === 0) throw accessError(ctx.viewer, 'read', criterionResource(Sensitivity.ORDINARY));
    const [criteria, catalogue] = await Promise.all([ctx.loaders.criteriaByBeneficiaryId.load(beneficiary.id), ctx.loaders.catalogue()]);
    const shown = criteria.filter((criterion) => readable.includes(catalogue.get(criterion.criterionId)!.sensitivity));
    const tiers = [...new Set(shown.map((criterion) => catalogue.get(criterion.criterionId)!.sensitivity))];
    const fields = tiers.length > 0 ? tiers.map((tier) => `criteria(${tier.toLowerCase()})`) : ['criteria'];
    await Promise.all(fields.map((field) => ctx.loaders.readAudit.record(ctx, beneficiary.id, field)));
    return shown;
  }

  @FieldResolver(() => [Path], { nullable: true, description: 'Parcours, du plus ancien au plus récent.' })
  async paths(@Root() beneficiary: Beneficiary, @Ctx() ctx: Context): Promise<Path[]> {
    if (!can(ctx.viewer, 'read', 'Path', await subjectOfBeneficiary(beneficiary, ctx))) throw accessError(ctx.viewer, 'read', 'Path');
    return ctx.loaders.pathsByBeneficiaryId.load(beneficiary.id);
  }

  @FieldResolver(() => [Placement], { nullable: true, description: 'Mises en emploi que vous pouvez voir (un employeur ne voit que les siennes).' })
  async placements(@Root() beneficiary: Beneficiary, @Ctx() ctx: Context): Promise<Placement[]> {
    const placements = await ctx.loaders.placementsByBeneficiaryId.load(beneficiary.id);
    const visible = await Promise.all(placements.map(async (placement) => can(ctx.viewer, 'read', 'Placement', await subjectOfPlacement(placement, ctx))));
    return placements.filter((_placement, index) => visible[index]);
  }
}
