import { sql } from "kysely";
import type { SyntheticHistory } from "@jeugdregie/domain";
import type { Database } from "../client.ts";
import { arrayLiteral, bulkInsert, iso } from "./bulk.ts";

/** What the writer needs of the field crypto (the same keys the platform uses, so dossiers open). */
export interface ChildCipher {
  encrypt(plain: string): string;
  lookupHash(value: string): string;
}

export interface WrittenHistory {
  children: number;
  requests: number;
  documents: number;
  offers: number;
  placements: number;
  justifications: number;
}

// Stand-in content: history documents are never opened for their bytes, only counted by kind.
const DOCUMENT_BYTES = "%PDF-1.4\n% synthetisch document\n%%EOF\n";

/**
 * Writes a simulated history in bulk, children's BSNs encrypted and hashed exactly as intake does.
 * `trustReferences` skips the foreign-key triggers while writing (one pinned connection in replica
 * mode; unique indexes and checks still apply): for a generator whose references the unit tests
 * already prove, at national scale, where the triggers cost most of the write time. Replica mode
 * also skips the triggers that keep the locations' occupancy counts, so those are counted afresh.
 */
export async function writeSyntheticHistory(
  db: Database,
  history: SyntheticHistory,
  cipher: ChildCipher,
  options: { trustReferences?: boolean } = {},
): Promise<WrittenHistory> {
  if (!options.trustReferences) return writeRows(db, history, cipher);
  const written = await db.connection().execute(async (conn) => {
    await sql`set session_replication_role = replica`.execute(conn);
    try {
      return await writeRows(conn, history, cipher);
    } finally {
      await sql`set session_replication_role = default`.execute(conn);
    }
  });
  await sql`select app.recount_occupancy()`.execute(db);
  return written;
}

async function writeRows(db: Database, history: SyntheticHistory, cipher: ChildCipher): Promise<WrittenHistory> {
  await bulkInsert(
    db,
    "children",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["pseudonym", "text"],
      ["bsn_hash", "text"],
      ["bsn_encrypted", "text"],
      ["birth_date", "date"],
      ["gender", "text"],
      ["home_municipality_code", "text"],
      ["created_at", "timestamptz"],
    ],
    history.children.map((c) => [
      c.regionId,
      c.id,
      c.pseudonym,
      cipher.lookupHash(c.bsn),
      cipher.encrypt(c.bsn),
      c.birthDate,
      c.gender,
      c.homeMunicipalityCode,
      iso(c.createdAt),
    ]),
  );
  await bulkInsert(
    db,
    "placement_requests",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["child_id", "uuid"],
      ["referrer_user_id", "uuid"],
      ["referrer_kind", "text"],
      ["urgency", "text"],
      ["status", "text"],
      ["care_type", "text"],
      ["expertise_tags", "text[]"],
      ["intensity_band", "text"],
      ["interim_help", "text"],
      ["waiting_since", "timestamptz"],
      ["submitted_at", "timestamptz"],
      ["created_at", "timestamptz"],
      ["updated_at", "timestamptz"],
    ],
    history.requests.map((r) => [
      r.regionId,
      r.id,
      r.childId,
      r.referrerUserId,
      r.referrerKind,
      r.urgency,
      r.status,
      r.careType,
      arrayLiteral(r.expertiseTags),
      r.intensityBand,
      r.interimHelp,
      iso(r.waitingSince),
      iso(r.submittedAt),
      iso(r.createdAt),
      iso(r.updatedAt),
    ]),
  );
  await writeStatusTimelines(db, history);
  const documents = history.requests.flatMap((r) => r.documents.map((kind) => [r.regionId, r.id, kind, `${kind}.pdf`, iso(r.submittedAt)]));
  await bulkInsert(
    db,
    "request_documents",
    [
      ["region_id", "uuid"],
      ["request_id", "uuid"],
      ["kind", "text"],
      ["filename", "text"],
      ["uploaded_at", "timestamptz"],
      ["content_type", "text", "'application/pdf'"],
      ["size_bytes", "int", `${Buffer.byteLength(DOCUMENT_BYTES)}`],
      ["content", "bytea", `convert_to(${quote(DOCUMENT_BYTES)}, 'UTF8')`],
    ],
    documents.map((d) => [...d, null, null, null]),
  );
  await bulkInsert(
    db,
    "offers",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["request_id", "uuid"],
      ["location_region_id", "uuid"],
      ["location_id", "uuid"],
      ["provider_id", "uuid"],
      ["status", "text"],
      ["sent_by", "uuid"],
      ["sent_at", "timestamptz"],
      ["deadline_at", "timestamptz"],
      ["responded_at", "timestamptz"],
      ["decline_reason", "text"],
      ["decline_text", "text"],
    ],
    history.offers.map((o) => [
      o.regionId,
      o.id,
      o.requestId,
      o.locationRegionId,
      o.locationId,
      o.providerId,
      o.status,
      o.sentBy,
      iso(o.sentAt),
      iso(o.deadlineAt),
      iso(o.respondedAt),
      o.declineReason,
      o.declineText,
    ]),
  );
  await bulkInsert(
    db,
    "placements",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["request_id", "uuid"],
      ["offer_id", "uuid"],
      ["location_region_id", "uuid"],
      ["location_id", "uuid"],
      ["provider_id", "uuid"],
      ["starts_on", "date"],
      ["planned_end_on", "date"],
      ["crisis_cap_ends_on", "date"],
      ["ended_on", "date"],
      ["end_destination", "text"],
      ["at_risk", "boolean"],
      ["at_risk_note", "text"],
      ["created_at", "timestamptz"],
    ],
    history.placements.map((p) => [
      p.regionId,
      p.id,
      p.requestId,
      p.offerId,
      p.locationRegionId,
      p.locationId,
      p.providerId,
      p.startsOn,
      p.plannedEndOn,
      p.crisisCapEndsOn,
      p.endedOn,
      p.endDestination,
      p.atRisk,
      p.atRisk ? "Signalen van de groep: gesprek gepland." : null,
      iso(p.createdAt),
    ]),
  );
  await bulkInsert(
    db,
    "oor_justifications",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["request_id", "uuid"],
      ["location_region_id", "uuid"],
      ["location_id", "uuid"],
      ["created_by", "uuid"],
      ["created_at", "timestamptz"],
      ["criteria", "text[]", "'{no_capacity_in_region}'::text[]"],
      ["evidence", "jsonb", `'{"no_capacity_in_region":"Geen passende vrije plek in de regio bij de matching."}'::jsonb`],
      ["in_region_reasons", "text", "'Alle passende plekken in de regio waren bezet.'"],
      ["status", "text", "'approved'"],
      ["decided_by", "uuid", "t.created_by"],
      ["decided_at", "timestamptz", "t.created_at"],
    ],
    history.justifications.map((j) => [
      j.regionId,
      j.id,
      j.requestId,
      j.locationRegionId,
      j.locationId,
      j.createdBy,
      iso(j.createdAt),
      null,
      null,
      null,
      null,
      null,
      null,
    ]),
  );
  await sql`analyze`.execute(db);
  return {
    children: history.children.length,
    requests: history.requests.length,
    documents: documents.length,
    offers: history.offers.length,
    placements: history.placements.length,
    justifications: history.justifications.length,
  };
}

/**
 * The status history as it happened: the insert's trigger stamped each request's final status
 * with the time of writing, so where the simulation kept a timeline it replaces those rows.
 */
async function writeStatusTimelines(db: Database, history: SyntheticHistory) {
  const timed = history.requests.filter((r) => r.statusChanges);
  if (timed.length === 0) return;
  const ids = timed.map((r) => r.id);
  for (let start = 0; start < ids.length; start += 10_000)
    await sql`delete from request_status_changes where request_id = any(${ids.slice(start, start + 10_000)}::uuid[])`.execute(db);
  await bulkInsert(
    db,
    "request_status_changes",
    [
      ["region_id", "uuid"],
      ["request_id", "uuid"],
      ["status", "text"],
      ["changed_at", "timestamptz"],
    ],
    timed.flatMap((r) => r.statusChanges!.map(([status, at]) => [r.regionId, r.id, status, iso(at)])),
  );
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
