import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActivitySector, StructureService } from '../modules/sector/activity-sector.enum';
import { StructureContact } from '../modules/structure/structure-contact.embeddable';
import { familyOf, StructureFamily, type StructureKind } from '../modules/structure/structure-kind.enum';
import { searchableName, Structure } from '../modules/structure/structure.entity';
import { DEMO_STRUCTURE_ROWS, type DemoStructureRow } from './demo-structures.data';

/** The id of the n-th demo structure: stable, other subgraphs' seeds refer to some of them. */
export function demoStructureId(n: number): string {
  return `7a3b9c4d-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/**
 * A functional contact in reserved ranges: the `.example` domain (RFC 2606) and the 04 65 71 xx xx numbers
 * ARCEP sets aside for fiction.
 */
function demoContact(row: DemoStructureRow): StructureContact {
  const slug = searchableName(row.name.replace(' (démo)', '')).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const employer = familyOf(row.kind as StructureKind) !== StructureFamily.EMPLOYMENT_SERVICE;
  return Object.assign(new StructureContact(), {
    label: employer ? 'Relations entreprises' : 'Accueil des partenaires',
    email: `${employer ? 'entreprises' : 'partenaires'}@${slug}.example`,
    phone: `04657100${String(row.n).padStart(2, '0')}`,
  });
}

/** The demo rows as entity data. */
export const DEMO_STRUCTURES = DEMO_STRUCTURE_ROWS.map((row) => ({
  id: demoStructureId(row.n),
  siret: row.siret,
  name: row.name,
  kind: row.kind as StructureKind,
  communeCode: row.commune,
  postalCode: row.postal,
  addressLine: row.address,
  nafCode: row.naf,
  sectors: (row.sectors ?? []) as ActivitySector[],
  services: (row.services ?? []) as StructureService[],
  insertionCapacity: row.capacity ?? null,
  agreementStartDate: row.agreement?.[0] ?? null,
  agreementEndDate: row.agreement?.[1] ?? null,
  servedCommuneCodes: row.communes ?? [],
  servedDepartmentCodes: row.departments ?? [],
  contact: demoContact(row),
  active: !row.inactive,
  deactivatedAt: row.inactive ? new Date('2023-01-31T00:00:00Z') : null,
}));

/** Inserts the demo structures once: a database that already has structures is left as it is. */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Structure)) > 0) return;
  await em.transactional(async (tx) => {
    for (const data of DEMO_STRUCTURES) tx.create(Structure, data);
  });
  logger.info({ structures: DEMO_STRUCTURES.length }, 'seeded demo data');
}
