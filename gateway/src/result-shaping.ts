import {
  assert,
  ERRORS,
  isCompositeType,
  isCustomScalarType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isValidLeafValue,
  typenameFieldName,
  Variable,
  type CompositeType,
  type EnumType,
  type FieldSelection,
  type NamedType,
  type Operation,
  type ScalarType,
  type Schema,
  type Selection,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

/**
 * The answer's last step in Apollo's gateway: the subgraphs' merged data shaped to the operation (aliases,
 * `__typename`, fragments, `@skip`/`@include`, non-null fields whose null empties their parent). It is the same
 * algorithm as `computeResponse` in `@apollo/gateway/dist/resultShaping.js` (2.14.4), statement for statement,
 * with the same errors; what it does not redo for every object of every answer is what depends on the operation
 * alone, computed once per selection set: the field's type unwrapped, its response name, its directives. Apollo's
 * walks the operation's classes for each object and reads each helper through a re-export getter: 17 % of the
 * gateway's CPU for a report of 50 contracts by month (issue 21).
 *
 * Each selection set's plan is kept with the selection set itself (a WeakMap): an operation served again is the
 * same object when its document is (see `memoizedOperationFromDocument`), so the plan is made once per operation.
 */

/** The `if` of an `@skip` or `@include`: a literal, or a variable (with the directive, for Apollo's message). */
type IfArgument = { literal: unknown } | { variable: Variable; directive: unknown };

/** The `@skip` and `@include` of a selection. */
interface Condition {
  skip?: IfArgument;
  include?: IfArgument;
}

/** The field's type, unwrapped once. `type` is what Apollo's messages name at that level. */
type Shape =
  | { kind: 'nonNull'; type: Type; of: Shape }
  | { kind: 'list'; type: Type; of: Shape }
  | { kind: 'composite'; type: CompositeType }
  | { kind: 'leaf'; type: ScalarType | EnumType; custom: boolean };

type Step =
  | { kind: 'field'; condition: Condition | undefined; responseName: string; introspection: boolean; typename: boolean; shape: Shape; selection: FieldSelection; selectionSet: SelectionSet | undefined }
  | { kind: 'fragment'; condition: Condition | undefined; typeCondition: CompositeType | undefined; selectionSet: SelectionSet; applies: Map<NamedType, boolean> };

interface Parameters {
  schema: Schema;
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  introspectionHandling: (selection: FieldSelection) => unknown;
  types: Map<string, NamedType>;
}

const OK = 0;
const NULL_BUBBLE_UP = 1;
const hasOwn = Object.prototype.hasOwnProperty;

const plans = new WeakMap<SelectionSet, Step[]>();
const schemaTypes = new WeakMap<Schema, Map<string, NamedType>>();
const defaultedVariables = new WeakMap<Operation, Record<string, unknown>>();

function conditionOf(selection: Selection, schema: Schema): Condition | undefined {
  const argumentOf = (directive: { arguments(): Record<string, unknown> } | undefined): IfArgument | undefined => {
    if (!directive) return undefined;
    const value = directive.arguments().if;
    return value instanceof Variable ? { variable: value, directive } : { literal: value };
  };
  const skip = argumentOf(selection.element.appliedDirectivesOf(schema.skipDirective())[0]);
  const include = argumentOf(selection.element.appliedDirectivesOf(schema.includeDirective())[0]);
  return skip || include ? { ...(skip ? { skip } : {}), ...(include ? { include } : {}) } : undefined;
}

/** Apollo's `ifValue`: a variable must hold a boolean. */
function ifValue(argument: IfArgument, variables: Record<string, unknown>): unknown {
  if ('literal' in argument) return argument.literal;
  const value = variables[argument.variable.name];
  assert(value !== undefined && typeof value === 'boolean', () => `Unexpected value ${String(value)} for variable ${String(argument.variable)} of ${String(argument.directive)}`);
  return value;
}

function skipped(condition: Condition, variables: Record<string, unknown>): boolean {
  return Boolean((condition.skip && ifValue(condition.skip, variables)) || (condition.include && !ifValue(condition.include, variables)));
}

function shapeOf(type: Type): Shape {
  if (isNonNullType(type)) return { kind: 'nonNull', type: type.ofType, of: shapeOf(type.ofType) };
  if (isListType(type)) return { kind: 'list', type, of: shapeOf(type.ofType) };
  if (isCompositeType(type)) return { kind: 'composite', type };
  // A custom scalar's value is never checked (`isValidLeafValue`'s first test): known once per field.
  return { kind: 'leaf', type: type as ScalarType | EnumType, custom: isCustomScalarType(type) };
}

function planOf(selectionSet: SelectionSet, schema: Schema): Step[] {
  let plan = plans.get(selectionSet);
  if (plan) return plan;
  plan = selectionSet.selections().map((selection): Step => {
    const condition = conditionOf(selection, schema);
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      return {
        kind: 'field', condition, responseName: field.responseName(), introspection: field.definition.isSchemaIntrospectionField(),
        typename: field.name === typenameFieldName, shape: shapeOf(field.definition.type!), selection, selectionSet: selection.selectionSet,
      };
    }
    return { kind: 'fragment', condition, typeCondition: selection.element.typeCondition, selectionSet: selection.selectionSet, applies: new Map() };
  });
  plans.set(selectionSet, plan);
  return plan;
}

/**
 * `schema.type(name)`, remembered for the schema's own types only: a name the schema does not know (a subgraph's
 * mistake, or a value it echoes) is looked up each time, so that what is kept stays bounded by the schema.
 */
function typeNamed(parameters: Parameters, name: string): NamedType | undefined {
  const known = parameters.types.get(name);
  if (known) return known;
  const type = parameters.schema.type(name);
  if (type) parameters.types.set(name, type);
  return type;
}

/** Apollo's `typeConditionApplies`, remembered per fragment and per `__typename` (or parent type). */
function fragmentApplies(step: Extract<Step, { kind: 'fragment' }>, parameters: Parameters, typename: unknown, parentType: CompositeType): boolean {
  const typeCondition = step.typeCondition;
  if (!typeCondition) return true;
  // Keyed by the runtime type itself: as many answers as the schema has types, whatever names a subgraph sends.
  const type = typename ? typeNamed(parameters, typename as string) : parentType;
  if (!type) return false;
  let applies = step.applies.get(type);
  if (applies === undefined) {
    applies = isSubtype(typeCondition, type);
    step.applies.set(type, applies);
  }
  return applies;
}

function describeLast(path: (string | number)[], currentType: Type, parentType: CompositeType): string {
  const element = path[path.length - 1];
  assert(element !== undefined, 'Should not have been called on an empty path');
  return typeof element === 'string' ? `field ${String(parentType)}.${element}` : `array element of type ${String(currentType)} at index ${element}`;
}

// What `updateOutputValue` answers besides the value, read right after each call (no object per value).
let invalid = false;
let hasErrors = false;

function applySelectionSet(input: Record<string, unknown>, selectionSet: SelectionSet, output: Record<string, unknown>, parameters: Parameters,
  path: (string | number)[], parentType: CompositeType): number {
  const plan = planOf(selectionSet, parameters.schema);
  for (let i = 0; i < plan.length; i++) {
    const step = plan[i]!;
    if (step.condition && skipped(step.condition, parameters.variables)) continue;
    if (step.kind === 'field') {
      const responseName = step.responseName;
      const outputValue = output[responseName];
      if (step.introspection) {
        if (outputValue === undefined) output[responseName] = parameters.introspectionHandling(step.selection);
        continue;
      }
      let inputValue = (hasOwn.call(input, responseName) ? input[responseName] : undefined) ?? null;
      if (step.typename) {
        if (outputValue === undefined) {
          if (inputValue === null && responseName !== typenameFieldName) inputValue = input[typenameFieldName] ?? null;
          const type = inputValue !== null && typeof inputValue === 'string' ? (typeNamed(parameters, inputValue) ?? parentType) : parentType;
          if (!isObjectType(type)) return NULL_BUBBLE_UP;
          output[responseName] = type.name;
        }
        continue;
      }
      path.push(responseName);
      const updated = updateOutputValue(outputValue, step.shape, inputValue, step.selectionSet, path, parameters, parentType);
      output[responseName] = updated;
      path.pop();
      if (invalid) return NULL_BUBBLE_UP;
    } else {
      const typename = input[typenameFieldName];
      assert(!typename || typeof typename === 'string', () => `Got unexpected value for __typename: ${String(typename)}`);
      if (fragmentApplies(step, parameters, typename, parentType)) {
        const result = applySelectionSet(input, step.selectionSet, output, parameters, path, step.typeCondition ?? parentType);
        if (result === NULL_BUBBLE_UP) return NULL_BUBBLE_UP;
      }
    }
  }
  return OK;
}

/** Apollo's `updateOutputValue`; sets `invalid` and `hasErrors` as it answered `isInvalid` and `hasErrors`. */
function updateOutputValue(outputValue: unknown, shape: Shape, inputValue: unknown, selectionSet: SelectionSet | undefined, path: (string | number)[],
  parameters: Parameters, parentType: CompositeType): unknown {
  assert(inputValue !== undefined, 'Should not pass undefined for `inputValue` to this method');
  invalid = false;
  hasErrors = false;
  if (outputValue === null || (outputValue !== undefined && !selectionSet)) return outputValue;
  switch (shape.kind) {
    case 'nonNull': {
      const updated = updateOutputValue(outputValue, shape.of, inputValue, selectionSet, path, parameters, parentType);
      if (updated === null) {
        if (!hasErrors) {
          parameters.errors.push(ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${describeLast(path, shape.type, parentType)}.`, { path: Array.from(path) }));
        }
        invalid = true;
        hasErrors = true;
        return updated;
      }
      invalid = false;
      hasErrors = false;
      return updated;
    }
    case 'list': {
      if (inputValue === null) return null;
      assert(Array.isArray(inputValue), () => `Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${String(shape.type)}`);
      assert(outputValue === undefined || Array.isArray(outputValue), () => `Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${String(shape.type)}`);
      const outputList = outputValue === undefined ? new Array<unknown>(inputValue.length).fill(undefined) : (outputValue as unknown[]);
      assert(inputValue.length === outputList.length, () => `[${String(inputValue)}].length (${inputValue.length}) !== [${String(outputList)}].length (${outputList.length})`);
      let nullify = false;
      let anyErrors = false;
      const updated = new Array<unknown>(outputList.length);
      for (let index = 0; index < outputList.length; index++) {
        path.push(index);
        updated[index] = updateOutputValue(outputList[index], shape.of, inputValue[index], selectionSet, path, parameters, parentType);
        path.pop();
        nullify ||= invalid;
        anyErrors ||= hasErrors;
      }
      invalid = false;
      hasErrors = anyErrors;
      return nullify ? null : updated;
    }
    case 'composite': {
      if (inputValue === null) return null;
      assert(selectionSet, () => `Invalid empty selection set for composite type ${String(shape.type)}`);
      assert(typeof inputValue === 'object', () => `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${String(shape.type)}`);
      assert(outputValue === undefined || typeof outputValue === 'object', () => `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${String(shape.type)}`);
      const object = inputValue as Record<string, unknown>;
      const inputTypename = object[typenameFieldName];
      assert(inputTypename === undefined || typeof inputTypename === 'string', () => `Invalid non-string value ${String(inputTypename)} for __typename at ${String(path)}`);
      let objectType: CompositeType = shape.type;
      if (inputTypename) {
        const named = typeNamed(parameters, inputTypename);
        if (!named || !isCompositeType(named)) {
          parameters.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${describeLast(path, shape.type, parentType)}.`, { path: Array.from(path) }));
          invalid = false;
          hasErrors = true;
          return null;
        }
        objectType = named;
      }
      const outputObject = (outputValue === undefined ? Object.create(null) : outputValue) as Record<string, unknown>;
      const failed = applySelectionSet(object, selectionSet, outputObject, parameters, path, objectType) === NULL_BUBBLE_UP;
      invalid = false;
      hasErrors = failed;
      return failed ? null : outputObject;
    }
    case 'leaf': {
      if (inputValue === null) return null;
      assert(outputValue === undefined, () => `Excepted output to be undefined but got ${String(shape.type)} for type ${String(shape.type)}`);
      const valid = shape.custom || isValidLeafValue(parameters.schema, inputValue, shape.type);
      if (!valid) parameters.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${describeLast(path, shape.type, parentType)}.`, { path: Array.from(path) }));
      invalid = false;
      hasErrors = !valid;
      return valid ? inputValue : null;
    }
  }
}

export interface ComputeResponseArguments {
  operation: Operation;
  variables?: Record<string, unknown>;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (selection: FieldSelection) => unknown;
}

/** Apollo's `computeResponse`, with the operation's plan computed once (see the module's comment). */
export function computeResponse({ operation, variables, input, introspectionHandling }: ComputeResponseArguments): { data: unknown; errors: GraphQLError[] } {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  let defaulted = defaultedVariables.get(operation);
  if (!defaulted) {
    defaulted = operation.collectDefaultedVariableValues() as Record<string, unknown>;
    defaultedVariables.set(operation, defaulted);
  }
  let types = schemaTypes.get(schema);
  if (!types) {
    types = new Map();
    schemaTypes.set(schema, types);
  }
  const parameters: Parameters = {
    schema,
    variables: { __proto__: null, ...defaulted, ...variables } as Record<string, unknown>,
    errors: [],
    introspectionHandling,
    types,
  };
  const data = Object.create(null) as Record<string, unknown>;
  const result = applySelectionSet(input, operation.selectionSet, data, parameters, [], schema.schemaDefinition.rootType(operation.rootKind)!);
  return { data: result === NULL_BUBBLE_UP ? null : data, errors: parameters.errors };
}
