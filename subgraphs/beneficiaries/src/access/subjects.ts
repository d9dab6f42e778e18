import type { Viewer } from '@maillage/subgraph-kit';
import type { AccessSubject } from './access';

/**
 * What the access rules read of a row and of a request. They are written against these shapes, not against
 * the entities or the request context, so that `access/` imports nothing of the modules that use it (the
 * entity's field guards among them): imports point one way, modules → access.
 */
export interface PersonRow {
  id: string;
  departmentCode: string;
  residenceCommuneCode?: string | null;
  referentStructureId?: string | null;
}

/** What the rules read of a placement (and, through it, of its statements). */
export interface PlacementRow {
  beneficiaryId: string;
  employerSiret?: string | null;
  employerStructureId?: string | null;
}

/** What the rules use of a request: the viewer, and the loaders they read through. */
export interface AccessContext<P extends PersonRow = PersonRow> {
  viewer: Viewer;
  requestId: string;
  loaders: {
    beneficiaryById: { load(id: string): Promise<P | null> };
    employersByBeneficiaryId: { load(id: string): Promise<string[]> };
    readAudit: { record(ctx: Pick<AccessContext, 'viewer' | 'requestId'>, beneficiaryId: string, field: string): Promise<void> };
  };
}

/** Only companies and structures are granted anything as employers: nobody else needs the employers loaded. */
function needsEmployers(viewer: Viewer): boolean {
  return viewer.role === 'company' || viewer.role === 'structure';
}

/** The person as the access table sees them: residence, referent, and every employer they have had. */
export async function subjectOfBeneficiary(beneficiary: PersonRow, ctx: AccessContext): Promise<AccessSubject> {
  return {
    departmentCode: beneficiary.departmentCode,
    communeCode: beneficiary.residenceCommuneCode ?? null,
    referentStructureId: beneficiary.referentStructureId ?? null,
    employers: needsEmployers(ctx.viewer) ? await ctx.loaders.employersByBeneficiaryId.load(beneficiary.id) : [],
  };
}

/** A placement (and its statements): its person's residence and referent, and its own employer only. */
export async function subjectOfPlacement(placement: PlacementRow, ctx: AccessContext): Promise<AccessSubject> {
  const beneficiary = await ctx.loaders.beneficiaryById.load(placement.beneficiaryId);
  return {
    departmentCode: beneficiary?.departmentCode ?? '',
    communeCode: beneficiary?.residenceCommuneCode ?? null,
    referentStructureId: beneficiary?.referentStructureId ?? null,
    employers: [placement.employerSiret ?? placement.employerStructureId ?? ''],
  };
}
