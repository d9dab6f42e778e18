import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Lot } from '../lot/lot.entity';
import { calculateInsertionHours } from './hours-formula';
import { HoursCalculation, HoursMethod, toHoursCalculation } from './hours-calculation.type';
import { InsertionClause } from './insertion-clause.entity';
import { HoursFormulaInput } from './insertion-clause.inputs';

@Resolver(() => InsertionClause)
export class InsertionClauseResolver {
  @Authorized()
  @Query(() => HoursCalculation, {
    description:
      'Calculateur seul, pour rédiger une clause : montant HT × part de main-d’œuvre × taux d’insertion ÷ coût horaire. ' +
      'Rien n’est enregistré.',
  })
  insertionHoursEstimate(@Arg('input', () => HoursFormulaInput, { description: 'Données de l’opération.' }) input: HoursFormulaInput): HoursCalculation {
    return toHoursCalculation(calculateInsertionHours(input, 'input'));
  }

  @FieldResolver(() => HoursMethod, { description: 'Origine de l’objectif : calcul ou forçage manuel.' })
  hoursMethod(@Root() clause: InsertionClause): HoursMethod {
    return clause.manualHours != null ? HoursMethod.MANUAL : HoursMethod.FORMULA;
  }

  @FieldResolver(() => HoursCalculation, {
    nullable: true,
    description: 'Le calcul et toutes ses entrées, tels qu’enregistrés (même quand un forçage manuel le remplace).',
  })
  formula(@Root() clause: InsertionClause): HoursCalculation | null {
    if (clause.formulaAmount == null || clause.labourShare == null || clause.insertionRate == null || clause.hourlyCost == null || clause.formulaHours == null) {
      return null;
    }
    const values = { amount: clause.formulaAmount, labourShare: clause.labourShare, insertionRate: clause.insertionRate, hourlyCost: clause.hourlyCost };
    // The stored result stands (it is what was agreed); the exact value is recomputed from the stored inputs.
    return toHoursCalculation({ ...calculateInsertionHours(values, 'formula'), hours: clause.formulaHours! });
  }

  @FieldResolver(() => Lot, { description: 'Lot qui porte la clause.' })
  async lot(@Root() clause: InsertionClause, @Ctx() ctx: Context): Promise<Lot> {
    return (await ctx.loaders.lotById.load(clause.lot.id))!;
  }
}
