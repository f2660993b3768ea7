import { describe, expect, it } from "vitest";
import { transition, type RequestStatus } from "../placement/states.ts";
import { generateCountry, type MunicipalityRow } from "./country.ts";
import { simulateHistory } from "./history.ts";

// A small slice of the CBS list: three regions in two provinces (the generator never reads files).
const MUNICIPALITIES: MunicipalityRow[] = [
  ["GM0153", "Enschede", "Overijssel", "Twente"],
  ["GM0141", "Almelo", "Overijssel", "Twente"],
  ["GM0164", "Hengelo", "Overijssel", "Twente"],
  ["GM0202", "Arnhem", "Gelderland", "Arnhem"],
  ["GM0228", "Ede", "Gelderland", "Food Valley"],
  ["GM0345", "Veenendaal", "Utrecht", "Food Valley"],
  ["GM0518", "'s-Gravenhage", "Zuid-Holland", "Haaglanden"],
  ["GM0603", "Rijswijk", "Zuid-Holland", "Haaglanden"],
].map(([code, name, province, jeugdzorgregio]) => ({ code: code!, name: name!, province: province!, jeugdzorgregio: jeugdzorgregio! }));

const NOW = new Date("2026-06-01T10:30:00Z");
const make = (seed: number, trace = true) => {
  const country = generateCountry({ seed, scale: 0.01, municipalities: MUNICIPALITIES });
  return { country, history: simulateHistory(country, { seed, now: NOW, days: 540, trace }) };
};

describe("synthetic country", () => {
  const { country, history } = make(7);

  it("is deterministic: the same seed gives the same country and history, another seed another", () => {
    const again = make(7);
    expect(JSON.stringify(again.country)).toBe(JSON.stringify(country));
    expect(JSON.stringify(again.history)).toBe(JSON.stringify(history));
    expect(JSON.stringify(make(8).history.offers.slice(0, 20))).not.toBe(JSON.stringify(history.offers.slice(0, 20)));
  });

  it("has a history worth testing: placements, declines, expiries, waiting, re-placements", () => {
    expect(country.regions.map((r) => r.name)).toEqual(["Arnhem", "Food Valley", "Haaglanden", "Twente"]);
    expect(history.placements.length).toBeGreaterThan(100);
    const statuses = new Set(history.offers.map((o) => o.status));
    for (const s of ["accepted", "declined", "expired"]) expect(statuses).toContain(s);
    expect(history.requests.some((r) => r.status === "waiting" || r.waitingSince !== null || r.trail?.includes("wait"))).toBe(true);
    expect(history.placements.some((p) => p.endDestination === "another_placement")).toBe(true);
  });

  it("never has more placements at a location than its capacity, at any time", () => {
    const capacity = new Map(country.locations.map((l) => [l.id, l.capacity]));
    const changes = new Map<string, [string, number][]>();
    for (const p of history.placements) {
      const list = changes.get(p.locationId) ?? [];
      list.push([p.startsOn, 1]);
      if (p.endedOn) list.push([p.endedOn, -1]);
      changes.set(p.locationId, list);
    }
    for (const [locationId, list] of changes) {
      // Half-open stays: a place freed on a day can be taken from that day on.
      list.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
      let occupied = 0;
      for (const [, delta] of list) {
        occupied += delta;
        expect(occupied).toBeLessThanOrEqual(capacity.get(locationId)!);
      }
    }
    // At the end, running placements and held offers together fit too.
    const placedOffers = new Set(history.placements.map((p) => p.offerId));
    const held = new Map<string, number>();
    for (const p of history.placements) if (!p.endedOn) held.set(p.locationId, (held.get(p.locationId) ?? 0) + 1);
    for (const o of history.offers)
      if ((o.status === "open" || o.status === "accepted") && !placedOffers.has(o.id))
        held.set(o.locationId, (held.get(o.locationId) ?? 0) + 1);
    for (const [locationId, n] of held) expect(n).toBeLessThanOrEqual(capacity.get(locationId)!);
  });

  it("keeps one open offer per request, and each request's status matches its offers and placements", () => {
    const open = new Map<string, number>();
    for (const o of history.offers) if (o.status === "open") open.set(o.requestId, (open.get(o.requestId) ?? 0) + 1);
    expect(Math.max(0, ...open.values())).toBeLessThanOrEqual(1);
    const running = new Set(history.placements.filter((p) => !p.endedOn).map((p) => p.requestId));
    for (const r of history.requests) {
      expect(open.has(r.id)).toBe(r.status === "offered");
      expect(running.has(r.id)).toBe(r.status === "placed");
    }
  });

  it("moves every request only through the state machine, from draft to where it stands", () => {
    for (const r of history.requests) {
      let status: RequestStatus = "draft";
      for (const event of r.trail!) {
        status = transition(
          status,
          { type: event, missingDocuments: [], openOffers: 0, interimHelp: "ambulante hulp", hasAcceptedOffer: true } as never,
          r.urgency,
        );
      }
      expect(status).toBe(r.status);
    }
  });

  it("justifies every offer outside the child's region and offers only under confirmed contracts", () => {
    const justified = new Set(history.justifications.map((j) => `${j.requestId}|${j.locationId}`));
    const confirmed = new Set(country.contracts.filter((c) => c.confirmed).map((c) => `${c.regionId}|${c.providerId}`));
    for (const o of history.offers) {
      if (o.locationRegionId !== o.regionId) expect(justified.has(`${o.requestId}|${o.locationId}`)).toBe(true);
      expect(confirmed.has(`${o.locationRegionId}|${o.providerId}`)).toBe(true);
      expect(o.sentAt).toBeLessThanOrEqual(NOW.getTime());
      if (o.status === "open") expect(o.deadlineAt).toBeGreaterThan(NOW.getTime());
    }
  });

  it("gives children unique pseudonyms and BSNs that pass the 11-proef", async () => {
    const { isValidBsn, isTestBsn } = await import("../identifiers.ts");
    expect(new Set(history.children.map((c) => c.pseudonym)).size).toBe(history.children.length);
    expect(new Set(history.children.map((c) => c.bsn)).size).toBe(history.children.length);
    for (const c of history.children) expect(isValidBsn(c.bsn) && !isTestBsn(c.bsn)).toBe(true);
  });
});
