import type { TestSubgraph } from '@maillage/test-kit';

/** Demo organisations (seeders/demo.network.ts). */
export const PLIE_LYON = 'd1f0a000-0000-4000-8000-000000000001';
export const MDE_RHONE = 'd1f0a000-0000-4000-8000-000000000002';

export const FACILITATORS_FOR = `query ($postalCode: String, $communeCode: String, $epciCode: String, $departmentCode: String, $regionCode: String) {
  facilitatorsFor(postalCode: $postalCode, communeCode: $communeCode, epciCode: $epciCode, departmentCode: $departmentCode, regionCode: $regionCode) {
    place { __typename ... on Commune { code name } ... on Epci { code } ... on Department { code } ... on Region { code } }
    facilitators { level territory { ... on Commune { code } ... on Epci { code } ... on Department { code } ... on Region { code } } facilitator { name } }
  } }`;

interface PlaceAnswer {
  place: { __typename: string; code: string; name?: string };
  facilitators: { level: string; territory: { code: string }; facilitator: { name: string } }[];
}

/** Each place of a `facilitatorsFor` answer with `[name, level, territory code]` of each facilitator. */
export async function facilitatorsFor(
  subgraph: TestSubgraph,
  place: Record<string, string>,
): Promise<{ place: string; facilitators: string[][] }[]> {
  const { body } = await subgraph.query<{ facilitatorsFor: PlaceAnswer[] }>(FACILITATORS_FOR, place);
  expect(body.errors).toBeUndefined();
  return body.data!.facilitatorsFor.map((answer) => ({
    place: answer.place.code,
    facilitators: answer.facilitators.map((match) => [match.facilitator.name, match.level, match.territory.code]),
  }));
}
