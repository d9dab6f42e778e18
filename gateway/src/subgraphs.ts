import { parse, Kind, type ConstArgumentNode } from 'graphql';
import { subgraphUrlVariable } from './config';

/** A subgraph the gateway routes to. */
export interface SubgraphRoute {
  name: string;
  url: string;
}

function stringArgument(args: readonly ConstArgumentNode[] | undefined, name: string): string | undefined {
  const value = args?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/**
 * The subgraphs named in the supergraph (`enum join__Graph`), with their routing URL: the environment's
 * `SUBGRAPH_<NAME>_URL` when set, else the URL composed into the supergraph.
 */
export function subgraphsOf(supergraphSdl: string, overrides: Record<string, string>): SubgraphRoute[] {
  const document = parse(supergraphSdl);
  const joinGraph = document.definitions.find(
    (definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  );
  if (!joinGraph || joinGraph.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error('the supergraph has no join__Graph enum');
  return (joinGraph.values ?? []).map((value) => {
    const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
    const name = stringArgument(graph?.arguments, 'name') ?? value.name.value.toLowerCase();
    return { name, url: overrides[subgraphUrlVariable(name)] ?? stringArgument(graph?.arguments, 'url') ?? '' };
  });
}

/** Asks each subgraph's `/health` (short deadline) and reports which answer. */
export async function checkSubgraphs(subgraphs: SubgraphRoute[]): Promise<Record<string, 'up' | 'down'>> {
  const entries = await Promise.all(
    subgraphs.map(async ({ name, url }) => {
      try {
        const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1000) });
        return [name, response.ok ? 'up' : 'down'] as const;
      } catch {
        return [name, 'down'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
