import { Kind, print, type ConstDirectiveNode, type DefinitionNode, type DocumentNode, type FieldDefinitionNode } from 'graphql';

/** Types every subgraph declares for federation itself, and the root types (composition checks their fields). */
const SHARED_TYPES = new Set(['Query', 'Mutation', 'Subscription', '_Service', '_Entity', '_Any', 'link__Import', 'link__Purpose', 'FieldSet']);

interface TypeShape {
  kind: 'object' | 'other';
  entity: boolean;
  shareable: boolean;
  keyFields: Set<string>;
  fields: Map<string, { external: boolean; shareable: boolean }>;
  printed: string;
}

const has = (directives: readonly ConstDirectiveNode[] | undefined, name: string) => (directives ?? []).some((directive) => directive.name.value === name);

function keyFieldsOf(directives: readonly ConstDirectiveNode[] | undefined): Set<string> {
  const keys = new Set<string>();
  for (const directive of directives ?? []) {
    if (directive.name.value !== 'key') continue;
    const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
    if (fields?.kind === Kind.STRING) for (const word of fields.value.match(/\w+/g) ?? []) keys.add(word);
  }
  return keys;
}

function shapesOf(document: DocumentNode): Map<string, TypeShape> {
  const shapes = new Map<string, TypeShape>();
  for (const definition of document.definitions as readonly DefinitionNode[]) {
    if (!('name' in definition) || !definition.name || SHARED_TYPES.has(definition.name.value)) continue;
    if (definition.kind === Kind.DIRECTIVE_DEFINITION || definition.kind === Kind.SCALAR_TYPE_DEFINITION) continue;
    const name = definition.name.value;
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
      const shareable = has(definition.directives, 'shareable');
      const previous = shapes.get(name);
      const fields = previous?.fields ?? new Map();
      for (const field of (definition.fields ?? []) as readonly FieldDefinitionNode[]) {
        fields.set(field.name.value, { external: has(field.directives, 'external'), shareable: shareable || has(field.directives, 'shareable') });
      }
      const keyFields = keyFieldsOf(definition.directives);
      for (const key of previous?.keyFields ?? []) keyFields.add(key);
      shapes.set(name, { kind: 'object', entity: keyFields.size > 0, shareable, keyFields, fields, printed: '' });
      continue;
    }
    shapes.set(name, { kind: 'other', entity: false, shareable: false, keyFields: new Set(), fields: new Map(), printed: print({ ...definition, description: undefined } as DefinitionNode) });
  }
  return shapes;
}

/** True for an object type whose every field is `@external`: declared only to be required, not owned. */
const onlyExternal = (shape: TypeShape) => shape.fields.size > 0 && [...shape.fields.values()].every((info) => info.external);

/**
 * The types of a proposed subgraph that redefine what other subgraphs own. A subgraph may refer to another's
 * entity by its key and add its own fields to it; it may not declare another's fields (unless `@external`
 * or `@shareable` on both sides), another's value type, enum or input. Returns French messages, one per problem.
 */
export function ownershipProblems(name: string, proposed: DocumentNode, others: { name: string; typeDefs: DocumentNode }[]): string[] {
  const problems: string[] = [];
  const mine = shapesOf(proposed);
  const theirs = others.filter((other) => other.name !== name).map((other) => ({ name: other.name, shapes: shapesOf(other.typeDefs) }));
  for (const [typeName, shape] of mine) {
    for (const other of theirs) {
      const owned = other.shapes.get(typeName);
      if (!owned) continue;
      if (shape.kind === 'other' || owned.kind === 'other') {
        if (shape.printed !== owned.printed) {
          problems.push(`${name} redéfinit ${typeName}, qui appartient à ${other.name} (définition différente) : utilisez un autre nom`);
        }
        continue;
      }
      if (!owned.entity || !shape.entity) {
        // A value type one side declares only @external (the shape of a field it @requires) is the other's.
        if (onlyExternal(owned) || onlyExternal(shape)) continue;
        const allShared = [...shape.fields].every(([field, info]) => info.shareable && (owned.fields.get(field)?.shareable ?? true));
        if (!allShared) {
          problems.push(`${name} redéfinit le type ${typeName}, qui appartient à ${other.name} : un type d'un autre sous-graphe ne se référence que par sa clé (@key)`);
        }
        continue;
      }
      const stolen = [...shape.fields]
        .filter(([field, info]) => {
          const theirs = owned.fields.get(field);
          // A field the other subgraph only declares @external (to @require it) is not its own.
          return theirs !== undefined && !theirs.external && !shape.keyFields.has(field) && !info.external && !(info.shareable && theirs.shareable);
        })
        .map(([field]) => `${typeName}.${field}`);
      if (stolen.length > 0) {
        problems.push(`${name} redéfinit ${stolen.join(', ')}, qui appartien${stolen.length > 1 ? 'nent' : 't'} à ${other.name} : ne déclarez que la clé et vos propres champs (ou @external)`);
      }
    }
  }
  return problems;
}
