import { authedProcedure } from "../trpc.ts";

/** Who is signed in, under which membership, and which other memberships the switcher can offer. */
export const me = authedProcedure.query(({ ctx }) => {
  const { user, memberships, scope } = ctx.viewer;
  const active = memberships.find((m) => m.role === scope.role && (m.regionId ?? null) === scope.regionId) ?? memberships[0]!;
  return {
    user,
    role: scope.role,
    activeRegionId: scope.regionId,
    organisationName: active.organisationName,
    memberships: memberships.map((m) => ({
      role: m.role,
      regionId: m.regionId,
      providerId: m.providerId,
      supraRegionId: m.supraRegionId,
      organisationName: m.organisationName,
    })),
  };
});
