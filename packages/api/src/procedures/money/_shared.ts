import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { regionAdminsOnly, rolesOnly, toTrpcError } from "../../errors.ts";
import { authedProcedure, inTenantTransaction } from "../../trpc.ts";

/** A settlement year: whole, from the first year the platform settles; the domain refuses a year not yet begun. */
export const settlementYear = z
  .number({ message: "Kies een jaar." })
  .int({ message: "Kies een jaar." })
  .min(2020, { message: "Kies een jaar vanaf 2020." })
  .max(2100, { message: "Kies een jaar tot en met 2100." });

/** A region admin acting on the settlements of the active region (compute, approve, export). */
export const settlementAdminProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    const { regionId } = scope;
    if (!regionId || !ability.can("manage", subject("Settlement", { regionId, providerId: null }))) throw toTrpcError(regionAdminsOnly());
    return next({ ctx: { ...ctx, regionId } });
  })
  .use(inTenantTransaction);

/** Who reads settlements: the region admin the region's, a provider its own in every region. */
export const settlementReaderProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    const owner =
      scope.regionId && ability.can("manage", subject("Settlement", { regionId: scope.regionId, providerId: null }))
        ? { regionId: scope.regionId }
        : scope.providerId && ability.can("read", subject("Settlement", { regionId: null, providerId: scope.providerId }))
          ? { providerId: scope.providerId }
          : null;
    if (!owner) throw toTrpcError(rolesOnly({ nl: "regiobeheerders en aanbieders", en: "region admins and providers" }));
    return next({ ctx: { ...ctx, owner } });
  })
  .use(inTenantTransaction);
