import { createEntityLoader, createGroupLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Commune, CommuneKind } from './commune.entity';
import { Department } from './department.entity';
import { Epci } from './epci.entity';
import { Region } from './region.entity';

/** A (commune, postal code) pair. */
export interface PostalCodeRow {
  commune_code: string;
  postal_code: string;
}

/** Per-request loaders of territories: one statement per kind of look-up, whatever the number of keys. */
export function createGeographyLoaders(em: EntityManager) {
  return {
    communeByCode: createEntityLoader(em, Commune, 'code'),
    departmentByCode: createEntityLoader(em, Department, 'code'),
    regionByCode: createEntityLoader(em, Region, 'code'),
    epciByCode: createEntityLoader(em, Epci, 'code'),
    postalCodesByCommune: createGroupLoader<PostalCodeRow>(
      (codes) =>
        em.execute<PostalCodeRow[]>(
          'SELECT commune_code, postal_code FROM commune_postal_code WHERE commune_code IN (?) ORDER BY postal_code',
          [[...codes]],
        ),
      (row) => row.commune_code,
    ),
    departmentsByRegion: createGroupLoader(
      (codes) => em.find(Department, { regionCode: { $in: [...codes] } }, { orderBy: { code: 'asc' } }),
      (department) => department.regionCode,
    ),
    membersByEpci: createGroupLoader(
      (codes) =>
        em.find(Commune, { epciCode: { $in: [...codes] }, kind: CommuneKind.COMMUNE }, { orderBy: { searchName: 'asc', code: 'asc' } }),
      (commune) => commune.epciCode!,
    ),
    districtsByCommune: createGroupLoader(
      (codes) => em.find(Commune, { parentCode: { $in: [...codes] } }, { orderBy: { code: 'asc' } }),
      (commune) => commune.parentCode!,
    ),
  };
}

export type GeographyLoaders = ReturnType<typeof createGeographyLoaders>;
