import { romeFamilyLabel, romeFamilyOf, romeLabel } from '@maillage/rome-codes';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { SUPPRESSED_ROLES } from '../../access/access-table';
import { assertMayEver } from '../../access/access';
import type { Context } from '../../context';
import { Placement } from '../placement/placement.entity';
import { Contract } from '../references/contract.reference';
import { InsertionReport } from '../reports/report.reference';
import { buildJobDiversity } from './job.build';
import { jobRowsOfReport } from './job.repository';
import { mainTradeOf } from './job.trade';
import { JobDiversity, PlacementJob } from './job.types';

@Resolver(() => Placement)
export class PlacementJobResolver {
  @FieldResolver(() => PlacementJob, { nullable: true, description: 'Métier occupé, codé dans le ROME (vide s’il n’est pas codé).' })
  job(@Root() placement: Placement): PlacementJob | null {
    if (!placement.romeCode) return null;
    const family = romeFamilyOf(placement.romeCode);
    return Object.assign(new PlacementJob(), {
      code: placement.romeCode, label: romeLabel(placement.romeCode) ?? 'Métier retiré du répertoire', family, familyLabel: romeFamilyLabel(family),
    });
  }
}

@Resolver(() => Contract)
export class ContractJobsResolver {
  @FieldResolver(() => JobDiversity, {
    nullable: true,
    description: 'Diversité des postes de toutes les mises en emploi du marché : familles ROME, part hors du métier principal (la famille ROME de son secteur), part occupée par des femmes.',
  })
  @Directive('@requires(fields: "sector")')
  async jobDiversity(@Root() contract: Contract, @Ctx() ctx: Context): Promise<JobDiversity> {
    assertMayEver(ctx.viewer, 'read', 'Contract.jobDiversity');
    const rows = await ctx.loaders.jobRowsByContractId.load(contract.id);
    const main = mainTradeOf(contract.sector);
    return buildJobDiversity({
      total: rows.find((row) => row.level === 'contract'), families: rows.filter((row) => row.level === 'cell'),
      cells: rows.filter((row) => row.level === 'cell'), mainTradeOf: () => main, mainTrade: main,
    }, SUPPRESSED_ROLES.includes(ctx.viewer.role));
  }
}

@Resolver(() => InsertionReport)
export class ReportJobsResolver {
  @FieldResolver(() => JobDiversity, {
    nullable: true,
    description: 'Diversité des postes des mises en emploi qui recoupent la période, sur les marchés du périmètre : familles ROME, part occupée par des femmes, ' +
      'et part hors du métier principal de leur marché (la famille ROME du secteur de chaque marché).',
  })
  @Directive('@requires(fields: "contractIds periodStart periodEnd contractSectors { contractId sector }")')
  async jobDiversity(@Root() report: InsertionReport, @Ctx() ctx: Context): Promise<JobDiversity> {
    assertMayEver(ctx.viewer, 'read', 'Contract.jobDiversity');
    const rows = await jobRowsOfReport(ctx.em, report.contractIds ?? [], { start: report.periodStart!, end: report.periodEnd! });
    const sectors = new Map((report.contractSectors ?? []).map((entry) => [entry.contractId.toLowerCase(), entry.sector]));
    return buildJobDiversity({
      total: rows.find((row) => row.level === 'total'), families: rows.filter((row) => row.level === 'family'),
      cells: rows.filter((row) => row.level === 'cell'), mainTradeOf: (id) => mainTradeOf(sectors.get(id)), mainTrade: null,
    }, SUPPRESSED_ROLES.includes(ctx.viewer.role));
  }
}
