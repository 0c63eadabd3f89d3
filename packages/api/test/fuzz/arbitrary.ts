import fc from "fast-check";
import { HOSTILE_STRINGS } from "./hostile";

/** The JSON Schema subset zod 4's toJSONSchema writes for our inputs. */
export type TJsonSchema = {
  type?: string | string[];
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  additionalProperties?: boolean | TJsonSchema;
  items?: TJsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: TJsonSchema[];
  oneOf?: TJsonSchema[];
};

/** Real ids and codes, so that fuzzed calls also reach the code behind the "not found" checks. */
export type TPools = { ids: string[]; itemIds: string[]; codes: string[] };

const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.date(), fc.constant(undefined));

function stringFor(schema: TJsonSchema, key: string, pools: TPools): fc.Arbitrary<string> {
  const fitting = fc.string({
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 60, 200),
  });
  const options: fc.Arbitrary<string>[] = [
    fitting,
    fc.string({ unit: "binary", maxLength: 40 }), // lone surrogates included
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom(...HOSTILE_STRINGS),
  ];
  if (/id$/i.test(key) && pools.ids.length) options.push(fc.constantFrom(...pools.ids, ...pools.itemIds));
  if (key === "code" && pools.codes.length) options.push(fc.constantFrom(...pools.codes));
  return fc.oneof(...options);
}

/** Values that mostly fit `schema`, with hostile strings everywhere and now and then a wrong type. */
export function arbitraryFor(schema: TJsonSchema, pools: TPools, key = ""): fc.Arbitrary<unknown> {
  const fitting = fittingFor(schema, pools, key);
  return fc.oneof({ weight: 9, arbitrary: fitting }, { weight: 1, arbitrary: anything });
}

function fittingFor(schema: TJsonSchema, pools: TPools, key: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => fittingFor(s, pools, key)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return stringFor(schema, key, pools);
    case "integer":
    case "number": {
      const min = schema.minimum ?? -1e6;
      const max = schema.maximum ?? 1e6;
      return fc.oneof(
        fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
        fc.constantFrom(min - 1, max + 1, 0.5, -0, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity),
        type === "number" ? fc.double({ min, max, noNaN: true }) : fc.integer({ min, max }),
      );
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(arbitraryFor(schema.items ?? {}, pools, key), {
        minLength: Math.min(schema.minItems ?? 0, 10),
        maxLength: Math.min(schema.maxItems ?? 8, 60) + 1,
      });
    case "object": {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, s] of Object.entries(props)) fields[name] = arbitraryFor(s, pools, name);
      const known = fc.record(fields, { requiredKeys: Object.keys(props).filter((k) => required.has(k)) });
      if (!Object.keys(props).length) {
        const value = typeof schema.additionalProperties === "object" ? schema.additionalProperties : {};
        return fc.dictionary(
          fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE_STRINGS)),
          arbitraryFor(value, pools),
          { maxKeys: 12 },
        );
      }
      // Now and then an extra key, which a strict schema must refuse.
      return fc.oneof(
        { weight: 5, arbitrary: known },
        { weight: 1, arbitrary: known.map((v) => ({ ...v, ["extra\u0000"]: 1 })) },
      );
    }
    default:
      return anything;
  }
}
