/**
 * Expand/contract: during a rolling upgrade, version N of a subgraph keeps serving while version N+1's
 * migrations run, so a migration may only **expand** the schema (new tables, nullable columns or columns with
 * a default, new indexes) — never take away or change what N reads or writes. A **contract** step (dropping
 * or renaming a column or a table, making a column NOT NULL, changing its type) ships in a later release,
 * once no running version uses the old shape, and says so in its file with a `@contract-step <reason>` tag.
 */

/** What a contract-style statement looks like, and why N would break on it. */
const CONTRACT_RULES: { pattern: RegExp; why: string }[] = [
  { pattern: /\bDROP\s+COLUMN\b/i, why: 'drops a column the running version may read or write' },
  { pattern: /\bDROP\s+TABLE\b/i, why: 'drops a table the running version may use' },
  { pattern: /\bRENAME\b/i, why: 'renames what the running version refers to by its old name' },
  { pattern: /\bSET\s+NOT\s+NULL\b/i, why: 'makes a column NOT NULL: the running version may insert without it' },
  { pattern: /\bALTER\s+COLUMN\s+\S+\s+(SET\s+DATA\s+)?TYPE\b/i, why: "changes a column's type under the running version" },
];

/** `ADD COLUMN … NOT NULL` without a default: the running version's inserts do not fill it. */
function addsRequiredColumn(sql: string): boolean {
  return sql
    .split(/\bADD\s+COLUMN\b/i)
    .slice(1)
    .map((clause) => clause.split(/[;`'"]|\bADD\s+COLUMN\b/i)[0]!)
    .some((clause) => /\bNOT\s+NULL\b/i.test(clause) && !/\bDEFAULT\b|\bGENERATED\b/i.test(clause));
}

/** The body of the migration's `up()`: what `down()` does is a rollback, not a step of the upgrade. */
function upBody(source: string): string {
  const start = source.search(/\bup\s*\(/);
  if (start < 0) return '';
  const end = source.slice(start).search(/\bdown\s*\(/);
  return end < 0 ? source.slice(start) : source.slice(start, start + end);
}

/**
 * The reasons a migration's source is a contract step (empty when it only expands). A migration marked
 * `@contract-step` is not checked: it is declared as one.
 */
export function contractStepReasons(source: string): string[] {
  if (/@contract-step\b/.test(source)) return [];
  const body = upBody(source);
  const reasons = CONTRACT_RULES.filter((rule) => rule.pattern.test(body)).map((rule) => rule.why);
  if (addsRequiredColumn(body)) reasons.push('adds a NOT NULL column without a default: the running version does not fill it');
  return reasons;
}
