import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../shared/scalars';
import { HoursStatement } from './hours-statement.entity';

@InputType({ description: 'Une ligne d’un lot de relevés d’heures.' })
export class HoursLineInput {
  @Field(() => ID, { description: 'La mise en emploi.' })
  placementId!: string;

  @Field({ description: 'Mois (AAAA-MM).' })
  month!: string;

  @Field(() => DecimalScalar, { description: 'Heures travaillées.' })
  hoursWorked!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures de formation (0 par défaut).' })
  trainingHours?: string | null;
}

export enum LineStatus {
  DECLARED = 'DECLARED',
  REJECTED = 'REJECTED',
}

registerEnumType(LineStatus, {
  name: 'HoursLineStatus',
  description: 'Sort d’une ligne d’un lot.',
  valuesConfig: { DECLARED: { description: 'Enregistrée (version 1)' }, REJECTED: { description: 'Refusée : voir error' } },
});

@ObjectType({ description: 'Pourquoi une ligne a été refusée : même code et même champ que l’erreur de la mutation unitaire.' })
export class LineError {
  @Field({ description: 'BAD_USER_INPUT, CONFLICT, FORBIDDEN ou NOT_FOUND.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Champ en cause, préfixé par la ligne (ex. lines.3.month).' })
  field!: string | null;

  @Field({ description: 'La règle enfreinte (sans donnée personnelle).' })
  message!: string;
}

@ObjectType({ description: 'Résultat d’une ligne, dans l’ordre du lot.' })
export class HoursLineResult {
  @Field(() => Int, { description: 'Rang de la ligne dans le lot (à partir de 0).' })
  index!: number;

  @Field(() => LineStatus, { description: 'Enregistrée ou refusée.' })
  status!: LineStatus;

  /** Resolved by `HoursLineResultResolver`, from `statementId`, only when asked for. */
  @Field(() => HoursStatement, { nullable: true, description: 'Le relevé créé (lignes enregistrées).' })
  statement?: HoursStatement | null;

  /** The statement written for this line (declared lines). */
  statementId!: string | null;

  @Field(() => LineError, { nullable: true, description: 'L’erreur (lignes refusées).' })
  error!: LineError | null;
}

@ObjectType({ description: 'Résultat d’un lot de relevés d’heures.' })
export class HoursBatchResult {
  @Field({ description: 'La clé d’idempotence du lot.' })
  idempotencyKey!: string;

  @Field({ description: 'Vrai quand ce lot avait déjà été reçu avec cette clé : rien n’a été écrit, le premier résultat est rejoué.' })
  replayed!: boolean;

  @Field(() => Int, { description: 'Nombre de lignes enregistrées.' })
  declared!: number;

  @Field(() => Int, { description: 'Nombre de lignes refusées.' })
  rejected!: number;

  @Field(() => [HoursLineResult], { description: 'Une entrée par ligne, dans l’ordre.' })
  lines!: HoursLineResult[];
}
