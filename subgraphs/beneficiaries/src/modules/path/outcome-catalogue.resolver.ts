import { Authorized, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { DETAILS_OF_CATEGORY, OUTCOME_CATEGORY_LABEL, OUTCOME_DETAIL_LABEL, OutcomeCategory, OutcomeDetail } from './path.enums';

@ObjectType({ description: 'Détail possible d’une catégorie de sortie.' })
export class OutcomeDetailInfo {
  @Field(() => OutcomeDetail, { description: 'Le détail.' })
  detail!: OutcomeDetail;

  @Field({ description: 'Libellé en français.' })
  label!: string;
}

@ObjectType({ description: 'Catégorie de sortie de parcours, avec les détails qu’elle admet.' })
export class OutcomeCategoryInfo {
  @Field(() => OutcomeCategory, { description: 'La catégorie.' })
  category!: OutcomeCategory;

  @Field({ description: 'Libellé en français.' })
  label!: string;

  @Field(() => [OutcomeDetailInfo], { description: 'Les détails admis (vide : la catégorie n’en prend pas).' })
  details!: OutcomeDetailInfo[];
}

@Resolver(() => OutcomeCategoryInfo)
export class OutcomeCatalogueResolver {
  /**
   * Reference data (the IAE « sorties dynamiques », DOMAIN.md §5.2), no personal data: the same table
   * `recordOutcome` checks a detail against, so a form offers only what the server accepts.
   */
  @Authorized()
  @Query(() => [OutcomeCategoryInfo], { description: 'Les catégories de sortie de parcours et leurs détails, comme recordOutcome les vérifie.' })
  outcomeCategories(): OutcomeCategoryInfo[] {
    return Object.values(OutcomeCategory).map((category) => ({
      category,
      label: OUTCOME_CATEGORY_LABEL[category],
      details: (DETAILS_OF_CATEGORY[category] ?? []).map((detail) => ({ detail, label: OUTCOME_DETAIL_LABEL[detail] })),
    }));
  }
}
