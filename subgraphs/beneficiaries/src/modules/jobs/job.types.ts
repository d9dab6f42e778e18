import { DecimalScalar } from '@maillage/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { IndicatorCell } from '../reports/indicators.types';

@ObjectType({ description: 'Métier d’une mise en emploi, codé dans le Répertoire opérationnel des métiers et des emplois (ROME) de France Travail.' })
export class PlacementJob {
  @Field({ description: 'Code ROME (une lettre et quatre chiffres, ex. F1703).' })
  code!: string;

  @Field({ description: 'Intitulé de la fiche métier ROME (ex. « Maçonnerie »).' })
  label!: string;

  @Field({ description: 'Famille ROME : la lettre du code (grand domaine, ex. F).' })
  family!: string;

  @Field({ description: 'Libellé de la famille ROME (ex. « Construction, bâtiment et travaux publics »).' })
  familyLabel!: string;
}

@ObjectType({
  description: 'Diversité des postes : métiers ROME des mises en emploi par famille, part hors du métier principal du marché, part occupée par des femmes ' +
    '(agrégats seulement ; masqués sous 5 personnes pour les rôles sans accès individuel).',
})
export class JobDiversity {
  @Field({ description: 'Vrai si tous les chiffres sont masqués : ils couvrent de 1 à 4 personnes et votre rôle ne voit pas les personnes.' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Mises en emploi comptées.' })
  placements!: number | null;

  @Field(() => Int, { nullable: true, description: 'Dont mises en emploi dont le métier est codé (ROME).' })
  placementsCoded!: number | null;

  @Field(() => [IndicatorCell], { description: 'Mises en emploi et personnes par famille ROME (la lettre du code ; catégorie NONE : métier non codé).' })
  families!: IndicatorCell[];

  @Field(() => Int, { nullable: true, description: 'Nombre de familles ROME distinctes parmi les métiers codés.' })
  familyCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Métier principal du marché : la famille ROME que son secteur achète (bâtiment : F ; propreté et déchets : K ; espaces verts : A ; restauration : G). ' +
      'Vide pour un bilan de plusieurs marchés, et pour les secteurs sans famille propre (autres services, fournitures, autre).',
  })
  mainTrade!: string | null;

  @Field(() => Int, { nullable: true, description: 'Mises en emploi codées dont le métier est hors du métier principal de leur marché.' })
  outsideMainTrade!: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Part des postes hors du métier principal : mises en emploi codées hors de la famille principale de leur marché ÷ mises en emploi codées des marchés qui en ont une (4 décimales ; masquée si l’une des deux parts couvre moins de 5 personnes).',
  })
  outsideMainTradeShare!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Part des postes occupés par des femmes : mises en emploi de femmes ÷ mises en emploi (4 décimales ; masquée si femmes ou hommes sont moins de 5).',
  })
  womenShare!: string | null;
}
