import type { EntityManager } from '@mikro-orm/postgresql';
import { ReportScopeKind } from '@maillage/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';

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

@ObjectType({
  description: 'La facilitation d’un périmètre, selon l’annuaire : facilitateurs en poste dont la couverture touche le périmètre, ' +
    'et les services (structures porteuses : PLIE, maison de l’emploi, ville…) qui les emploient.',
})
export class ReportFacilitation {
  @Field(() => Int, { description: 'Facilitateurs en poste couvrant au moins une partie du périmètre (commune, EPCI, département ou région).' })
  facilitators!: number;

  @Field(() => Int, { description: 'Services de facilitation distincts qui emploient ces facilitateurs.' })
  services!: number;
}

/**
 * Active facilitators whose coverage touches the departments (all of them for the nation), and their
 * distinct organisations. A coverage touches a department when it is the department, its region, one of
 * its communes or an EPCI with a commune in it. One statement.
 */
async function facilitationOf(em: EntityManager, departments: readonly string[] | null): Promise<ReportFacilitation> {
  const [row] = await em.execute<{ facilitators: number; services: number }[]>(
    `WITH scope AS (SELECT d.code, d.region_code FROM department d WHERE ?::text[] IS NULL OR d.code = ANY(?::text[])),
     covering AS (
       SELECT DISTINCT f.id, f.organisation_id
         FROM facilitator f JOIN facilitator_coverage c ON c.facilitator_id = f.id
        WHERE f.active AND (
              c.department_code IN (SELECT code FROM scope)
           OR c.region_code IN (SELECT region_code FROM scope)
           OR c.commune_code IN (SELECT m.code FROM commune m JOIN scope ON scope.code = m.department_code)
           OR c.epci_code IN (SELECT m.epci_code FROM commune m JOIN scope ON scope.code = m.department_code WHERE m.epci_code IS NOT NULL)))
     SELECT count(*)::int AS facilitators, count(DISTINCT organisation_id)::int AS services FROM covering`,
    [departments ? `{${departments.join(',')}}` : null, departments ? `{${departments.join(',')}}` : null],
  );
  return Object.assign(new ReportFacilitation(), { facilitators: row?.facilitators ?? 0, services: row?.services ?? 0 });
}

async function departmentsOfRegion(em: EntityManager, region: string): Promise<string[]> {
  const rows = await em.execute<{ code: string }[]>('SELECT code FROM department WHERE region_code = ? ORDER BY code', [region]);
  return rows.map((row) => row.code);
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
        return facilitationOf(ctx.em, null);
      case ReportScopeKind.REGION:
        return report.scopeCode ? facilitationOf(ctx.em, await departmentsOfRegion(ctx.em, report.scopeCode)) : null;
      case ReportScopeKind.DEPARTMENT:
        return report.scopeCode ? facilitationOf(ctx.em, [report.scopeCode]) : null;
      default:
        return null;
    }
  }
}

/** The representation is the whole report this subgraph needs (its key and the required scope). */
export const reportReference = {
  __resolveReference: (representation: Partial<InsertionReport>) => Object.assign(new InsertionReport(), representation),
};
