import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { ACTIVITY_SECTORS, ActivitySector } from './activity-sector.enum';

/** One entry of the controlled list of sectors. */
@ObjectType({ description: "Secteur d'activité de la liste contrôlée, avec les codes NAF qui s'y rattachent." })
export class ActivitySectorInfo {
  @Field(() => ActivitySector, { description: 'Le secteur.' })
  sector!: ActivitySector;

  @Field({ description: 'Libellé en français.' })
  label!: string;

  @Field(() => [String], { description: 'Codes NAF rév. 2 (4 chiffres et une lettre) rattachés au secteur ; vide pour « Autre ».' })
  nafCodes!: string[];
}

@Resolver(() => ActivitySectorInfo)
export class ActivitySectorResolver {
  /** Reference data, not partner data: open to every caller. */
  @Query(() => [ActivitySectorInfo], { description: "La liste contrôlée des secteurs d'activité." })
  activitySectors(): ActivitySectorInfo[] {
    return Object.entries(ACTIVITY_SECTORS).map(([sector, { label, nafCodes }]) => ({
      sector: sector as ActivitySector,
      label,
      nafCodes: [...nafCodes],
    }));
  }
}
