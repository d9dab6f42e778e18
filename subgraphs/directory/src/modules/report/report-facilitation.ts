import { ReportScopeKind } from '@maillage/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ReportFacilitation } from './report-facilitation.loader';

/**
 * A report (« bilan »), owned by the contracts subgraph. The directory adds what only it knows: how many
 * facilitators serve the scope and in how many services (`facilitation`), from the scope it requires.
 */
@Directive('@key(fields: "key")')
@ObjectType({ description: 'Bilan des clauses sociales d’un périmètre sur une période (registre des marchés ; heures et personnes : champ `insertion`).' })
export class InsertionReport {
  @Field(() => ID, { description: 'Clé du bilan (périmètre, période, diviseur).' })
  key!: string;

  @Field(() => ReportScopeKind, { description: 'Type de périmètre.' })
  @Directive('@external')
  scopeKind?: ReportScopeKind;

  @Field(() => String, { nullable: true, description: 'Identifiant ou code du périmètre (vide pour la nation et le territoire du facilitateur).' })
  @Directive('@external')
  scopeCode?: string | null;
}

@Resolver(() => InsertionReport)
export class ReportFacilitationResolver {
  @FieldResolver(() => ReportFacilitation, {
    nullable: true,
    description: 'Facilitateurs et services de facilitation du périmètre, selon l’annuaire (département, région, nation ; ' +
      'vide pour un marché, un acheteur ou le territoire d’un facilitateur). Chiffres publics : l’annuaire est consultable par tous.',
  })
  @Directive('@requires(fields: "scopeKind scopeCode")')
  async facilitation(@Root() report: InsertionReport, @Ctx() ctx: Context): Promise<ReportFacilitation | null> {
    switch (report.scopeKind) {
      case ReportScopeKind.NATION:
        return ctx.loaders.facilitationByScope.load({ kind: 'NATION', code: null });
      case ReportScopeKind.REGION:
        return report.scopeCode ? ctx.loaders.facilitationByScope.load({ kind: 'REGION', code: report.scopeCode }) : null;
      case ReportScopeKind.DEPARTMENT:
        return report.scopeCode ? ctx.loaders.facilitationByScope.load({ kind: 'DEPARTMENT', code: report.scopeCode }) : null;
      default:
        return null;
    }
  }
}

/** The representation is the whole report this subgraph needs (its key and the required scope). */
export const reportReference = {
  __resolveReference: (representation: Partial<InsertionReport>) => Object.assign(new InsertionReport(), representation),
};
