import { subject } from "@jeugdregie/auth";
import { initTRPC } from "@trpc/server";
import { isAppError } from "@jeugdregie/domain";
import type { Context } from "./context.ts";
import { describeError, forbidden, notSignedIn, regionAdminsOnly, toTrpcError } from "./errors.ts";
import { auditRefusal, idsOf, refusalCode } from "./refusals.ts";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const { message, data } = describeError(error);
    return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, ...data } };
  },
});

/** Turns AppErrors thrown anywhere below a procedure into typed tRPC errors. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isAppError(result.error.cause)) throw toTrpcError(result.error.cause);
  return result;
});

/** A signed-in caller refused (NOT_FOUND, FORBIDDEN) leaves a trace in their own audit chain: probing is visible. */
const auditRefusals = t.middleware(async ({ ctx, path, getRawInput, next }) => {
  const result = await next();
  const code = !result.ok && ctx.viewer ? refusalCode(result.error) : null;
  if (code && ctx.viewer) {
    const ids = idsOf(await getRawInput().catch(() => undefined));
    // The refusal itself must reach the caller even when its record cannot be written.
    await auditRefusal(ctx.deps.db, ctx.viewer.scope, { path, code, ids, ip: ctx.ip }).catch(() => undefined);
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAppErrors).use(auditRefusals);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw toTrpcError(notSignedIn());
  return next({ ctx: { ...ctx, viewer: ctx.viewer } });
});

/** A region admin acting in their active region; `regionId` is that region, from the session. */
export const regionAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  const { scope, ability } = ctx.viewer;
  const regionId = scope.regionIds[0];
  if (!regionId || !ability.can("manage", subject("RegionSetup", { regionId }))) throw toTrpcError(regionAdminsOnly());
  return next({ ctx: { ...ctx, regionId } });
});

export const platformAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer.ability.can("create", "Region")) throw toTrpcError(forbidden());
  return next();
});

/** Acting for the central placement point of the active region (coordinators). */
export const coordinatorProcedure = authedProcedure.use(({ ctx, next }) => {
  const { scope, ability } = ctx.viewer;
  const regionId = scope.regionIds[0];
  // The crisis team works here too, on crisis requests only (RLS hides the rest from it).
  const allowed =
    regionId &&
    (ability.can("manage", subject("PlacementRequest", { regionId, referrerUserId: "" })) ||
      ability.can("manage", subject("PlacementRequest", { regionId, referrerUserId: "", urgency: "crisis" })));
  if (!allowed) throw toTrpcError(forbidden());
  return next({ ctx: { ...ctx, regionId } });
});

/** Making a request: referrers (lokaal team, GI, GP route) and coordinators. */
export const intakeProcedure = authedProcedure.use(({ ctx, next }) => {
  const { scope, ability } = ctx.viewer;
  const regionId = scope.regionIds[0];
  if (!regionId || !ability.can("create", subject("PlacementRequest", { regionId, referrerUserId: scope.userId })))
    throw toTrpcError(forbidden());
  return next({ ctx: { ...ctx, regionId } });
});

export const providerProcedure = authedProcedure.use(({ ctx, next }) => {
  const { scope, ability } = ctx.viewer;
  if (!scope.providerId || !ability.can("manage", subject("Offer", { providerId: scope.providerId }))) throw toTrpcError(forbidden());
  return next({ ctx: { ...ctx, providerId: scope.providerId } });
});

/** The admin of a provider organisation: manages its logins and answers its contract proposals. */
export const providerAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  const { scope, ability } = ctx.viewer;
  if (!scope.providerId || !ability.can("manage", subject("ProviderAccount", { providerId: scope.providerId })))
    throw toTrpcError(forbidden());
  return next({ ctx: { ...ctx, providerId: scope.providerId } });
});

/** The supra coordinator of one supra region (bovenregionaal verband). */
export const supraProcedure = authedProcedure.use(({ ctx, next }) => {
  const { scope, ability } = ctx.viewer;
  if (!scope.supraRegionId || !ability.can("read", subject("SupraRegion", { id: scope.supraRegionId }))) throw toTrpcError(forbidden());
  return next({ ctx: { ...ctx, supraRegionId: scope.supraRegionId } });
});
