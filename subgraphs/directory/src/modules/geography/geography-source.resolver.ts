import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { GEOGRAPHY_PACKAGE } from './geography.source';

@ObjectType({ description: 'Source et millésime des données géographiques chargées.' })
export class GeographySource {
  @Field({ description: 'Paquet npm d’origine (découpage administratif d’Etalab : COG de l’INSEE, EPCI de la DGCL, La Poste).' })
  package!: string;

  @Field({ description: 'Version du paquet chargée.' })
  version!: string;

  @Field(() => String, { nullable: true, description: 'Millésime des données (année du code officiel géographique).' })
  vintage!: string | null;

  @Field({ description: 'Date et heure du chargement (ISO 8601).' })
  loadedAt!: string;
}

@Resolver(() => GeographySource)
export class GeographySourceResolver {
  @Query(() => GeographySource, { nullable: true, description: 'Le millésime des territoires servis par l’annuaire.' })
  async geographySource(@Ctx() ctx: Context): Promise<GeographySource | null> {
    const [row] = await ctx.em.execute<{ package: string; version: string; vintage: string | null; loaded_at: Date }[]>(
      'SELECT package, version, vintage, loaded_at FROM geography_source WHERE package = ?',
      [GEOGRAPHY_PACKAGE],
    );
    return row ? { package: row.package, version: row.version, vintage: row.vintage, loadedAt: new Date(row.loaded_at).toISOString() } : null;
  }
}
