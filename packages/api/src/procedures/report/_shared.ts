import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { readDemandDays, readNeedSupply, regionKpiValues, regionTitle, settlementsOfYear, type Tx } from "@jeugdregie/db";
import {
  AppError,
  needSupplyRows,
  projectAllPlaces,
  projectionWindows,
  reportKpis,
  reportQuarter,
  type NeedAndSupply,
  type QuarterReport,
  type ReportQuarter,
} from "@jeugdregie/domain";
import type { Viewer } from "../../context.ts";
import { regionNotFound } from "../../errors.ts";

/** Which region and quarter a report is about: the region is named, so a link to another region's report is refused, not silently swapped. */
export const reportInput = {
  regionId: z.uuid({ message: "Kies een regio." }),
  quarter: z.string({ message: "Kies een kwartaal." }).trim().max(20, { message: "Schrijf een kwartaal als 2026-K3." }),
};

/** The quarter asked (refused when malformed or not yet begun), for the region the caller works in. */
export function reportScope(activeRegionId: string, input: { regionId: string; quarter: string }, now = new Date()): ReportQuarter {
  if (input.regionId !== activeRegionId)
    throw new AppError("FORBIDDEN", {
      nl: "Dit rapport hoort bij een andere regio dan de regio waarin je nu werkt. Wissel van regio als je daar ook werkt.",
      en: "This report belongs to another region than the one you are working in. Switch region if you work there too.",
    });
  return reportQuarter(input.quarter, now);
}

/** Real need against supply in the quarter, and the projection of places over the 12 months up to its end. */
export async function needAndSupply(tx: Tx, regionId: string, quarter: ReportQuarter): Promise<NeedAndSupply> {
  const windows = projectionWindows(quarter.countedUntil);
  const rows = needSupplyRows(await readNeedSupply(tx, regionId, quarter));
  const items = projectAllPlaces(await readDemandDays(tx, regionId, windows), windows);
  return { rows, projection: { windows, items } };
}

/** The whole quarterly report; money only for a reader who may see the region's settlements (its admins). */
export async function quarterReport(tx: Tx, viewer: Viewer, regionId: string, quarter: ReportQuarter): Promise<QuarterReport> {
  const region = await regionTitle(tx, regionId);
  if (!region) throw regionNotFound();
  const kpis = reportKpis(await regionKpiValues(tx, regionId, quarter.months[0], quarter.months[2]), quarter.months);
  const mayManage = viewer.ability.can("manage", subject("Settlement", { regionId, providerId: null }));
  const money = mayManage
    ? {
        year: quarter.year,
        settlements: (await settlementsOfYear(tx, regionId, quarter.year)).map((s) => ({
          providerName: s.providerName,
          periodStart: s.periodStart,
          periodEnd: s.periodEnd,
          guaranteeCents: s.guaranteeCents,
          placementDays: s.placementDays,
          pxqCents: s.pxqCents,
          countedCents: s.countedCents,
          settlementCents: s.settlementCents,
          status: s.status,
        })),
      }
    : null;
  return { region, quarter, kpis, ...(await needAndSupply(tx, regionId, quarter)), money };
}
