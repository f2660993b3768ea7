import { subject } from "@jeugdregie/auth";
import { rolesOnly, toTrpcError } from "../../errors.ts";
import { authedProcedure, inTenantTransaction } from "../../trpc.ts";

/** A region's figures: its admins and coordinators read them (CASL here, the policy of kpi_snapshots in the database). */
export const figuresProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    const { regionId } = scope;
    if (!regionId || !ability.can("read", subject("RegionFigures", { regionId })))
      throw toTrpcError(rolesOnly({ nl: "regiobeheerders en coördinatoren", en: "region administrators and coordinators" }));
    return next({ ctx: { ...ctx, regionId } });
  })
  .use(inTenantTransaction);
