import { sql } from "kysely";
import { AppError, invitationStatus, type TenantScope } from "@jeugdregie/domain";
import { keysetPage, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";

/** Whose invitations a caller manages: the platform admin's (all), a region's, or a provider's. */
export type InvitationOwner = { kind: "platform" } | { kind: "region"; regionId: string } | { kind: "provider"; providerId: string };

const notFound = () =>
  new AppError("NOT_FOUND", {
    nl: "Deze uitnodiging bestaat niet (of is niet van jouw organisatie).",
    en: "This invitation does not exist (or is not your organisation's).",
  });

/** The invitation, if the owner manages it; row-level security hides the rest as well. */
async function managedInvitation(tx: Tx, owner: InvitationOwner, invitationId: string) {
  let query = tx
    .selectFrom("invitations as i")
    .leftJoin("regions as r", "r.id", "i.region_id")
    .leftJoin("providers as p", "p.id", "i.provider_id")
    .select([
      "i.id",
      "i.email",
      "i.role",
      "i.region_id",
      "i.provider_id",
      "i.expires_at",
      "i.accepted_at",
      "i.revoked_at",
      "r.name as region_name",
      "p.name as provider_name",
    ])
    .where("i.id", "=", invitationId)
    .forUpdate("i");
  if (owner.kind === "region") query = query.where("i.region_id", "=", owner.regionId);
  if (owner.kind === "provider") query = query.where("i.provider_id", "=", owner.providerId);
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

function assertStillOpen(invitation: { accepted_at: Date | null; revoked_at: Date | null }) {
  if (invitation.accepted_at)
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Deze uitnodiging is al geaccepteerd; het account bestaat al.",
      en: "This invitation has already been accepted; the account exists.",
    });
  if (invitation.revoked_at)
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Deze uitnodiging is ingetrokken. Nodig de persoon opnieuw uit als die toch toegang moet krijgen.",
      en: "This invitation has been revoked. Invite the person again if they should have access after all.",
    });
}

/**
 * Sends an invitation again with a new link: the token changes (the old link stops working) and
 * the seven days start over. The caller mails the new link in the same transaction.
 */
export async function renewInvitation(
  tx: Tx,
  scope: TenantScope,
  owner: InvitationOwner,
  input: { invitationId: string; tokenHash: string; expiresAt: Date },
) {
  const invitation = await managedInvitation(tx, owner, input.invitationId);
  assertStillOpen(invitation);
  await tx
    .updateTable("invitations")
    .set({ token_hash: input.tokenHash, expires_at: input.expiresAt })
    .where("id", "=", invitation.id)
    .execute();
  await writeAudit(tx, scope, {
    action: "update",
    entity: "invitation",
    entityId: invitation.id,
    regionId: invitation.region_id,
    details: { before: { expiresAt: invitation.expires_at }, after: { expiresAt: input.expiresAt, resent: true } },
  });
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    regionId: invitation.region_id,
    organisation: invitation.region_name ?? invitation.provider_name ?? "Jeugdregie",
    expiresAt: input.expiresAt,
  };
}

/** Withdraws an open invitation: its link no longer works (and it lapses now, so the database refuses it too). */
export async function revokeInvitation(tx: Tx, scope: TenantScope, owner: InvitationOwner, invitationId: string, now = new Date()) {
  const invitation = await managedInvitation(tx, owner, invitationId);
  assertStillOpen(invitation);
  const expiresAt = invitation.expires_at < now ? invitation.expires_at : now;
  await tx
    .updateTable("invitations")
    .set({ revoked_at: now, revoked_by: scope.userId, expires_at: expiresAt })
    .where("id", "=", invitation.id)
    .execute();
  await writeAudit(tx, scope, {
    action: "update",
    entity: "invitation",
    entityId: invitation.id,
    regionId: invitation.region_id,
    details: { before: { status: invitationStatus({ expiresAt: invitation.expires_at, acceptedAt: null }) }, after: { status: "revoked" } },
  });
  return { id: invitation.id, email: invitation.email };
}

/** The invitations the platform admin sends (first region admins, first provider admins), newest first. */
export async function listPlatformInvitations(tx: Tx, page: PageRequest = {}) {
  const query = tx
    .selectFrom("invitations as i")
    .leftJoin("regions as r", "r.id", "i.region_id")
    .leftJoin("providers as p", "p.id", "i.provider_id")
    .select([
      "i.id",
      "i.email",
      "i.role",
      "i.created_at",
      "i.expires_at",
      "i.accepted_at",
      "i.revoked_at",
      "r.name as region_name",
      "p.name as provider_name",
    ])
    .where("i.role", "in", ["region_admin", "provider_admin"]);
  const keys = [
    { expr: sql`i.created_at`, type: "timestamptz" as const },
    { expr: sql`i.id`, type: "uuid" as const },
  ];
  const { items: rows, nextCursor } = await keysetPage(query, keys, "desc", page);
  const items = rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    organisation: r.region_name ?? r.provider_name ?? "",
    expires_at: r.expires_at,
    status: invitationStatus({ expiresAt: r.expires_at, acceptedAt: r.accepted_at, revokedAt: r.revoked_at }),
  }));
  return { items, nextCursor };
}
