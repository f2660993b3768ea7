import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PAGE_SIZE } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";
import { routerCaller, routerProcedures, type CallerRole } from "../helpers/router-calls.ts";
import { PROVIDER_ROLES, REGION_ROLES, type TenantWorld } from "../helpers/tenant-world.ts";
import { arrangeTwoWorlds } from "../helpers/two-worlds.ts";
import { hintFor, idsOf, kindOfField } from "../security/procedure-matrix-rules.ts";
import { candidates } from "../security/zod-sample.ts";
import { BOUNDED_ANSWERS } from "./bounded-answers.ts";

/*
 * Generated from the router: every query, called by every role with its own ids, whose answer is a
 * list (an array, or an object with an array field) must be a keyset page: it takes `{ cursor,
 * limit }` with a maximum of MAX_PAGE_SIZE, answers `{ items, nextCursor }`, honours `limit`, and
 * its next page continues without repeating a row. A new list procedure without pagination makes
 * this fail, unless its arrays are bounded by nature and listed, with the reason, in bounded-answers.ts.
 */
const ROLES: CallerRole[] = [...REGION_ROLES, ...PROVIDER_ROLES, "supra_coordinator", "platform_admin", "ministry_analyst"];
type Schema = Parameters<typeof candidates>[0];
const parses = (schema: unknown, value: unknown) => (schema as { safeParse(v: unknown): { success: boolean } }).safeParse(value).success;

let db: TestDatabase;
let a: TenantWorld;
let call: ReturnType<typeof routerCaller>;

beforeAll(async () => {
  db = await createTestDatabase();
  const worlds = await arrangeTwoWorlds(db.owner);
  a = worlds.a;
  call = routerCaller(db.owner, db.app, (role) => {
    const user = a.users[role] ?? worlds.national[role];
    return user && { id: user.id, regionId: (REGION_ROLES as readonly string[]).includes(role) ? a.regionId : null };
  });
});
afterAll(async () => {
  await db.drop();
});

function arrayFields(body: unknown): string[] {
  if (Array.isArray(body)) return ["(the answer itself)"];
  if (!body || typeof body !== "object") return [];
  return Object.entries(body)
    .filter(([, v]) => Array.isArray(v))
    .map(([k]) => k);
}

const idOf = (row: unknown) => JSON.stringify(row);

describe("list procedures (generated from the router)", () => {
  it("answers every list as a keyset page of at most MAX_PAGE_SIZE rows that honours limit and cursor", async () => {
    const problems: string[] = [];
    const lists = new Set<string>();
    for (const [path, procedure] of routerProcedures()) {
      if (procedure._def.type !== "query") continue;
      const schema = procedure._def.inputs[0] as Schema | undefined;
      const own = (key: string) => {
        const kind = kindOfField(key);
        return kind ? idsOf(a, kind) : hintFor(a, key);
      };
      // The first page: a generated cursor would be a forged one (refused as bad input).
      const generated = schema ? candidates(schema, "", own)[0] : undefined;
      const input = generated && typeof generated === "object" ? { ...generated, cursor: undefined, limit: undefined } : generated;
      for (const role of ROLES) {
        const outcome = await call(path, role, input);
        if (!outcome.ok) continue;
        const fields = arrayFields(JSON.parse(outcome.body || "null"));
        const unbounded = fields.filter((f) => !BOUNDED_ANSWERS[path]?.fields.includes(f));
        if (unbounded.length === 0) continue;
        lists.add(path);
        if (unbounded.join() !== "items") {
          problems.push(`${path} (${role}): a list answer must be { items, nextCursor }, has arrays ${unbounded.join(", ")}`);
          break;
        }
        const base = (input ?? {}) as Record<string, unknown>;
        if (!schema || !parses(schema, { ...base, limit: MAX_PAGE_SIZE }) || parses(schema, { ...base, limit: MAX_PAGE_SIZE + 1 })) {
          problems.push(`${path}: input must take limit up to ${MAX_PAGE_SIZE} and refuse more`);
          break;
        }
        const first = await call(path, role, { ...base, limit: 1 });
        const page = first.ok ? (JSON.parse(first.body) as { items: unknown[]; nextCursor: string | null }) : null;
        if (!page || page.items.length > 1 || !("nextCursor" in page)) {
          problems.push(`${path} (${role}): limit 1 answered ${first.body.slice(0, 120)}`);
          break;
        }
        if (page.nextCursor) {
          const next = await call(path, role, { ...base, limit: 1, cursor: page.nextCursor });
          const second = next.ok ? (JSON.parse(next.body) as { items: unknown[] }) : null;
          if (!second || second.items.length !== 1 || idOf(second.items[0]) === idOf(page.items[0]))
            problems.push(`${path} (${role}): the next page does not continue (${next.body.slice(0, 120)})`);
        }
      }
    }
    console.info(`List procedures found: ${[...lists].sort().join(", ")}`);
    expect(problems).toEqual([]);
    // Not blind: the coordinator's queue is one of the lists found.
    expect(lists).toContain("placement.queue");
  });

  it("refuses a page larger than MAX_PAGE_SIZE and a cursor that is not one", async () => {
    const tooMany = await call("placement.queue", "placement_coordinator", { limit: MAX_PAGE_SIZE + 1 });
    expect(tooMany.ok ? "ok" : tooMany.code).toBe("BAD_REQUEST");
    const forged = await call("placement.queue", "placement_coordinator", { cursor: "niet-een-cursor" });
    expect(forged.ok ? "ok" : forged.code).toBe("BAD_REQUEST");
  });
});
