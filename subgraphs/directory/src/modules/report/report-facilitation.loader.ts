import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Field, Int, ObjectType } from 'type-graphql';

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

/** A scope the directory counts facilitation for: the nation, a region (by code) or a department (by code). */
export interface FacilitationScope {
  kind: 'NATION' | 'REGION' | 'DEPARTMENT';
  code: string | null;
}

/**
 * For each scope, the active facilitators whose coverage touches its departments (all of them for the
 * nation), and their distinct organisations. A coverage touches a department when it is the department, its
 * region, one of its communes or an EPCI with a commune in it. One statement for every scope of a request:
 * a national report asks for the nation and its 18 regions at once.
 */
async function facilitationOf(em: EntityManager, scopes: readonly FacilitationScope[]): Promise<ReportFacilitation[]> {
  const rows = await em.execute<{ position: number; facilitators: number; services: number }[]>(
    `WITH asked AS (SELECT x.position, x.kind, x.code FROM jsonb_to_recordset(?::jsonb) AS x(position int, kind text, code text)),
     scope AS (
       SELECT a.position, d.code, d.region_code FROM asked a JOIN department d
           ON a.kind = 'NATION' OR (a.kind = 'REGION' AND d.region_code = a.code) OR (a.kind = 'DEPARTMENT' AND d.code = a.code)),
     touched AS (
       SELECT s.position, c.facilitator_id FROM scope s JOIN facilitator_coverage c ON c.department_code = s.code
       UNION SELECT s.position, c.facilitator_id FROM scope s JOIN facilitator_coverage c ON c.region_code = s.region_code
       UNION SELECT s.position, c.facilitator_id FROM scope s JOIN commune m ON m.department_code = s.code JOIN facilitator_coverage c ON c.commune_code = m.code
       UNION SELECT s.position, c.facilitator_id FROM scope s JOIN commune m ON m.department_code = s.code AND m.epci_code IS NOT NULL
               JOIN facilitator_coverage c ON c.epci_code = m.epci_code)
     SELECT t.position, count(*)::int AS facilitators, count(DISTINCT f.organisation_id)::int AS services
       FROM touched t JOIN facilitator f ON f.id = t.facilitator_id AND f.active
      GROUP BY t.position`,
    [JSON.stringify(scopes.map((scope, position) => ({ position, kind: scope.kind, code: scope.code })))],
  );
  const byPosition = new Map(rows.map((row) => [row.position, row]));
  return scopes.map((_, position) => Object.assign(new ReportFacilitation(), {
    facilitators: byPosition.get(position)?.facilitators ?? 0, services: byPosition.get(position)?.services ?? 0,
  }));
}

/** Per request: every report's facilitation in one statement (`facilitationOf`). */
export function createFacilitationLoader(em: EntityManager): DataLoader<FacilitationScope, ReportFacilitation, string> {
  return new DataLoader((scopes) => facilitationOf(em, scopes), { cacheKeyFn: (scope) => `${scope.kind}:${scope.code ?? ''}` });
}
