import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function selectionSetHas(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo, seen: Set<string>): boolean {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === name) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT && selectionSetHas(selection.selectionSet, name, info, seen)) return true;
    if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      if (selectionSetHas(info.fragments[selection.name.value]?.selectionSet, name, info, seen)) return true;
    }
  }
  return false;
}

/**
 * Whether the field being resolved asks for its sub-field `name` (directly, in an inline fragment or a named
 * fragment; `@skip`/`@include` are not evaluated, so a conditional sub-field counts as asked). A resolver
 * may then leave out the work only that sub-field needs: a dashboard's progress without its months.
 */
export function selectsSubfield(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  return info.fieldNodes.some((node) => selectionSetHas(node.selectionSet, name, info, seen));
}
