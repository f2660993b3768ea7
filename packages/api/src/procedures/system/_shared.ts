import { forbidden } from "../../errors.ts";
import { authedProcedure, inTenantTransaction } from "../../trpc.ts";

/** The platform admin's view of the running system: workers and the outbox (never a message's body). */
export const systemProcedure = authedProcedure
  .use(({ ctx, next }) => {
    if (!ctx.viewer.ability.can("read", "SystemStatus")) throw forbidden();
    return next();
  })
  .use(inTenantTransaction);
