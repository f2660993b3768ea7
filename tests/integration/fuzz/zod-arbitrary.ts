import fc from "fast-check";
import type { z } from "zod";
import { candidates, type ValueFor } from "../security/zod-sample.ts";

/**
 * Turns a procedure's zod input schema into a fast-check arbitrary that mostly follows the
 * schema's shape and often breaks it the way real clients and attackers do: control characters
 * and NUL bytes in text, enormous and negative numbers, calendar dates that do not exist, dates in
 * the wrong order, wrong types, missing and extra fields. Ids are mostly real ones (`valueFor`), so
 * the input reaches the database instead of stopping at "not found".
 */
type AnySchema = z.core.$ZodType;
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

const nasty = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31m",
  "'; drop table regions; --",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  "\uD800",
  "𝔍𝔢𝔲𝔤𝔡",
  " ",
  "",
  "x".repeat(10_001),
  "2026-13-40",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31",
  "1900-01-01",
  "00000000-0000-0000-0000-000000000000",
  "999990019",
  "GM0000",
);

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: nasty },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
);

const number = fc.oneof(
  fc.integer({ min: -5, max: 50 }),
  fc.constantFrom(0, -1, 2_147_483_648, 9_999_999_999, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.5, 1e308),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Anything JSON can carry: what a client that ignores the schema sends. */
const wrongType = fc.oneof(fc.constant(null), fc.boolean(), number, text, fc.constant([]), fc.constant({}));

export function arbitraryFor(schema: AnySchema, valueFor: ValueFor, key = ""): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 30, arbitrary: typed(schema, valueFor, key) }, { weight: 1, arbitrary: wrongType });
}

/** A value the schema accepts, the same value spoiled (control characters, padding), or rubbish. */
function spoilable(valid: unknown[], rubbish: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const strings = valid.filter((v): v is string => typeof v === "string");
  if (valid.length === 0) return rubbish;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    ...(strings.length > 0
      ? [
          {
            weight: 2,
            arbitrary: fc
              .tuple(fc.constantFrom(...strings), fc.constantFrom("\u0000", "\u0001", "\u001f", "\u007f", "\uFFFE", " ".repeat(3)))
              .map(([v, bad]) => `${v}${bad}`),
          },
        ]
      : []),
    { weight: 2, arbitrary: rubbish },
  );
}

function typed(schema: AnySchema, valueFor: ValueFor, key: string): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, AnySchema>;
      const keys = Object.keys(shape);
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, arbitraryFor(s, valueFor, k)]));
      const random = fc
        .tuple(fc.record(fields, { requiredKeys: [] }), fc.dictionary(fc.string({ maxLength: 8 }), wrongType, { maxKeys: 1 }))
        .map(([record, extra]) => ({ ...extra, ...record }));
      // Mostly a valid input with one or two fields spoiled, so the bad value travels as deep as it can.
      const base = candidates(schema, key, valueFor)[0] as Record<string, unknown> | undefined;
      if (!base || keys.length === 0) return random;
      const mutated = fc
        .tuple(fc.subarray(keys, { minLength: 1, maxLength: Math.min(2, keys.length) }), fc.record(fields))
        .map(([chosen, values]) => ({ ...base, ...Object.fromEntries(chosen.map((k) => [k, values[k]])) }));
      return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: random });
    }
    case "string": {
      const isUuid = ["uuid", "guid"].includes(String((def as { format?: string }).format));
      const valid = candidates(schema, key, valueFor).slice(0, 4);
      return spoilable(valid, isUuid ? fc.oneof(fc.uuid(), text) : text);
    }
    case "number":
    case "int":
      return spoilable(candidates(schema, key, valueFor).slice(0, 3), number);
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...Object.values(def.entries as Record<string, unknown>)) },
        { weight: 1, arbitrary: text },
      );
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "array":
      return fc.oneof(
        { weight: 5, arbitrary: fc.array(arbitraryFor(def.element as AnySchema, valueFor, key), { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.array(arbitraryFor(def.element as AnySchema, valueFor, key), { minLength: 30, maxLength: 60 }) },
      );
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.option(typed(def.innerType as AnySchema, valueFor, key), { nil: def.type === "nullable" ? null : undefined });
    case "pipe":
      return typed(def.in as AnySchema, valueFor, key);
    case "union":
      return fc.oneof(...(def.options as AnySchema[]).map((o) => typed(o, valueFor, key)));
    case "record":
      return fc.dictionary(fc.string({ maxLength: 12 }), arbitraryFor(def.valueType as AnySchema, valueFor, key), { maxKeys: 3 });
    default:
      return wrongType;
  }
}
