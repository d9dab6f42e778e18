import { accessError, can, mayEver } from './access';
import { ACCESS_TABLE, type Resource } from './access-table';
import { subjectOfBeneficiary, type AccessContext, type PersonRow } from './subjects';

/** The resources that make a person visible at all: their personal fields. */
export const BENEFICIARY_RESOURCES = (Object.keys(ACCESS_TABLE) as Resource[]).filter((resource) => resource.startsWith('Beneficiary.'));

/**
 * Entry points that hand out people (`beneficiary`, `beneficiaries`, `_entities`): a role that may read
 * no personal field anywhere is refused (UNAUTHENTICATED for the public, FORBIDDEN otherwise).
 */
export function assertMayReadPeople(ctx: Pick<AccessContext, 'viewer'>): void {
  if (!BENEFICIARY_RESOURCES.some((resource) => mayEver(ctx.viewer, 'read', resource))) {
    throw accessError(ctx.viewer, 'read', 'Beneficiary.firstName');
  }
}

/** True when the viewer may read at least one personal field of this person: otherwise the row is hidden. */
export async function isVisible(beneficiary: PersonRow, ctx: AccessContext): Promise<boolean> {
  const subject = await subjectOfBeneficiary(beneficiary, ctx);
  return BENEFICIARY_RESOURCES.some((resource) => can(ctx.viewer, 'read', resource, subject));
}

/** A person by id as the viewer may see them: null when missing or hidden (the same answer, on purpose). */
export async function loadVisibleBeneficiary<P extends PersonRow>(ctx: AccessContext<P>, id: string): Promise<P | null> {
  assertMayReadPeople(ctx);
  const beneficiary = await ctx.loaders.beneficiaryById.load(id);
  return beneficiary && (await isVisible(beneficiary, ctx)) ? beneficiary : null;
}
