import { z } from "zod";
import { contractsOfYear, intensityTariffsForYear, providerPlacesInRegion, settlementStays } from "@jeugdregie/db";
import { contractYearFigures, yearPeriod } from "@jeugdregie/domain";
import { pageShape } from "../../input.ts";
import { settlementAdminProcedure, settlementYear } from "./_shared.ts";

/**
 * What each of the region's contracts costs in a year, side by side: P x Q from the placement days
 * (up to today), the capacity budget of the provider's places, and the guarantee. A keyset page.
 */
export const contracts = settlementAdminProcedure.input(z.object({ year: settlementYear, ...pageShape })).query(async ({ ctx, input }) => {
  const page = await contractsOfYear(ctx.tx, ctx.regionId, input.year, input);
  const table = await intensityTariffsForYear(ctx.tx, ctx.regionId, input.year);
  const today = new Date().toISOString().slice(0, 10);
  const items = [];
  for (const contract of page.items) {
    const stays = await settlementStays(ctx.tx, ctx.regionId, contract.providerId, yearPeriod(input.year));
    const locations = await providerPlacesInRegion(ctx.tx, ctx.regionId, contract.providerId);
    const figures = contractYearFigures({ contract, year: input.year, stays, locations, table, asOf: today });
    if (figures) items.push({ ...contract, ...figures });
  }
  return { items, nextCursor: page.nextCursor };
});
