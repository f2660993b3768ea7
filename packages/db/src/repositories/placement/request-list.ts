import { sql } from "kysely";
import { ACTIVE_REQUEST_STATUSES, type RequestStatus, type TenantScope, type Urgency } from "@jeugdregie/domain";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";

export interface RequestSummary {
  id: string;
  pseudonym: string;
  /** Encrypted initials of the child (decrypted by the API for the referrer's list), null when no name was given. */
  initialsEncrypted: string | null;
  reference: string | null;
  createdAt: Date;
  status: RequestStatus;
  urgency: Urgency;
  careType: string;
  ageYears: number;
  homeMunicipality: string;
  submittedAt: Date | null;
  waitingSince: Date | null;
  openOfferDeadline: Date | null;
  documents: string[];
}

export interface RequestFilter extends PageRequest {
  /** The coordinator's queue: these statuses only (default: active work, ACTIVE_REQUEST_STATUSES). */
  statuses?: readonly RequestStatus[];
  /** The referrer's own list, newest first (every status). */
  mine?: boolean;
}

/**
 * One page of requests, no BSN, no name; ages and deadlines are what a coordinator triages on.
 * The coordinator's queue is crisis first, then the longest waiting (`queueOrder`), read through
 * `placement_requests_queue_idx`/`placement_requests_active_queue_idx` (migration 0023) so a page
 * costs the same whatever the history; the referrer's list is newest first.
 */
export async function listRequests(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  filter: RequestFilter = {},
): Promise<Page<RequestSummary>> {
  let query = tx
    .selectFrom("placement_requests as r")
    .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
    .innerJoin("reference_municipalities as m", "m.code", "c.home_municipality_code")
    .select((eb) => [
      "r.id",
      "c.pseudonym",
      "c.initials_encrypted",
      "r.referrer_reference",
      "r.created_at",
      "r.status",
      "r.urgency",
      "r.care_type",
      "m.name as municipality",
      "r.submitted_at",
      "r.waiting_since",
      sql<number>`date_part('year', age(current_date, c.birth_date))::int`.as("age_years"),
      eb
        .selectFrom("offers as o")
        .select("o.deadline_at")
        .whereRef("o.region_id", "=", "r.region_id")
        .whereRef("o.request_id", "=", "r.id")
        // literals, so the prepared statement's generic plan can use the partial index offers_one_open_idx
        .where("o.status", "=", sql.lit("open"))
        .limit(sql.lit(1))
        .as("deadline"),
      // per row of the page only (the page is cut by the index order before the select list runs)
      eb
        .selectFrom("request_documents as d")
        .select(sql<string[]>`coalesce(array_agg(distinct d.kind), '{}')`.as("kinds"))
        .whereRef("d.region_id", "=", "r.region_id")
        .whereRef("d.request_id", "=", "r.id")
        .as("document_kinds"),
    ])
    .where("r.region_id", "=", regionId);
  let page: Page<Awaited<ReturnType<typeof query.execute>>[number]>;
  if (filter.mine) {
    query = query.where("r.referrer_user_id", "=", scope.userId);
    page = await keysetPage(
      query,
      [
        { expr: sql`r.created_at`, type: "timestamptz" },
        { expr: sql`r.id`, type: "uuid" },
      ],
      "desc",
      filter,
    );
  } else {
    const statuses = filter.statuses?.length ? filter.statuses : ACTIVE_REQUEST_STATUSES;
    // Literal statuses (validated enum values), so the planner can prove the partial index applies.
    query = query.where(sql<boolean>`r.status in (${sql.join(statuses.map((s) => sql.lit(s)))})`);
    page = await keysetPage(query, queueOrder, "asc", filter);
  }
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({
      id: r.id,
      pseudonym: r.pseudonym,
      initialsEncrypted: r.initials_encrypted,
      reference: r.referrer_reference,
      createdAt: r.created_at,
      status: r.status,
      urgency: r.urgency,
      careType: r.care_type,
      ageYears: r.age_years,
      homeMunicipality: r.municipality,
      submittedAt: r.submitted_at,
      waitingSince: r.waiting_since,
      openOfferDeadline: r.deadline ?? null,
      documents: r.document_kinds ?? [],
    })),
  };
}

/** The queue's order, as the indexes of migration 0023 hold it: crisis first, then the longest waiting, then id. */
export const queueOrder = [
  { expr: sql`(r.urgency <> 'crisis')`, type: "bool" as const },
  { expr: sql`coalesce(r.submitted_at, r.created_at)`, type: "timestamptz" as const },
  { expr: sql`r.id`, type: "uuid" as const },
];
