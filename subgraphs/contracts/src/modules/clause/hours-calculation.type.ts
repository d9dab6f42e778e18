import { DecimalScalar } from '@maillage/subgraph-kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { HOURS_ROUNDING_RULE, type HoursCalculation as Calculation } from './hours-formula';

/** How a clause's hours target was reached. */
export enum HoursMethod {
  FORMULA = 'FORMULA',
  MANUAL = 'MANUAL',
}
registerEnumType(HoursMethod, {
  name: 'HoursMethod',
  description: 'Origine de l’objectif d’heures.',
  valuesConfig: {
    FORMULA: { description: 'Calculé : montant HT × part de main-d’œuvre × taux d’insertion ÷ coût horaire' },
    MANUAL: { description: 'Fixé à la main, avec une justification' },
  },
});

/** The hours formula with its inputs and result: a clause's record of how its target was computed. */
@ObjectType({ description: 'Calcul d’heures d’insertion : montant HT × part de main-d’œuvre × taux d’insertion ÷ coût horaire.' })
export class HoursCalculation implements Calculation {
  @Field(() => DecimalScalar, { description: 'Montant hors taxes, en euros.' })
  amount!: string;

  @Field(() => DecimalScalar, { description: 'Part de main-d’œuvre dans le montant (0.5 = 50 %).' })
  labourShare!: string;

  @Field(() => DecimalScalar, { description: 'Taux d’insertion (0.05 = 5 %).' })
  insertionRate!: string;

  @Field(() => DecimalScalar, { description: 'Coût horaire moyen chargé, en euros.' })
  hourlyCost!: string;

  @Field(() => DecimalScalar, { description: 'Heures, arrondies selon `roundingRule` (ex. "833.00").' })
  hours!: string;

  @Field(() => DecimalScalar, { description: 'Résultat exact avant arrondi, à deux décimales (ex. "833.33").' })
  exactHours!: string;

  @Field({ description: 'Règle d’arrondi appliquée.' })
  roundingRule: string = HOURS_ROUNDING_RULE;
}

export function toHoursCalculation(calculation: Calculation): HoursCalculation {
  return Object.assign(new HoursCalculation(), calculation);
}
