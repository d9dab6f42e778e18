import { DecimalScalar, LocalDateScalar } from '@maillage/subgraph-kit';
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Contract } from '../contract/contract.entity';

@InputType({ description: 'Réglages des alertes du facilitateur connecté.' })
export class AlertSettingsInput {
  @Field(() => DecimalScalar, { description: 'Tolérance de l’alerte « marché en retard », en points de pourcentage, de 0 à 50 (ex. "10").' })
  paceTolerance!: string;

  @Field(() => String, { nullable: true, description: 'Adresse du récapitulatif hebdomadaire ; vide : pas de récapitulatif.' })
  digestEmail?: string | null;
}

/** Alerts the contract register computes itself (its own data). */
export enum ContractAlertKind {
  SOCIAL_OBLIGATION_MISSED = 'SOCIAL_OBLIGATION_MISSED',
}
registerEnumType(ContractAlertKind, {
  name: 'ContractAlertKind',
  description: 'Alerte calculée par le registre des marchés.',
  valuesConfig: {
    SOCIAL_OBLIGATION_MISSED: { description: 'Obligation de 2026 manquée : consultation lancée depuis le 22 août 2026, au-dessus du seuil européen, sans aucune clause sociale (loi Climat et résilience, art. 35 ; CCP L2112-2-1).' },
  },
});

@ObjectType({ description: 'Une alerte du registre des marchés, expliquée.' })
export class ContractAlert {
  @Field(() => ContractAlertKind, { description: 'Nature de l’alerte.' })
  kind!: ContractAlertKind;

  @Field(() => Contract, { description: 'Le marché concerné.' })
  contract!: Contract;

  @Field({ description: 'Explication en français, avec les chiffres.' })
  explanation!: string;
}

/** A contract the board watches: what the beneficiaries subgraph needs to compute its alerts (`@requires`). */
@ObjectType({ description: 'Un marché suivi par le tableau des alertes : ce dont le sous-graphe beneficiaries a besoin pour ses alertes.' })
export class WatchedContract {
  @Field(() => ID, { description: 'Identifiant du marché.' })
  id!: string;

  @Field({ description: 'Référence du marché.' })
  reference!: string;

  @Field({ description: 'Vrai si le marché est en exécution.' })
  inExecution!: boolean;

  @Field({ description: 'Vrai si le marché est clos.' })
  closed!: boolean;

  @Field(() => DecimalScalar, { description: 'Objectif d’heures d’insertion (somme des clauses de ses lots).' })
  hoursTarget!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début d’exécution.' })
  executionStart!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin d’exécution.' })
  executionEnd!: string | null;
}

/**
 * What needs a facilitator's attention on a date. This subgraph lists the contracts watched and the
 * alerts of its own data; the beneficiaries subgraph adds `insertionAlerts` (hours, placements, outcomes)
 * from the fields it requires — nothing is copied between the two.
 */
@Directive('@key(fields: "key")')
@ObjectType({ description: 'Alertes d’un facilitateur à une date : celles du registre des marchés (`contractAlerts`) et celles des heures et des parcours (`insertionAlerts`).' })
export class AlertBoard {
  @Field(() => ID, { description: 'Clé du tableau (facilitateur, territoires, tolérance, date).' })
  key!: string;

  @Field(() => LocalDateScalar, { description: 'Date des alertes (aujourd’hui par défaut).' })
  on!: string;

  @Field(() => DecimalScalar, { description: 'Tolérance de l’alerte « marché en retard » appliquée, en points.' })
  paceTolerance!: string;

  @Field(() => [String], { description: 'Territoires du facilitateur (codes de départements ou de communes).' })
  territories!: string[];

  @Field(() => [WatchedContract], { description: 'Marchés clausés suivis : ceux des acheteurs du territoire, attribués, en exécution ou clos.' })
  contracts!: WatchedContract[];

  @Field(() => [ContractAlert], { description: 'Alertes du registre des marchés (obligation de 2026 manquée).' })
  contractAlerts!: ContractAlert[];
}

@ObjectType({ description: 'Le récapitulatif d’un facilitateur abonné : son adresse et ses alertes.' })
export class AlertDigest {
  @Field({ description: 'Adresse du récapitulatif.' })
  email!: string;

  @Field(() => AlertBoard, { description: 'Ses alertes (ses territoires, sa tolérance).' })
  board!: AlertBoard;
}
