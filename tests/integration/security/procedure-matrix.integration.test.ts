import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";
import { routerCaller, routerProcedures, type CallerRole } from "../helpers/router-calls.ts";
import { PROVIDER_ROLES, REGION_ROLES, type TenantWorld } from "../helpers/tenant-world.ts";
import { arrangeTwoWorlds } from "../helpers/two-worlds.ts";
import { ACCEPTS_FOREIGN, hintFor, idsOf, kindOfField, type Kind } from "./procedure-matrix-rules.ts";
import { tenantChecksums } from "./tenant-checksums.ts";
import { candidates, idFields, uuidFields } from "./zod-sample.ts";

/*
 * Every procedure of the router x every role x another tenant's ids, generated: nobody writes a
 * case, and a new procedure joins by existing. Callers are tenant A's users (and the national
 * roles, and nobody signed in); the ids are tenant B's. A call with B's ids must be answered
 * NOT_FOUND or FORBIDDEN (or UNAUTHORIZED), never with data; no answer may contain anything of
 * B (its marker text or its private ids); and no call may change a row of B.
 */
const procedures = routerProcedures();
const CALLER_ROLES: CallerRole[] = [
  ...REGION_ROLES,
  ...PROVIDER_ROLES,
  "supra_coordinator",
  "platform_admin",
  "ministry_analyst",
  "anonymous",
];
const REFUSALS = new Set<TRPCError["code"]>(["NOT_FOUND", "FORBIDDEN", "UNAUTHORIZED"]);

let db: TestDatabase;
let a: TenantWorld;
let b: TenantWorld;
let call: ReturnType<typeof routerCaller>;
const msw = setupServer(http.all("*", () => HttpResponse.error()));

beforeAll(async () => {
  msw.listen({ onUnhandledFrame: "error" });
  db = await createTestDatabase();
  const worlds = await arrangeTwoWorlds(db.owner);
  ({ a, b } = worlds);
  call = routerCaller(db.owner, db.app, (role) => {
    const user = a.users[role] ?? worlds.national[role];
    return user && { id: user.id, regionId: (REGION_ROLES as readonly string[]).includes(role) ? a.regionId : null };
  });
});
afterAll(async () => {
  msw.close();
  await db.drop();
});

function leaksOf(world: TenantWorld, body: string): string[] {
  return [world.marker, ...world.privateIds].filter((secret) => body.includes(secret));
}

interface Case {
  label: string;
  input: unknown;
  foreignKinds: Kind[];
}

/** One case with every id from B, and one per id field with only that field from B. */
function casesFor(path: string, schema: unknown): { cases: Case[]; problem?: string } {
  if (!schema) return { cases: [{ label: "no input", input: undefined, foreignKinds: [] }] };
  const s = schema as Parameters<typeof candidates>[0];
  const kinds = new Map<string, Kind>();
  for (const key of idFields(s, (k) => kindOfField(k) !== undefined)) kinds.set(key, kindOfField(key)!);
  const unnamed = uuidFields(s).filter((k) => !kinds.has(k));
  if (unnamed.length > 0) return { cases: [], problem: `${path}: uuid field(s) ${unnamed.join(", ")} do not say what they point to` };
  const sample = (idFor: (key: string) => string[] | undefined) => candidates(s, "", (key) => idFor(key) ?? hintFor(a, key))[0];
  const own = (key: string) => (kinds.has(key) ? idsOf(a, kinds.get(key)!) : undefined);
  if (kinds.size === 0) {
    const input = sample(own);
    return input === undefined
      ? { cases: [], problem: `${path}: no valid input could be generated` }
      : { cases: [{ label: "own scope", input, foreignKinds: [] }] };
  }
  const cases: Case[] = [];
  const allForeign = sample((key) => (kinds.has(key) ? idsOf(b, kinds.get(key)!) : undefined));
  if (allForeign !== undefined) cases.push({ label: "all ids of B", input: allForeign, foreignKinds: [...new Set(kinds.values())] });
  for (const [key, kind] of kinds) {
    for (const [i, id] of idsOf(b, kind).entries()) {
      const input = sample((k) => (k === key ? [id] : own(k)));
      if (input !== undefined) cases.push({ label: `${key} of B (#${i + 1})`, input, foreignKinds: [kind] });
    }
  }
  const unique = [...new Map(cases.map((c) => [JSON.stringify(c.input), c])).values()];
  return unique.length === 0 ? { cases: [], problem: `${path}: no valid input could be generated` } : { cases: unique };
}

describe("procedure matrix (generated from the router)", () => {
  it("refuses another tenant's ids in every procedure for every role, leaks nothing and changes nothing of that tenant", async () => {
    const problems: string[] = [];
    const breaches: string[] = [];
    let calls = 0;
    let foreignCalls = 0;
    for (const [path, procedure] of procedures) {
      if (procedure._def.type === "subscription") continue;
      const inputs = procedure._def.inputs;
      if (inputs.length > 1) problems.push(`${path}: more than one input schema`);
      const { cases, problem } = casesFor(path, inputs[0]);
      if (problem) problems.push(problem);
      const before = await tenantChecksums(db.owner, a, b);
      for (const role of CALLER_ROLES) {
        for (const c of cases) {
          calls++;
          const outcome = await call(path, role, c.input);
          const where = `${path} as ${role} (${c.label})`;
          const leaked = leaksOf(b, outcome.body);
          if (leaked.length > 0) breaches.push(`${where}: answer contains tenant B's ${leaked.join(", ").slice(0, 120)}`);
          if (c.foreignKinds.length === 0) continue;
          foreignCalls++;
          const rule = ACCEPTS_FOREIGN[path];
          const accepted = Boolean(
            rule && (!rule.roles || rule.roles.includes(role)) && c.foreignKinds.every((k) => rule.kinds.includes(k)),
          );
          if (outcome.ok && !accepted) breaches.push(`${where}: answered with data`);
          if (!outcome.ok && !REFUSALS.has(outcome.code) && !(accepted && outcome.code !== "INTERNAL_SERVER_ERROR"))
            breaches.push(`${where}: answered ${outcome.code} (${outcome.body.slice(0, 80)}) instead of NOT_FOUND/FORBIDDEN`);
        }
      }
      const after = await tenantChecksums(db.owner, a, b);
      const allowed = ACCEPTS_FOREIGN[path]?.changes ?? [];
      const changed = Object.keys(after).filter((table) => after[table] !== before[table] && !allowed.includes(table));
      if (changed.length > 0) breaches.push(`${path}: changed tenant B's rows in ${changed.join(", ")}`);
    }
    console.info(
      `Procedure matrix: ${procedures.length} procedures x ${CALLER_ROLES.length} roles = ${calls} calls, ${foreignCalls} of them with tenant B's ids`,
    );
    // Problems: procedures the matrix cannot call (name id fields after what they point to).
    expect({ problems, breaches }).toEqual({ problems: [], breaches: [] });
    // About 1,400 calls: well within a minute on a quiet machine, longer when other test processes share the cores.
  }, 180_000);

  it("is not blind: tenant A's own coordinator gets its own request back", async () => {
    const own = await call("placement.get", "placement_coordinator", { requestId: a.requestId });
    expect(own.ok, own.body).toBe(true);
    expect(leaksOf(a, own.body).length).toBeGreaterThan(0);
  });
});
