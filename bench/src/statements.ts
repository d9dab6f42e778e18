import type { RunningStack } from '@maillage/dev-stack';
import type { Viewer } from '@maillage/subgraph-kit';
import type { GenerationResult } from './generate';
import { scenarioData } from './run';
import { resetBatchCursor, SCENARIOS } from './scenarios';
import { createRandom } from './prng';

interface SubgraphCall {
  subgraph: string;
  query: string;
  variables(pageSize: number): Record<string, unknown>;
}

const entities = (type: string, key: string, ids: string[], n: number, selection: string): SubgraphCall['variables'] => () => ({
  representations: Array.from({ length: n }, (_, i) => ({ __typename: type, [key]: ids[i % ids.length] })),
  selection,
});
const ENTITIES = 'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on ';

/** The subgraph operations behind each scenario, as the gateway plans them, sized by the page. */
function callsOf(scenario: string, generation: GenerationResult): SubgraphCall[] {
  const data = scenarioData(generation);
  const facilitators = generation.model.facilitators.map((f) => f.id);
  const contracts = data.contractIds;
  const list = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Contract', id: contracts[i % contracts.length] }));
  switch (scenario) {
    case 'dashboard':
      // The busiest facilitator: at S its page of 100 may be short, which changes no statement count.
      return [
        { subgraph: 'contracts', query: `query($f: ID!, $first: Int!) { contracts(filter: { facilitatorId: $f, status: [IN_EXECUTION] }, first: $first) {
          totalCount nodes { id reference title executionStart executionEnd hoursTarget buyer { id name kind } holder { siret name } facilitator { id } } } }`,
        variables: (n) => ({ f: facilitators[0], first: n }) },
        { subgraph: 'directory', query: `${ENTITIES}Facilitator { id name email organisation { name } } } }`,
          variables: (n) => entities('Facilitator', 'id', facilitators, n, '')(n) },
        { subgraph: 'beneficiaries', query: `${ENTITIES}Contract { insertionProgress { hoursRealised hoursTarget ratio people lastMonthDeclared } } } }`,
          variables: (n) => ({ representations: list(n) }) },
      ];
    case 'lookup':
      return [{ subgraph: 'directory', query: SCENARIOS.find((s) => s.name === 'lookup')!.query, variables: () => ({ postalCode: '69100' }) }];
    case 'report':
      // The report's two hops as the gateway plans them: the buyer and its contracts, then their progress.
      return [
        { subgraph: 'contracts', query: `query($b: ID!, $first: Int!) { buyer(id: $b) { name kind }
          contracts(filter: { buyerId: $b }, first: $first) { totalCount nodes { id reference status hoursTarget } } }`,
        variables: (n) => ({ b: data.buyerIds[0], first: n }) },
        { subgraph: 'beneficiaries', query: `${ENTITIES}Contract { insertionProgress { hoursRealised trainingHours people byModality { modality hours people } byMonth { month hours people } } } } }`,
          variables: (n) => ({ representations: list(n) }) },
      ];
    case 'detail':
      return [
        { subgraph: 'contracts', query: 'query($id: ID!, $first: Int!) { contract(id: $id) { id lots { number clause { hoursTarget } parties { role company { name } } } parties { role company { name } } } contracts(first: $first) { nodes { id reference } } }',
          variables: (n) => ({ id: contracts[0], first: n }) },
        { subgraph: 'beneficiaries', query: `query($id: ID!, $first: Int!) { placements(filter: { contractId: $id }, first: $first) {
            nodes { id modality beneficiary { firstName lastName } statements { month hoursWorked } } } }`, variables: (n) => ({ id: contracts[0], first: n }) },
      ];
    case 'batch': {
      const batch = SCENARIOS.find((s) => s.name === 'batch')!;
      const random = createRandom(1);
      return [{ subgraph: 'beneficiaries', query: batch.query, variables: (n) => (resetBatchCursor(), batch.variables(data, random, n)) }];
    }
    default:
      return [];
  }
}

export interface StatementCount {
  scenario: string;
  subgraph: string;
  page10: number | string;
  page100: number | string;
}

/** SQL statements per subgraph operation at page sizes 10 and 100 (the kit's `x-sql-statements` header). */
export async function countStatements(stack: RunningStack, viewer: Viewer, generation: GenerationResult): Promise<StatementCount[]> {
  const rows: StatementCount[] = [];
  for (const scenario of SCENARIOS) {
    if (scenario.needsBeneficiaries && generation.beneficiariesSkipped) continue;
    for (const call of callsOf(scenario.name, generation)) {
      if (call.subgraph === 'beneficiaries' && generation.beneficiariesSkipped) continue;
      const counts: (number | string)[] = [];
      for (const n of [10, 100]) {
        const token = await stack.signInternal(viewer, call.subgraph);
        const { selection: _ignored, ...variables } = call.variables(n) as Record<string, unknown> & { selection?: string };
        const response = await fetch(stack.subgraphUrls[call.subgraph]!, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-sql-statements': 'count' },
          body: JSON.stringify({ query: call.query, variables }),
        });
        const body = (await response.json()) as { errors?: { message: string }[] };
        counts.push(body.errors?.length ? `error: ${body.errors[0]!.message.slice(0, 60)}` : Number(response.headers.get('x-sql-statements') ?? NaN));
      }
      rows.push({ scenario: scenario.name, subgraph: call.subgraph, page10: counts[0]!, page100: counts[1]! });
    }
  }
  return rows;
}
