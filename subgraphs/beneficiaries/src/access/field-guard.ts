import { FieldGuard } from '@maillage/subgraph-kit';
import { accessError, can } from './access';
import { ACCESS_TABLE, type BeneficiaryField } from './access-table';
import { subjectOfBeneficiary, type AccessContext, type PersonRow } from './subjects';

/**
 * Guards one personal field of `Beneficiary` with its rule in the access table: a viewer who may not read
 * it gets null and a FORBIDDEN error on that field (the rest of the person still resolves). An allowed
 * read of an audited field is written to the audit log before the value leaves the subgraph.
 */
export function Guarded(field: BeneficiaryField): MethodDecorator & PropertyDecorator {
  const resource = `Beneficiary.${field}` as const;
  return FieldGuard<PersonRow, AccessContext>(async (beneficiary, context) => {
    if (!can(context.viewer, 'read', resource, await subjectOfBeneficiary(beneficiary, context))) {
      throw accessError(context.viewer, 'read', resource);
    }
    if (ACCESS_TABLE[resource].audited) await context.loaders.readAudit.record(context, beneficiary.id, field);
  });
}
