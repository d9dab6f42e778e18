import type { RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/** Operations written to the audit log. */
export type AuditOperation =
  | 'READ' | 'CREATE' | 'UPDATE' | 'ADD_CRITERION' | 'VALIDATE_CRITERION' | 'OPEN_PATH' | 'CLOSE_PATH'
  | 'RECORD_OUTCOME' | 'OPEN_PLACEMENT' | 'UPDATE_PLACEMENT' | 'CLOSE_PLACEMENT' | 'DECLARE_HOURS'
  | 'CORRECT_HOURS' | 'ERASE' | 'EXPORT';

export interface AuditEntry {
  beneficiaryId: string;
  operation: AuditOperation;
  fields: string[];
}

/** One INSERT for any number of entries: the rows travel as one JSON parameter. */
export async function writeAudit(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'requestId'>, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const { viewer } = ctx;
  await em.execute(
    `INSERT INTO audit_event (subject, role, organisation, beneficiary_id, operation, fields, request_id)
     SELECT ?, ?, ?, x.beneficiary_id, x.operation, x.fields, ?
       FROM jsonb_to_recordset(?::jsonb) AS x(beneficiary_id uuid, operation text, fields text[])`,
    [viewer.subject ?? null, viewer.role, viewer.organisation ?? null, ctx.requestId, JSON.stringify(entries.map((entry) => ({
      beneficiary_id: entry.beneficiaryId, operation: entry.operation, fields: entry.fields,
    })))],
    'run',
  );
}

/**
 * Records reads of audited fields. Reads made in the same tick of execution — a field of every person on
 * a page — are written in one multi-row INSERT (a DataLoader batch), and a field's value is released only
 * once its audit row is written: if the log cannot be written, the personal data is not served.
 */
export function createReadAudit(em: EntityManager) {
  let context: Pick<RequestContext, 'viewer' | 'requestId'> | undefined;
  const loader = new DataLoader<string, true>(async (keys) => {
    const fieldsByPerson = new Map<string, string[]>();
    for (const key of keys) {
      const [beneficiaryId, field] = key.split('|') as [string, string];
      fieldsByPerson.set(beneficiaryId, [...(fieldsByPerson.get(beneficiaryId) ?? []), field]);
    }
    const entries = [...fieldsByPerson].map(([beneficiaryId, fields]) => ({ beneficiaryId, operation: 'READ' as const, fields }));
    await writeAudit(em, context!, entries);
    return keys.map(() => true as const);
  });
  return {
    /** Resolves once the read of `field` of this person is in the log (once per request and field). */
    async record(ctx: Pick<RequestContext, 'viewer' | 'requestId'>, beneficiaryId: string, field: string): Promise<void> {
      context ??= ctx;
      await loader.load(`${beneficiaryId}|${field}`);
    },
  };
}

export type ReadAudit = ReturnType<typeof createReadAudit>;
