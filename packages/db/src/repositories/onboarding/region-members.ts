import { sql } from "kysely";
import { AppError, type RegionScopedRole, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";
import { actorIdentities } from "../users.ts";

const notAMember = {
  nl: "Deze persoon heeft (die rol in) deze regio niet.",
  en: "This person does not have (that role in) this region.",
  code: "NOT_FOUND" as const,
};

const refusals = {
  P0002: notAMember,
  not_own_access: {
    nl: "Je eigen toegang of rol wijzig je niet zelf: vraag een andere regiobeheerder.",
    en: "You do not change your own access or role: ask another region administrator.",
    code: "ILLEGAL_TRANSITION" as const,
  },
  region_keeps_an_admin: {
    nl: "De regio houdt minstens één regiobeheerder: maak eerst iemand anders beheerder.",
    en: "The region keeps at least one region administrator: make someone else administrator first.",
    code: "ILLEGAL_TRANSITION" as const,
  },
  "23505": {
    nl: "Deze persoon heeft die rol in deze regio al.",
    en: "This person already has that role in this region.",
    code: "CONFLICT" as const,
  },
  "22023": { nl: "Kies een rol van de regio.", en: "Choose a role of the region.", code: "BAD_INPUT" as const },
};

async function identity(tx: Tx, userId: string) {
  const person = (await actorIdentities(tx, [userId])).get(userId);
  return { email: person?.email ?? null, displayName: person?.displayName ?? null };
}

/**
 * The region admin takes a person's access to the region away: all their roles in this region
 * end; their account, and their work for other organisations, stay. Their next request already
 * runs without this region. The audit log keeps who had which roles.
 */
export async function removeRegionMember(tx: Tx, scope: TenantScope, regionId: string, userId: string) {
  const { rows } = await sql<{ roles: string[] }>`select * from app.remove_region_member(${regionId}, ${userId})`
    .execute(tx)
    .catch((error: unknown) => {
      throw mapConstraintError(error, refusals);
    });
  const roles = rows[0]!.roles;
  // Named only once the function found them in this region: nobody else's address is looked up.
  const person = await identity(tx, userId);
  await writeAudit(tx, scope, {
    action: "delete",
    entity: "membership",
    entityId: userId,
    regionId,
    details: { before: { ...person, roles }, after: null },
  });
  return { roles };
}

/** The region admin gives a member another role of the region (one of their roles changes). */
export async function changeRegionMemberRole(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  change: { userId: string; role: RegionScopedRole; newRole: RegionScopedRole },
) {
  await sql`select app.change_region_member_role(${regionId}, ${change.userId}, ${change.role}, ${change.newRole})`
    .execute(tx)
    .catch((error: unknown) => {
      throw mapConstraintError(error, refusals);
    });
  // The same role again: found (or refused) above, nothing changed, nothing to record.
  if (change.role === change.newRole) return { role: change.newRole };
  const person = await identity(tx, change.userId);
  await writeAudit(tx, scope, {
    action: "update",
    entity: "membership",
    entityId: change.userId,
    regionId,
    details: { before: { ...person, role: change.role }, after: { ...person, role: change.newRole } },
  });
  return { role: change.newRole };
}

export const memberNotFound = () => new AppError("NOT_FOUND", notAMember);
