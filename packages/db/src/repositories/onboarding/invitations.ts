import { sql } from "kysely";
import { AppError, assertInvitationUsable, invitationStatus, type Role, type TenantScope } from "@jeugdregie/domain";
import type { Database } from "../../client.ts";
import { keysetPage, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";

export interface NewInvitation {
  tokenHash: string;
  email: string;
  role: Role;
  regionId: string | null;
  providerId: string | null;
  expiresAt: Date;
}

export async function createInvitation(tx: Tx, scope: TenantScope, input: NewInvitation) {
  const invitation = await tx
    .insertInto("invitations")
    .values({
      token_hash: input.tokenHash,
      email: input.email.trim().toLowerCase(),
      role: input.role,
      region_id: input.regionId,
      provider_id: input.providerId,
      invited_by: scope.userId,
      expires_at: input.expiresAt,
    })
    .returning(["id", "email", "role", "expires_at"])
    .executeTakeFirstOrThrow();
  await writeAudit(tx, scope, {
    action: "create",
    entity: "invitation",
    entityId: invitation.id,
    regionId: input.regionId,
    details: { after: { email: invitation.email, role: input.role, providerId: input.providerId } },
  });
  return invitation;
}

/** Invitations of one organisation: a region's, or (for its admin) a provider's; a page, newest first. */
export async function listInvitations(tx: Tx, organisation: { regionId: string } | { providerId: string }, page: PageRequest = {}) {
  const query = tx
    .selectFrom("invitations as i")
    .select(["i.id", "i.email", "i.role", "i.created_at", "i.expires_at", "i.accepted_at", "i.revoked_at"])
    .where((eb) =>
      "regionId" in organisation ? eb("i.region_id", "=", organisation.regionId) : eb("i.provider_id", "=", organisation.providerId),
    );
  const keys = [
    { expr: sql`i.created_at`, type: "timestamptz" as const },
    { expr: sql`i.id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "desc", page);
  return {
    items: items.map((r) => ({
      ...r,
      status: invitationStatus({ expiresAt: r.expires_at, acceptedAt: r.accepted_at, revokedAt: r.revoked_at }),
    })),
    nextCursor,
  };
}

/** Runs fn in a transaction that may see exactly the invitation with this token hash. */
async function withInvitationToken<T>(db: Database, tokenHash: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('app.invitation_token_hash', ${tokenHash}, true)`.execute(tx);
    return fn(tx);
  });
}

export async function findInvitation(db: Database, tokenHash: string) {
  return withInvitationToken(db, tokenHash, (tx) =>
    tx
      .selectFrom("invitations as i")
      .leftJoin("providers as p", "p.id", "i.provider_id")
      .leftJoin("regions as r", "r.id", "i.region_id")
      .select([
        "i.id",
        "i.email",
        "i.role",
        "i.region_id",
        "r.name as region_name",
        "i.provider_id",
        "p.name as provider_name",
        "i.expires_at",
        "i.accepted_at",
        "i.revoked_at",
      ])
      .where("i.token_hash", "=", tokenHash)
      .executeTakeFirst(),
  );
}

/**
 * Accepts an invitation once: locks it, checks it is unused and unexpired, creates the user
 * (or reuses the account with that e-mail address) and the membership, and marks it used.
 */
export async function acceptInvitation(
  db: Database,
  tokenHash: string,
  account: { displayName: string; passwordHash: string },
  now: Date = new Date(),
) {
  return withInvitationToken(db, tokenHash, async (tx) => {
    const invitation = await tx.selectFrom("invitations").selectAll().where("token_hash", "=", tokenHash).forUpdate().executeTakeFirst();
    assertInvitationUsable(
      invitation && { expiresAt: invitation.expires_at, acceptedAt: invitation.accepted_at, revokedAt: invitation.revoked_at },
      now,
    );
    const inv = invitation!;
    // Provider roles work for their provider in every region, so their membership has no region.
    const membershipRegion = inv.provider_id ? null : inv.region_id;
    const existingAccount = (await sql<{ id: string; has_password: boolean }>`select * from app.invited_account(${inv.email})`.execute(tx))
      .rows[0];
    let user: { id: string };
    if (!existingAccount) {
      user = await tx
        .insertInto("users")
        .values({ email: inv.email, display_name: account.displayName, password_hash: account.passwordHash })
        .returning(["id"])
        .executeTakeFirstOrThrow();
    } else {
      user = existingAccount;
      if (!existingAccount.has_password)
        await tx
          .updateTable("users")
          .set({ password_hash: account.passwordHash, display_name: account.displayName })
          .where("id", "=", user.id)
          .execute();
    }
    // From here the transaction acts as that user: row-level security shows it its own memberships only.
    await sql`select set_config('app.user_id', ${user.id}, true)`.execute(tx);
    const existing = await tx
      .selectFrom("memberships")
      .select("id")
      .where("user_id", "=", user.id)
      .where("role", "=", inv.role)
      .where((eb) => (membershipRegion ? eb("region_id", "=", membershipRegion) : eb("region_id", "is", null)))
      .where((eb) => (inv.provider_id ? eb("provider_id", "=", inv.provider_id) : eb("provider_id", "is", null)))
      .executeTakeFirst();
    if (!existing) {
      await tx
        .insertInto("memberships")
        .values({ user_id: user.id, role: inv.role, region_id: membershipRegion, provider_id: inv.provider_id })
        .execute();
    }
    const accepted = await tx
      .updateTable("invitations")
      .set({ accepted_at: now, accepted_user_id: user.id })
      .where("id", "=", inv.id)
      .where("accepted_at", "is", null)
      .executeTakeFirst();
    if (Number(accepted.numUpdatedRows) !== 1) {
      throw new AppError("CONFLICT", {
        nl: "Deze uitnodiging is al gebruikt. Log in met je account.",
        en: "This invitation has already been used. Sign in with your account.",
      });
    }
    await writeAudit(
      tx,
      { userId: user.id, role: inv.role },
      { action: "update", entity: "invitation", entityId: inv.id, regionId: null, details: { accepted: true } },
    );
    return { userId: user.id, email: inv.email, role: inv.role, regionId: inv.region_id };
  });
}
