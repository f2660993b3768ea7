import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { assertKnownSplits, kpiDrillDownPage, writeAudit } from "@jeugdregie/db";
import { AppError, assertDrillFilter, DRILLABLE_KPIS, kpiPeriod } from "@jeugdregie/domain";
import { pageShape } from "../../input.ts";
import { figuresProcedure, monthInput, splitInput } from "./_shared.ts";

const input = z.object({
  ...pageShape,
  kpi: z.enum(DRILLABLE_KPIS, { message: "Achter dit kengetal staan geen regels om te bekijken." }),
  month: monthInput,
  ...splitInput,
  /** A decline reason (declines only). */
  breakdown: z.string().trim().min(1).max(100, { message: "Een uitsplitsing is hoogstens 100 tekens." }).optional(),
});

/**
 * From a number to the rows behind it (the requests on the waiting list, the offers declined):
 * child data, so only for the region's placement point (its coordinators run it and see every
 * request); a region admin reads the figures, not the children behind them. Pseudonymised, a
 * keyset page, and every page read is written to the audit log with the requests it showed.
 */
export const drillDown = figuresProcedure.input(input).query(async ({ ctx, input }) => {
  const { cursor, limit, kpi, month, ...filter } = input;
  const { regionId, viewer } = ctx;
  if (!viewer.ability.can("manage", subject("PlacementPoint", { regionId })))
    throw new AppError("FORBIDDEN", {
      nl: "Alleen coördinatoren van het centraal punt zien de aanmeldingen achter een kengetal; je ziet wel de cijfers.",
      en: "Only the placement point's coordinators see the requests behind a figure; you do see the figures.",
    });
  const now = new Date();
  const period = kpiPeriod(month, now);
  // Another tenant's provider is not found before anything else is said about it.
  await assertKnownSplits(ctx.tx, regionId, { fromMonth: month, toMonth: month, providerId: filter.providerId });
  assertDrillFilter(kpi, filter);
  const page = await kpiDrillDownPage(ctx.tx, regionId, kpi, period, now, filter, { cursor, limit });
  await writeAudit(ctx.tx, viewer.scope, {
    regionId,
    action: "read",
    entity: "placement_requests",
    details: { via: "kpi.drillDown", kpi, month, ...filter, requestIds: page.items.map((r) => r.requestId) },
  });
  return { kpi, month, ...page };
});
