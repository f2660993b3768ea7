import type { z } from "zod";

/**
 * Builds a valid input for a procedure from its zod schema, so a matrix can call every procedure
 * without anyone writing an input by hand. Ids are not invented: fields that point at something
 * (`requestId`, `counterpartyRegionId`, ...) get an id from `valueFor`, so the caller decides whose
 * ids go in; `valueFor` may also suggest values for other fields by name (a product code, a PDF).
 * Everything else gets the first of a few ordinary values that the schema accepts.
 */
export type ValueFor = (key: string) => unknown[] | undefined;

type AnySchema = z.core.$ZodType;
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

const STRING_VALUES = [
  "2027-03-01",
  "2012-03-01",
  "111222333",
  "12345678",
  "Een gewone omschrijving voor de test",
  "tester@wereld.test",
  "43A01",
  "K",
  "01",
  "14",
  "43",
  "wereld-a",
  "https://idp.wereld.test",
  "jeugdzorgplus",
  "Wachtwoord-voor-de-test-2026",
  "abcdefghijklmnopqrstuvwxyz0123456789",
];
const NUMBER_VALUES = [1, 2, 5, 2027, 0, 100];

function accepts(schema: AnySchema, value: unknown): boolean {
  return (schema as unknown as z.ZodType).safeParse(value).success;
}

/** Candidate values for one schema, best first. Objects are searched until one passes as a whole. */
export function candidates(schema: AnySchema, key: string, valueFor: ValueFor): unknown[] {
  const suggested = (valueFor(key) ?? []).filter((v) => accepts(schema, v));
  return [...suggested, ...byType(schema, key, valueFor)];
}

function byType(schema: AnySchema, key: string, valueFor: ValueFor): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return sampleObject(schema, valueFor);
    case "string":
      return STRING_VALUES.filter((v) => accepts(schema, v));
    case "number":
    case "int":
      return NUMBER_VALUES.filter((v) => accepts(schema, v));
    case "boolean":
      return [true, false];
    case "enum":
      return Object.values(def.entries as Record<string, unknown>);
    case "literal":
      return [...(def.values as unknown[])];
    case "array": {
      const inner = candidates(def.element as AnySchema, key, valueFor);
      const lengths = [1, 0, 2, 3, 5, 10, 16, 20];
      return inner.length === 0 ? [[]] : lengths.map((n) => Array.from({ length: n }, () => inner[0])).filter((v) => accepts(schema, v));
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return [...candidates(def.innerType as AnySchema, key, valueFor), ...(def.type === "nullable" ? [null] : []), undefined];
    case "pipe":
      return candidates(def.in as AnySchema, key, valueFor);
    case "union":
      return (def.options as AnySchema[]).flatMap((o) => candidates(o, key, valueFor));
    case "record":
      return [{}];
    default:
      return [undefined];
  }
}

function sampleObject(schema: AnySchema, valueFor: ValueFor): unknown[] {
  const shape = defOf(schema).shape as Record<string, AnySchema>;
  const fields = Object.entries(shape).map(([k, s]) => ({ key: k, options: candidates(s, k, valueFor) }));
  const build = (choice: number[]) =>
    Object.fromEntries(fields.map((f, i) => [f.key, f.options[choice[i]!]]).filter(([, v]) => v !== undefined));
  const first = fields.map(() => 0);
  if (accepts(schema, build(first))) return [build(first)];
  // Cross-field rules (refinements): change one field at a time, then two, until the whole passes.
  for (let i = 0; i < fields.length; i++) {
    for (let c = 1; c < fields[i]!.options.length; c++) {
      const choice = [...first];
      choice[i] = c;
      if (accepts(schema, build(choice))) return [build(choice)];
      for (let j = i + 1; j < fields.length; j++) {
        for (let d = 1; d < fields[j]!.options.length; d++) {
          const pair = [...choice];
          pair[j] = d;
          if (accepts(schema, build(pair))) return [build(pair)];
        }
      }
    }
  }
  return [];
}

/** The id-carrying fields of a schema (their keys), wherever they sit in it. */
export function idFields(schema: AnySchema, isIdKey: (key: string) => boolean, key = ""): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, AnySchema>).flatMap(([k, s]) => idFields(s, isIdKey, k));
    case "array":
      return idFields(def.element as AnySchema, isIdKey, key);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return idFields(def.innerType as AnySchema, isIdKey, key);
    case "pipe":
      return idFields(def.in as AnySchema, isIdKey, key);
    case "string":
      return isIdKey(key) ? [key] : [];
    default:
      return [];
  }
}

/** Every uuid field of a schema, whether or not its name says what it points to. */
export function uuidFields(schema: AnySchema, key = ""): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, AnySchema>).flatMap(([k, s]) => uuidFields(s, k));
    case "array":
      return uuidFields(def.element as AnySchema, key);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return uuidFields(def.innerType as AnySchema, key);
    case "pipe":
      return uuidFields(def.in as AnySchema, key);
    case "string":
      return ["uuid", "guid"].includes(String((def as { format?: string }).format)) ? [key] : [];
    default:
      return [];
  }
}
