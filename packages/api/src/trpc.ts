import { subject } from "@jeugdregie/auth";
import { withTenant, type Tx } from "@jeugdregie/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import "./zod-dutch.ts";
import { AppError, findForbiddenText, isAppError } from "@jeugdregie/domain";
import type { Context } from "./context.ts";
import { databaseRefusal } from "./database-errors.ts";
import { describeError, notSignedIn, regionAdminsOnly, ReportedError, rolesOnly, toTrpcError } from "./errors.ts";
import { auditRefusal, idsOf, refusalCode } from "./refusals.ts";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const { message, data } = describeError(error, ctx?.requestId);
    return {
      ...shape,
      message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, requestId: ctx?.requestId, ...data },
    };
  },
});

/**
 * Turns AppErrors thrown anywhere below a procedure into typed tRPC errors; a value the database
 * refused becomes a 4xx too (logged as a warning: validation should have caught it); anything else
 * is logged with the request id and reaches the caller as a plain "something went wrong".
 */
const mapAppErrors = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (isAppError(cause)) throw toTrpcError(cause);
  const refusal = databaseRefusal(cause);
  const where = { requestId: ctx.requestId, path, type, userId: ctx.viewer?.user.id };
  if (refusal) {
    ctx.deps.logger.warn(
      { ...where, pgCode: (cause as { code?: string }).code, constraint: (cause as { constraint?: string }).constraint },
      "database refused input",
    );
    throw toTrpcError(refusal);
  }
  if (result.error.code === "INTERNAL_SERVER_ERROR") {
    ctx.deps.logger.error({ ...where, err: cause ?? result.error }, "internal error");
    // Callers in the same process (page loaders) see this message too: never the raw one.
    throw new ReportedError(ctx.requestId, cause ?? result.error);
  }
  // A refused input reads as its Dutch messages for callers in the same process too (page loaders
  // show the message): tRPC's own message is zod's issue list as JSON, codes and all.
  if (cause instanceof ZodError) throw new TRPCError({ code: "BAD_REQUEST", message: describeError(result.error).message, cause });
  return result;
});

/** Text with control characters (a NUL byte, escape codes) is never meant: refused at the door, for every procedure. */
const refuseForbiddenText = t.middleware(async ({ getRawInput, next }) => {
  const field = findForbiddenText(await getRawInput().catch(() => undefined));
  if (field)
    throw toTrpcError(
      new AppError(
        "BAD_INPUT",
        {
          nl: "Een ingevuld veld bevat tekens die niet zijn toegestaan (zoals een nul-teken of een stuurcode). Haal ze weg en probeer het opnieuw.",
          en: "A field contains characters that are not allowed (such as a NUL byte or a control code). Remove them and try again.",
        },
        { field: field.join(".") },
      ),
    );
  return next();
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
const base = t.procedure.use(mapAppErrors).use(auditRefusals);
export const publicProcedure = base.use(refuseForbiddenText);

/** What a user whose role requires a second factor may do before enrolling: enrol, see who they are, sign out. */
const BEFORE_MFA_ENROLMENT = new Set(["me", "mfa.status", "mfa.startEnrolment", "mfa.confirmEnrolment", "auth.logout"]);

const mfaEnrolmentFirst = () =>
  new AppError("FORBIDDEN", {
    nl: "Stel eerst tweestapsverificatie in: voor jouw rol is die verplicht.",
    en: "Set up two-step verification first: your role requires it.",
  });

/** Signed in first, input after: an anonymous call never gets its body read. */
export const authedProcedure = base
  .use(({ ctx, path, next }) => {
    if (!ctx.viewer) throw toTrpcError(notSignedIn());
    const { mfa } = ctx.viewer;
    if (mfa.required && !mfa.enrolled && !BEFORE_MFA_ENROLMENT.has(path)) throw toTrpcError(mfaEnrolmentFirst());
    return next({ ctx: { ...ctx, viewer: ctx.viewer } });
  })
  .use(refuseForbiddenText);

/** Work that must wait until the procedure's transaction has committed: queueing a job, nudging the mail relay. */
export type AfterCommit = (work: () => Promise<void>) => void;

/** Carries a failed procedure's result out of the transaction callback, so the transaction rolls back. */
class RolledBack {
  constructor(readonly result: unknown) {}
}

/**
 * Every signed-in procedure runs in one transaction under the caller's tenant scope: `ctx.tx` is
 * that transaction (row-level security sees the scope's settings), `ctx.afterCommit(fn)` runs `fn`
 * once the transaction has committed and never when it rolled back. A procedure that fails rolls
 * back everything it wrote. Opened after the role check, so a refused caller costs no transaction.
 */
export const inTenantTransaction = t.middleware(async ({ ctx, next }) => {
  if (!ctx.viewer) throw toTrpcError(notSignedIn());
  const pending: (() => Promise<void>)[] = [];
  const afterCommit: AfterCommit = (work) => void pending.push(work);
  // Typed through this call, so procedures below see `ctx.tx` and `ctx.afterCommit`.
  const inTransaction = (tx: Tx) => next({ ctx: { tx, afterCommit } });
  let result: Awaited<ReturnType<typeof inTransaction>>;
  try {
    result = await withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
      const inner = await inTransaction(tx);
      if (!inner.ok) throw new RolledBack(inner);
      return inner;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result as typeof result;
    throw error;
  }
  for (const work of pending) await work();
  return result;
});

/** Any signed-in caller, with `ctx.tx` and `ctx.afterCommit`; roles narrow it below. */
export const tenantProcedure = authedProcedure.use(inTenantTransaction);

/** A region admin acting in their active region; `regionId` is that region, from the session. */
export const regionAdminProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    const { regionId } = scope;
    if (!regionId || !ability.can("manage", subject("RegionSetup", { regionId }))) throw toTrpcError(regionAdminsOnly());
    return next({ ctx: { ...ctx, regionId } });
  })
  .use(inTenantTransaction);

export const platformAdminProcedure = authedProcedure
  .use(({ ctx, next }) => {
    if (!ctx.viewer.ability.can("create", "Region"))
      throw toTrpcError(rolesOnly({ nl: "platformbeheerders", en: "platform administrators" }));
    return next();
  })
  .use(inTenantTransaction);

/** Acting for the central placement point of the active region (coordinators). */
export const coordinatorProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    const { regionId } = scope;
    // The crisis team works here too, on crisis requests only (its PlacementRequest rule and RLS).
    if (!regionId || !ability.can("work", subject("PlacementPoint", { regionId })))
      throw toTrpcError(
        rolesOnly({ nl: "het centraal punt (coördinatoren en crisisteam)", en: "the placement point (coordinators and crisis team)" }),
      );
    return next({ ctx: { ...ctx, regionId } });
  })
  .use(inTenantTransaction);

/** Making a request: referrers (lokaal team, GI, GP route) and coordinators. */
export const intakeProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    const { regionId } = scope;
    if (!regionId || !ability.can("create", subject("PlacementRequest", { regionId, referrerUserId: scope.userId })))
      throw toTrpcError(rolesOnly({ nl: "verwijzers en het centraal punt", en: "referrers and the placement point" }));
    return next({ ctx: { ...ctx, regionId } });
  })
  .use(inTenantTransaction);

export const providerProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    if (!scope.providerId || !ability.can("manage", subject("Offer", { providerId: scope.providerId })))
      throw toTrpcError(rolesOnly({ nl: "medewerkers van een aanbieder", en: "provider staff" }));
    return next({ ctx: { ...ctx, providerId: scope.providerId } });
  })
  .use(inTenantTransaction);

/** The admin of a provider organisation: manages its logins and answers its contract proposals. */
export const providerAdminProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    if (!scope.providerId || !ability.can("manage", subject("ProviderAccount", { providerId: scope.providerId })))
      throw toTrpcError(rolesOnly({ nl: "de beheerder van een aanbieder", en: "a provider's administrator" }));
    return next({ ctx: { ...ctx, providerId: scope.providerId } });
  })
  .use(inTenantTransaction);

/** The supra coordinator of one supra region (bovenregionaal verband). */
export const supraProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    if (!scope.supraRegionId || !ability.can("read", subject("SupraRegion", { id: scope.supraRegionId })))
      throw toTrpcError(rolesOnly({ nl: "bovenregionaal coördinatoren", en: "supra-regional coordinators" }));
    return next({ ctx: { ...ctx, supraRegionId: scope.supraRegionId } });
  })
  .use(inTenantTransaction);
