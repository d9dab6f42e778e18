import { BadUserInputError, DEPARTMENT_CODE, departmentOfCommune, INSEE_COMMUNE_CODE } from '@maillage/subgraph-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Field, InputType } from 'type-graphql';
import { ActivitySector } from '../sector/activity-sector.enum';
import { CLAUSE_ELIGIBLE_KINDS, kindsOfFamily, StructureFamily, StructureKind } from './structure-kind.enum';
import { searchableName, type Structure } from './structure.entity';

/** Filters of the `structures` list; they combine with AND. */
@InputType({ description: 'Filtres de la liste des structures (cumulatifs).' })
export class StructureFilter {
  @Field(() => [StructureKind], { nullable: true, description: 'Types retenus (au moins un).' })
  kinds?: StructureKind[] | null;

  @Field(() => StructureFamily, { nullable: true, description: 'Famille retenue.' })
  family?: StructureFamily | null;

  @Field(() => String, { nullable: true, description: 'Code de département : structures implantées dans ce département ou qui le desservent (en entier ou une de ses communes).' })
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de commune : structures implantées dans la commune ou qui la desservent (directement ou par son département).' })
  commune?: string | null;

  @Field(() => ActivitySector, { nullable: true, description: "Secteur d'activité." })
  sector?: ActivitySector | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai : seulement les structures qui peuvent réaliser des heures d'insertion d'une clause." })
  clauseEligibleOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Texte contenu dans le nom (sans tenir compte de la casse ni des accents).' })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Vrai : inclure les structures désactivées (exclues par défaut).' })
  includeInactive?: boolean | null;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The kinds a filter allows, or null when it does not restrict kinds. */
function allowedKinds(filter: StructureFilter): StructureKind[] | null {
  let kinds: StructureKind[] | null = null;
  const restrict = (allowed: readonly StructureKind[]) => {
    kinds = (kinds ?? Object.values(StructureKind)).filter((kind) => allowed.includes(kind));
  };
  if (filter.kinds) restrict(filter.kinds);
  if (filter.family) restrict(kindsOfFamily(filter.family));
  if (filter.clauseEligibleOnly) restrict(CLAUSE_ELIGIBLE_KINDS);
  return kinds;
}

/**
 * Translates the filters into conditions each served by an index: kind (btree), the territory arrays and
 * sectors (GIN `@>`), the name (trigram).
 */
export function structureWhere(filter: StructureFilter = {}): FilterQuery<Structure> {
  const conditions: FilterQuery<Structure>[] = [];
  if (!filter.includeInactive) conditions.push({ active: true });
  const kinds = allowedKinds(filter);
  if (kinds) conditions.push({ kind: { $in: kinds } });
  if (filter.department) {
    const department = filter.department.trim().toUpperCase();
    if (!DEPARTMENT_CODE.test(department)) throw new BadUserInputError('filter.department must be a department code such as 69, 2A or 974', 'filter.department');
    conditions.push({ reachDepartmentCodes: { $contains: [department] } });
  }
  if (filter.commune) {
    const commune = filter.commune.trim().toUpperCase();
    if (!INSEE_COMMUNE_CODE.test(commune)) throw new BadUserInputError('filter.commune must be an INSEE commune code such as 69123 or 2A004', 'filter.commune');
    conditions.push({
      $or: [
        { communeCode: commune },
        { servedCommuneCodes: { $contains: [commune] } },
        { servedDepartmentCodes: { $contains: [departmentOfCommune(commune)] } },
      ],
    });
  }
  if (filter.sector) conditions.push({ sectors: { $contains: [filter.sector] } });
  const text = filter.nameContains ? searchableName(filter.nameContains.trim()) : '';
  if (text !== '') conditions.push({ nameSearch: { $like: `%${escapeLike(text)}%` } });
  return conditions.length === 0 ? {} : { $and: conditions };
}
