import { DecimalScalar, LocalDateScalar } from '@maillage/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by contracts: a contract the board watches (the input of `insertionAlerts`); every field external. */
@ObjectType({ description: 'Un marché suivi par le tableau des alertes : ce dont le sous-graphe beneficiaries a besoin pour ses alertes.' })
export class WatchedContract {
  @Field(() => ID, { description: 'Identifiant du marché.' })
  @Directive('@external')
  id!: string;

  @Field({ description: 'Référence du marché.' })
  @Directive('@external')
  reference!: string;

  @Field({ description: 'Vrai si le marché est en exécution.' })
  @Directive('@external')
  inExecution!: boolean;

  @Field({ description: 'Vrai si le marché est clos.' })
  @Directive('@external')
  closed!: boolean;

  @Field(() => DecimalScalar, { description: 'Objectif d’heures d’insertion (somme des clauses de ses lots).' })
  @Directive('@external')
  hoursTarget!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début d’exécution.' })
  @Directive('@external')
  executionStart!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin d’exécution.' })
  @Directive('@external')
  executionEnd!: string | null;
}

/**
 * A facilitator's alert board, owned by the contracts subgraph, which knows the contracts watched. This
 * subgraph adds the alerts of its own data (`insertionAlerts`) from the fields it requires.
 */
@Directive('@key(fields: "key")')
@ObjectType({ description: 'Alertes d’un facilitateur à une date : celles du registre des marchés (`contractAlerts`) et celles des heures et des parcours (`insertionAlerts`).' })
export class AlertBoard {
  @Field(() => ID, { description: 'Clé du tableau (facilitateur, territoires, tolérance, date).' })
  key!: string;

  @Field(() => LocalDateScalar, { description: 'Date des alertes (aujourd’hui par défaut).' })
  @Directive('@external')
  on?: string;

  @Field(() => DecimalScalar, { description: 'Tolérance de l’alerte « marché en retard » appliquée, en points.' })
  @Directive('@external')
  paceTolerance?: string;

  @Field(() => [String], { description: 'Territoires du facilitateur (codes de départements ou de communes).' })
  @Directive('@external')
  territories?: string[];

  @Field(() => [WatchedContract], { description: 'Marchés clausés suivis : ceux des acheteurs du territoire, attribués, en exécution ou clos.' })
  @Directive('@external')
  contracts?: WatchedContract[];
}
