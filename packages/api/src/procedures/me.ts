import { authedProcedure } from "../trpc.ts";

/** Who is signed in, under which membership, and which other memberships the switcher can offer. */
export const me = authedProcedure.query(({ ctx }) => {
  const { user, memberships, scope } = ctx.viewer;
  const active = memberships.find((m) => m.role === scope.role && (m.regionId ?? null) === (scope.regionIds[0] ?? null)) ?? memberships[0]!;
  return {
    user,
    role: scope.role,
    activeRegionId: scope.regionIds[0] ?? null,
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
