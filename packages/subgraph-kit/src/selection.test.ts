import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { selectsSubfield } from './selection';

/** The resolve info of the operation's first field, as graphql-js builds it (field nodes and fragments). */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsSubfield', () => {
  test('finds a sub-field asked directly, in an inline fragment or in a named fragment', () => {
    expect(selectsSubfield(infoOf('{ insertionProgress { hoursRealised byMonth { month } } }'), 'byMonth')).toBe(true);
    expect(selectsSubfield(infoOf('{ insertionProgress { ... on InsertionProgress { byMonth { month } } } }'), 'byMonth')).toBe(true);
    expect(selectsSubfield(infoOf('{ insertionProgress { ...F } } fragment F on InsertionProgress { ...G } fragment G on InsertionProgress { byMonth { month } }'), 'byMonth')).toBe(true);
  });

  test('is false when only other sub-fields are asked, or the name appears deeper down', () => {
    expect(selectsSubfield(infoOf('{ insertionProgress { hoursRealised ratio lastMonthDeclared } }'), 'byMonth')).toBe(false);
    expect(selectsSubfield(infoOf('{ insertionProgress { byModality { byMonth: modality } } }'), 'byMonth')).toBe(false);
    expect(selectsSubfield(infoOf('{ insertionProgress { ...F } } fragment F on InsertionProgress { ...F hoursRealised }'), 'byMonth')).toBe(false);
  });
});
