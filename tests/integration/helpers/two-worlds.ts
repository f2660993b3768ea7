import type { Database } from "@jeugdregie/db";
import type { TenantScope } from "@jeugdregie/domain";
import { arrangeTenantWorld } from "./tenant-world.ts";

/** The two tenants plus the platform-wide roles (platform admin, ministry analyst). */
export async function arrangeTwoWorlds(owner: Database, passwordHash: string | null = null) {
  const a = await arrangeTenantWorld(owner, "A", 1, passwordHash);
  const b = await arrangeTenantWorld(owner, "B", 2, passwordHash);
  const national: Record<string, { id: string; email: string }> = {};
  for (const role of ["platform_admin", "ministry_analyst"] as const) {
    const email = `${role.replace(/_/g, "-")}@wereld.test`;
    const user = await owner
      .insertInto("users")
      .values({ email, display_name: role, password_hash: passwordHash })
      .returning("id")
      .executeTakeFirstOrThrow();
    await owner.insertInto("memberships").values({ user_id: user.id, role }).execute();
    national[role] = { id: user.id, email };
  }
  const nationalScope = (role: "platform_admin" | "ministry_analyst"): TenantScope => ({
    userId: national[role]!.id,
    role,
    regionId: null,
    providerId: null,
    supraRegionId: null,
  });
  return { a, b, national, nationalScope };
}
