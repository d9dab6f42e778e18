import type { ClientBase } from 'pg';

const MAX_PARAMETERS = 60_000;

/** Multi-row INSERTs, as many rows per statement as PostgreSQL's parameter limit allows. */
export async function insertRows(
  client: ClientBase,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = row.map((value) => {
        values.push(value);
        return `$${values.length}`;
      });
      return `(${placeholders.join(',')})`;
    });
    await client.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${tuples.join(',')}`, values);
  }
}

/** `YYYY-MM` of a month index counted from year 0 (year * 12 + month - 1). */
export function monthString(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthIndex(month: string): number {
  const [year, m] = month.split('-').map(Number);
  return year! * 12 + m! - 1;
}

export function firstDay(index: number): string {
  return `${monthString(index)}-01`;
}

export function lastDay(index: number): string {
  const next = index + 1;
  const date = new Date(Date.UTC(Math.floor(next / 12), next % 12, 1) - 86_400_000);
  return date.toISOString().slice(0, 10);
}
