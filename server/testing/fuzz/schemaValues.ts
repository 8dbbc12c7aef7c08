// Fuzzing helper: values generated from a route's zod schema (shared/api/contract.ts), through the JSON
// Schema zod writes of it: mostly what the schema accepts, sometimes a near miss (a field dropped, an
// unknown field added, a field of a hostile value), so that a route's handler is reached with every shape
// its contract allows and its parser with the shapes just outside. Types the contract trusts rather than
// describes (`typed<T>()`) come out as any JSON value.

import fc from 'fast-check';
import { z } from 'zod';
import { hostileValue } from './hostileValues';

interface Node {
  $ref?: string;
  $defs?: Record<string, Node>;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Node;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: Node | boolean;
}

/** The longest string or array generated, whatever the schema allows: the parser's limits are probed apart. */
const MAX_TEXT = 80;
const MAX_ITEMS = 4;
const MAX_DEPTH = 6;

function stringOf(node: Node): fc.Arbitrary<string> {
  // Zod states its own e-mail pattern, narrower than RFC 5322: follow it when given.
  if (node.format === 'email' && node.pattern === undefined) return fc.emailAddress();
  if (node.format === 'date-time')
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString());
  if (node.pattern !== undefined) return fc.stringMatching(new RegExp(node.pattern));
  const minLength = node.minLength ?? 0;
  return fc.string({
    minLength,
    maxLength: Math.max(minLength, Math.min(node.maxLength ?? 40, MAX_TEXT)),
  });
}

function numberOf(node: Node, integer: boolean): fc.Arbitrary<number> {
  const min =
    node.minimum ?? (node.exclusiveMinimum === undefined ? -1e6 : node.exclusiveMinimum + 1);
  const max =
    node.maximum ?? (node.exclusiveMaximum === undefined ? 1e6 : node.exclusiveMaximum - 1);
  const low = Math.max(min, -1e9);
  const high = Math.min(max, 1e9);
  return integer
    ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) })
    : fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
}

function arbitraryOf(node: Node, root: Node, depth: number): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  if (node.$ref !== undefined) {
    const name = node.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    return target === undefined
      ? fc.jsonValue({ maxDepth: 2 })
      : arbitraryOf(target, root, depth + 1);
  }
  if ('const' in node) return fc.constant(node.const);
  if (node.enum !== undefined) return fc.constantFrom(...node.enum);
  const choices = node.anyOf ?? node.oneOf;
  if (choices !== undefined)
    return fc.oneof(...choices.map((choice) => arbitraryOf(choice, root, depth + 1)));
  if (node.allOf !== undefined && node.allOf.length > 0)
    return arbitraryOf(node.allOf[0]!, root, depth + 1);
  if (Array.isArray(node.type))
    return fc.oneof(...node.type.map((type) => arbitraryOf({ ...node, type }, root, depth + 1)));
  switch (node.type) {
    case 'string':
      return stringOf(node);
    case 'integer':
      return numberOf(node, true);
    case 'number':
      return numberOf(node, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = node.minItems ?? 0;
      return fc.array(
        node.items === undefined
          ? fc.jsonValue({ maxDepth: 1 })
          : arbitraryOf(node.items, root, depth + 1),
        {
          minLength,
          maxLength: Math.max(minLength, Math.min(node.maxItems ?? MAX_ITEMS, MAX_ITEMS)),
        },
      );
    }
    case 'object': {
      const properties = node.properties ?? {};
      const known = fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([key, value]) => [
            key,
            arbitraryOf(value, root, depth + 1),
          ]),
        ),
        { requiredKeys: (node.required ?? []).filter((key) => key in properties) },
      );
      const extra = node.additionalProperties;
      if (typeof extra !== 'object' || Object.keys(properties).length > 0) return known;
      // A record (`z.record`): its keys are any text.
      return fc.dictionary(fc.string({ maxLength: 12 }), arbitraryOf(extra, root, depth + 1), {
        maxKeys: MAX_ITEMS,
      });
    }
    default:
      // No type: anything (a trusted `typed<T>()` body, checked by the route's command).
      return fc.jsonValue({ maxDepth: 3 });
  }
}

/** Values the schema accepts (as far as its JSON Schema says: refinements the generator cannot see aside). */
export function schemaValue(schema: z.ZodType): fc.Arbitrary<unknown> {
  const root = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Node;
  return arbitraryOf(root, root, 0);
}

/** A near miss of an object value: one field dropped, an unknown one added, or one turned hostile. */
function nearMiss(value: unknown, pick: number, hostile: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return hostile;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const key = keys[pick % Math.max(keys.length, 1)];
  switch (pick % 3) {
    case 0:
      if (key === undefined) return { unexpected: hostile };
      return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
    case 1:
      return { ...record, unexpected: hostile };
    default:
      return key === undefined ? hostile : { ...record, [key]: hostile };
  }
}

/** Around a schema: three values in four it accepts, the fourth a near miss. */
export function aroundSchema(
  schema: z.ZodType,
  fieldNames: readonly string[],
): fc.Arbitrary<unknown> {
  const valid = schemaValue(schema);
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.nat(), hostileValue(fieldNames))
        .map(([value, pick, hostile]) => nearMiss(value, pick, hostile)),
    },
  );
}
