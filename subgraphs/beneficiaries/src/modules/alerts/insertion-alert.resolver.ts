import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertMayEver } from '../../access/access';
import type { Context } from '../../context';
import { AlertBoard } from './alert-board.reference';
import { buildInsertionAlerts, endingWindow, lastMonthOf } from './insertion-alert.build';
import { contractFigures, placementsEndingWithoutOutcome } from './insertion-alert.repository';
import { InsertionAlert } from './insertion-alert.types';

/**
 * The alerts of the hours, placements and outcomes this subgraph holds, for the contracts the contracts
 * subgraph watches (`@requires`): two statements per board, whatever the number of contracts. Placements
 * follow the access table: the facilitator's own (or, for the digest's service account, the territories the
 * board was saved with) — and an alert never names a person.
 */
@Resolver(() => AlertBoard)
export class InsertionAlertResolver {
  @FieldResolver(() => [InsertionAlert], {
    nullable: true,
    description: 'Alertes des heures et des parcours : marchés en retard, sans heures déclarées le mois dernier, terminés sous leur objectif ; mises en emploi qui se terminent dans les 30 jours sans sortie enregistrée.',
  })
  @Directive('@requires(fields: "on paceTolerance territories contracts { id reference inExecution closed hoursTarget executionStart executionEnd }")')
  async insertionAlerts(@Root() board: AlertBoard, @Ctx() ctx: Context): Promise<InsertionAlert[]> {
    assertMayEver(ctx.viewer, 'read', 'Placement');
    const on = board.on!;
    const contracts = board.contracts ?? [];
    const ids = contracts.map((contract) => contract.id);
    // The digest is read by a service account (admin): it sees what the facilitator would.
    const viewer = ctx.viewer.role === 'admin' ? { role: 'facilitator' as const, territories: board.territories ?? [] } : ctx.viewer;
    const { month, first, last } = lastMonthOf(on);
    const { from, to } = endingWindow(on);
    const [figures, ending] = await Promise.all([
      contractFigures(ctx.em, ids, month, first, last),
      placementsEndingWithoutOutcome(ctx.em, viewer, ids, from, to),
    ]);
    return buildInsertionAlerts({ contracts, figures, ending, on, tolerance: Number(board.paceTolerance ?? '10') });
  }
}
