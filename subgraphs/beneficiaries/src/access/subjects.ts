import type { Viewer } from '@maillage/subgraph-kit';
import type { Context } from '../context';
import type { Beneficiary } from '../modules/beneficiary/beneficiary.entity';
import type { Placement } from '../modules/placement/placement.entity';
import type { AccessSubject } from './access';

/** Only companies and structures are granted anything as employers: nobody else needs the employers loaded. */
function needsEmployers(viewer: Viewer): boolean {
  return viewer.role === 'company' || viewer.role === 'structure';
}

/** The person as the access table sees them: residence, referent, and every employer they have had. */
export async function subjectOfBeneficiary(beneficiary: Beneficiary, ctx: Context): Promise<AccessSubject> {
  return {
    departmentCode: beneficiary.departmentCode,
    communeCode: beneficiary.residenceCommuneCode ?? null,
    referentStructureId: beneficiary.referentStructureId ?? null,
    employers: needsEmployers(ctx.viewer) ? await ctx.loaders.employersByBeneficiaryId.load(beneficiary.id) : [],
  };
}

/** A placement (and its statements): its person's residence and referent, and its own employer only. */
export async function subjectOfPlacement(placement: Placement, ctx: Context): Promise<AccessSubject> {
  const beneficiary = await ctx.loaders.beneficiaryById.load(placement.beneficiaryId);
  return {
    departmentCode: beneficiary?.departmentCode ?? '',
    communeCode: beneficiary?.residenceCommuneCode ?? null,
    referentStructureId: beneficiary?.referentStructureId ?? null,
    employers: [placement.employerSiret ?? placement.employerStructureId ?? ''],
  };
}
