import fc from "fast-check";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routerCaller, routerProcedures, type CallerRole, type Outcome } from "../helpers/router-calls.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";
import { PROVIDER_ROLES, REGION_ROLES, type TenantWorld } from "../helpers/tenant-world.ts";
import { arrangeTwoWorlds } from "../helpers/two-worlds.ts";
import { hintFor, idsOf, kindOfField } from "../security/procedure-matrix-rules.ts";
import { candidates } from "../security/zod-sample.ts";
import { arbitraryFor } from "./zod-arbitrary.ts";

/*
 * Every procedure's input fuzzed from its own zod schema (property-based, fast-check): whatever
 * arrives, the answer is a 4xx with a message, never a 500. Runs per procedure and the seed are
 * fixed so CI is repeatable; FUZZ_RUNS and FUZZ_SEED explore further.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const ROLES: CallerRole[] = [...REGION_ROLES, ...PROVIDER_ROLES, "supra_coordinator", "platform_admin", "ministry_analyst", "anonymous"];
const REFUSED = new Set(["FORBIDDEN", "UNAUTHORIZED"]);

let db: TestDatabase;
let a: TenantWorld;
let call: ReturnType<typeof routerCaller>;
const msw = setupServer(http.all("*", () => HttpResponse.error()));

beforeAll(async () => {
  msw.listen({ onUnhandledFrame: "error" });
  db = await createTestDatabase();
  const worlds = await arrangeTwoWorlds(db.owner);
  a = worlds.a;
  call = routerCaller(db.owner, db.app, (role) => {
    const user = a.users[role] ?? worlds.national[role];
    return user && { id: user.id, regionId: (REGION_ROLES as readonly string[]).includes(role) ? a.regionId : null };
  });
});
afterAll(async () => {
  msw.close();
  await db.drop();
});

/** Tenant A's own ids (so inputs reach the database) and ordinary values for fields the schema cannot fill. */
const ownValue = (key: string) => {
  const kind = kindOfField(key);
  return kind ? idsOf(a, kind) : hintFor(a, key);
};

/** The roles that get past the procedure's door with an ordinary input: fuzzing them reaches the code behind it. */
async function rolesAdmitted(path: string, schema: unknown): Promise<CallerRole[]> {
  const sample = schema ? candidates(schema as Parameters<typeof candidates>[0], "", ownValue)[0] : undefined;
  const admitted: CallerRole[] = [];
  for (const role of ROLES) {
    const outcome = await call(path, role, sample);
    if (outcome.ok || !REFUSED.has(outcome.code)) admitted.push(role);
  }
  return admitted.length > 0 ? admitted : ["anonymous"];
}

function describeFailure(outcome: Outcome): string {
  if (outcome.ok) return "";
  const cause = outcome.cause as { message?: string; code?: string } | undefined;
  return `${outcome.code}: ${outcome.body}${cause?.message ? ` (cause: ${cause.code ?? ""} ${cause.message.slice(0, 120)})` : ""}`;
}

let inputs = 0;
afterAll(() => console.info(`Fuzz: ${inputs} inputs over ${routerProcedures().length} procedures (${RUNS} runs each, seed ${SEED})`));

describe("procedure inputs fuzzed from their zod schemas: data or a 4xx with a message, never a 500", () => {
  for (const [path, procedure] of routerProcedures()) {
    if (procedure._def.type === "subscription") continue;
    it(path, async () => {
      const failures: string[] = [];
      const schema = procedure._def.inputs[0] as Parameters<typeof arbitraryFor>[0] | undefined;
      const roles = await rolesAdmitted(path, schema);
      const input = schema ? arbitraryFor(schema, ownValue) : fc.constant(undefined);
      await fc
        .assert(
          fc.asyncProperty(input, fc.constantFrom(...roles), async (value, role) => {
            inputs++;
            const outcome = await call(path, role, value);
            const broken = !outcome.ok && (outcome.code === "INTERNAL_SERVER_ERROR" || outcome.body.trim() === "");
            if (broken) failures.push(`as ${role} with ${JSON.stringify(value)?.slice(0, 200)}: ${describeFailure(outcome)}`);
            return !broken;
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        )
        .catch(() => undefined);
      expect(failures).toEqual([]);
    });
  }
});
