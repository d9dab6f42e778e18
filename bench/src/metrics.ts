/** Sums and counts of Prometheus histograms, by metric and labels (`name{labels}` → value). */
export type MetricSnapshot = Map<string, number>;

export async function scrape(url: string): Promise<MetricSnapshot> {
  const text = await (await fetch(url)).text();
  const snapshot: MetricSnapshot = new Map();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !/_(sum|count)[{ ]/.test(line)) continue;
    const space = line.lastIndexOf(' ');
    snapshot.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return snapshot;
}

/** Total of the series whose key matches, after minus before. */
export function delta(before: MetricSnapshot, after: MetricSnapshot, pattern: RegExp): number {
  let total = 0;
  for (const [key, value] of after) if (pattern.test(key)) total += value - (before.get(key) ?? 0);
  return total;
}

export interface GatewayShare {
  /** Mean end-to-end time the gateway measured for the operation, ms. */
  endToEndMs: number;
  /** Mean sum of the subgraph calls it made for one operation, ms. */
  subgraphCallsMs: number;
  /** Mean subgraph calls per operation. */
  calls: number;
  /** 1 − subgraph time ÷ end-to-end time (negative when calls ran in parallel). */
  share: number;
}

export function gatewayShare(before: MetricSnapshot, after: MetricSnapshot, operation: string): GatewayShare {
  const ops = delta(before, after, new RegExp(`^maillage_graphql_operation_duration_seconds_count\\{[^}]*operation="${operation}"`));
  const opSeconds = delta(before, after, new RegExp(`^maillage_graphql_operation_duration_seconds_sum\\{[^}]*operation="${operation}"`));
  const calls = delta(before, after, /^maillage_subgraph_fetch_duration_seconds_count/);
  const callSeconds = delta(before, after, /^maillage_subgraph_fetch_duration_seconds_sum/);
  const endToEndMs = ops ? (opSeconds / ops) * 1000 : NaN;
  const subgraphCallsMs = ops ? (callSeconds / ops) * 1000 : NaN;
  return { endToEndMs, subgraphCallsMs, calls: ops ? calls / ops : NaN, share: 1 - subgraphCallsMs / endToEndMs };
}
