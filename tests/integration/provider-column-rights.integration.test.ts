import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@jeugdregie/db";
import type { OfferStatus, TenantScope } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { arrangeTwoTenants } from "./helpers/fixtures.ts";

/*
 * A provider changes exactly what its actions need and nothing else: no UPDATE through RLS on
 * locations, placements or offers, only narrow functions (confirm capacity, answer an open offer,
 * signal a running placement at risk) that check their input and the provider themselves. The
 * columns come from the catalog, so a column added later is covered without touching this test.
 */
let db: TestDatabase;
let t: Awaited<ReturnType<typeof arrangeTwoTenants>>;
let rows: { offerOpen: string; offerAccepted: string; placement: string; locationP: string; locationQ: string; offerToQ: string };
let placementOfQ: string;

/** A child with a request in region A, an open offer to P, an accepted offer to P with a running placement, and Q's own. */
async function arrangeOffersAndPlacements() {
  const owner = db.owner;
  const user = await owner.selectFrom("users").select("id").executeTakeFirstOrThrow();
  const locations = await owner.selectFrom("locations").select(["id", "name", "provider_id"]).where("region_id", "=", t.regionA).execute();
  const locationP = locations.find((l) => l.name === "P in A")!.id;
  const locationQ = locations.find((l) => l.name === "Q in A")!.id;
  const request = async (n: number) => {
    const child = await owner
      .insertInto("children")
      .values({
        region_id: t.regionA,
        pseudonym: `J-COL${n}`,
        bsn_hash: `hash-col-${n}`,
        bsn_encrypted: "v1:x",
        birth_date: "2012-03-01",
        gender: "1",
        home_municipality_code: "GM9001",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return (
      await owner
        .insertInto("placement_requests")
        .values({
          region_id: t.regionA,
          child_id: child.id,
          referrer_user_id: user.id,
          referrer_kind: "01",
          care_type: "behandelgroep",
          status: "offered",
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  };
  const offer = async (requestId: string, locationId: string, providerId: string, status: OfferStatus) =>
    (
      await owner
        .insertInto("offers")
        .values({
          region_id: t.regionA,
          request_id: requestId,
          location_region_id: t.regionA,
          location_id: locationId,
          provider_id: providerId,
          status,
          deadline_at: new Date(Date.now() + 86_400_000),
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const placementFor = async (requestId: string, offerId: string, locationId: string, providerId: string) =>
    (
      await owner
        .insertInto("placements")
        .values({
          region_id: t.regionA,
          request_id: requestId,
          offer_id: offerId,
          location_region_id: t.regionA,
          location_id: locationId,
          provider_id: providerId,
          starts_on: "2026-01-05",
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const r1 = await request(1);
  const r2 = await request(2);
  const r3 = await request(3);
  const r4 = await request(4);
  const offerOpen = await offer(r1, locationP, t.providerP, "open");
  const offerAccepted = await offer(r2, locationP, t.providerP, "accepted");
  const placement = await placementFor(r2, offerAccepted, locationP, t.providerP);
  const offerToQ = await offer(r3, locationQ, t.providerQ, "open");
  const acceptedByQ = await offer(r4, locationQ, t.providerQ, "accepted");
  placementOfQ = await placementFor(r4, acceptedByQ, locationQ, t.providerQ);
  return { offerOpen, offerAccepted, placement, locationP, locationQ, offerToQ };
}

beforeAll(async () => {
  db = await createTestDatabase();
  t = await arrangeTwoTenants(db.owner);
  rows = await arrangeOffersAndPlacements();
});
afterAll(() => db.drop());

const TABLES = ["locations", "placements", "offers"] as const;

/** A value of the column's type that differs from the current one (or is refused by a check: also fine). */
function differentValue(column: string, dataType: string, udtName: string): string {
  const c = `"${column}"`;
  if (dataType === "ARRAY") return `array_append(${c}, 'x'::${udtName.slice(1)})`;
  switch (dataType) {
    case "uuid":
      return "gen_random_uuid()";
    case "text":
      return `coalesce(${c}, '') || 'x'`;
    case "integer":
    case "bigint":
      return `coalesce(${c}, 0) + 1`;
    case "boolean":
      return `not coalesce(${c}, false)`;
    case "date":
      return `coalesce(${c}, current_date) + 1`;
    case "timestamp with time zone":
      return `coalesce(${c}, now()) + interval '1 day'`;
    case "jsonb":
      return `coalesce(${c}, '{}') || '{"x": 1}'`;
    default:
      throw new Error(`no different value for ${column} of type ${dataType}`);
  }
}

async function snapshot(table: string) {
  const { rows: all } = await sql<{ row: unknown }>`select to_jsonb(t) as row from ${sql.table(table)} t order by id`.execute(db.owner);
  return all.map((r) => r.row);
}

/** Runs one statement as the scope; an error (refused) counts as zero rows. */
async function affected(scope: TenantScope, statement: string): Promise<number | "refused"> {
  try {
    const result = await withTenant(db.app, scope, (tx) => sql.raw(statement).execute(tx));
    return Number(result.numAffectedRows ?? 0);
  } catch {
    return "refused";
  }
}

describe("a provider's UPDATE through RLS", () => {
  for (const table of TABLES) {
    it(`changes no column of ${table}`, async () => {
      const { rows: columns } = await sql<{ column_name: string; data_type: string; udt_name: string }>`
        select column_name, data_type, udt_name from information_schema.columns
        where table_schema = 'public' and table_name = ${table} order by ordinal_position`.execute(db.owner);
      expect(columns.length).toBeGreaterThan(5);
      const before = await snapshot(table);
      const provider = t.providerUserOf(t.providerP);
      const allowed: string[] = [];
      // A policy may let an update through only together with a status move (an offer's answer): try those too.
      const alongside = columns.some((c) => c.column_name === "status") ? ["", ", status = 'accepted'", ", status = 'declined'"] : [""];
      for (const { column_name, data_type, udt_name } of columns) {
        for (const extra of alongside) {
          // The same value: only a policy decides whether the row is touched (no check can refuse it).
          const same = await affected(provider, `update ${table} set "${column_name}" = "${column_name}"${extra}`);
          const value = differentValue(column_name, data_type, udt_name);
          const different = await affected(provider, `update ${table} set "${column_name}" = ${value}${extra}`);
          if (same !== 0 && same !== "refused") allowed.push(column_name);
          if (different !== 0 && different !== "refused") allowed.push(column_name);
        }
      }
      expect([...new Set(allowed)], `${table} columns a provider could update`).toEqual([]);
      expect(await snapshot(table)).toEqual(before);
    });
  }
});

describe("the provider's narrow functions", () => {
  const call = (scope: TenantScope, statement: ReturnType<typeof sql>) => withTenant(db.app, scope, (tx) => statement.execute(tx));
  const provider = () => t.providerUserOf(t.providerP);

  it("confirm capacity of the provider's own location only, never negative", async () => {
    await expect(call(provider(), sql`select * from app.confirm_capacity(${rows.locationQ}, 3)`)).rejects.toThrow(
      /not a location of this provider/,
    );
    await expect(call(provider(), sql`select * from app.confirm_capacity(${rows.locationP}, -1)`)).rejects.toThrow(/capacity/);
    await expect(call(provider(), sql`select * from app.confirm_capacity(${rows.locationP}, 1)`)).rejects.toThrow(/in use/);
    await expect(call(t.coordinatorOf(t.regionA), sql`select * from app.confirm_capacity(${rows.locationP}, 7)`)).rejects.toThrow(
      /provider/,
    );
    await call(provider(), sql`select * from app.confirm_capacity(${rows.locationP}, 7)`);
    const location = await db.owner
      .selectFrom("locations")
      .select(["capacity", "capacity_confirmed_at", "region_id", "care_types"])
      .where("id", "=", rows.locationP)
      .executeTakeFirstOrThrow();
    expect(location).toMatchObject({ capacity: 7, region_id: t.regionA, care_types: ["behandelgroep"] });
    expect(location.capacity_confirmed_at).not.toBeNull();
    const other = await db.owner.selectFrom("locations").select("capacity").where("id", "=", rows.locationQ).executeTakeFirstOrThrow();
    expect(other.capacity).toBe(8);
  });

  it("answer only the provider's own open offer, declining with a known reason", async () => {
    await expect(call(provider(), sql`select * from app.answer_offer(${rows.offerToQ}, true, null, null)`)).rejects.toThrow(
      /not an offer to this provider/,
    );
    await expect(call(provider(), sql`select * from app.answer_offer(${rows.offerOpen}, false, 'too_busy', null)`)).rejects.toThrow(
      /reason/,
    );
    await expect(call(provider(), sql`select * from app.answer_offer(${rows.offerOpen}, false, 'other', null)`)).rejects.toThrow(/reason/);
    await expect(call(provider(), sql`select * from app.answer_offer(${rows.offerAccepted}, false, 'age', null)`)).rejects.toThrow(
      /not open/,
    );
    const { rows: answered } = await call(
      provider(),
      sql`select * from app.answer_offer(${rows.offerOpen}, false, 'no_capacity', 'Groep is vol')`,
    );
    expect(answered[0]).toMatchObject({ request_status: "matching", offer_region: t.regionA });
    const offer = await db.owner.selectFrom("offers").selectAll().where("id", "=", rows.offerOpen).executeTakeFirstOrThrow();
    expect(offer).toMatchObject({
      status: "declined",
      decline_reason: "no_capacity",
      decline_text: "Groep is vol",
      location_id: rows.locationP,
    });
    await expect(call(provider(), sql`select * from app.answer_offer(${rows.offerOpen}, true, null, null)`)).rejects.toThrow(/not open/);
    const q = await db.owner.selectFrom("offers").select("status").where("id", "=", rows.offerToQ).executeTakeFirstOrThrow();
    expect(q.status).toBe("open");
  });

  it("signal only the provider's own running placement at risk", async () => {
    await expect(call(provider(), sql`select * from app.signal_at_risk(${placementOfQ}, 'Dreigt te escaleren')`)).rejects.toThrow(
      /not a running placement of this provider/,
    );
    await expect(call(provider(), sql`select * from app.signal_at_risk(${rows.placement}, '')`)).rejects.toThrow(/note/);
    await call(provider(), sql`select * from app.signal_at_risk(${rows.placement}, 'Dreigt te escaleren')`);
    const placement = await db.owner.selectFrom("placements").selectAll().where("id", "=", rows.placement).executeTakeFirstOrThrow();
    expect(placement).toMatchObject({ at_risk: true, at_risk_note: "Dreigt te escaleren", ended_on: null, location_id: rows.locationP });
    const q = await db.owner.selectFrom("placements").select("at_risk").where("id", "=", placementOfQ).executeTakeFirstOrThrow();
    expect(q.at_risk).toBe(false);
  });

  it("leave no way around them: the old response function is gone", async () => {
    const { rows: found } = await sql<{ n: number }>`
      select count(*)::int as n from pg_proc p join pg_namespace s on s.oid = p.pronamespace
      where s.nspname = 'app' and p.proname = 'apply_offer_response'`.execute(db.owner);
    expect(found[0]!.n).toBe(0);
  });
});
