import { z } from "zod";
import { listContracts, listLocations, withTenant } from "@jeugdregie/db";
import { CSV_DELIMITER, csvDocument, IMPORT_COLUMNS, LIST_SEPARATOR } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";

const euro = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

/** The region's providers, locations or contracts as CSV in the import format, so an export re-imports. */
export const exportCsv = regionAdminProcedure
  .input(z.object({ kind: z.enum(["providers", "locations", "contracts"]) }))
  .query(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
      const { scope } = ctx.viewer;
      const lines: string[][] = [IMPORT_COLUMNS[input.kind]];
      if (input.kind === "locations") {
        const kvkById = new Map((await tx.selectFrom("providers").select(["id", "kvk"]).execute()).map((p) => [p.id, p.kvk]));
        for (const l of await listLocations(tx, scope)) {
          lines.push([
            kvkById.get(l.providerId) ?? "",
            l.name,
            l.municipalityCode,
            l.careTypes.join(LIST_SEPARATOR),
            l.expertiseTags.join(LIST_SEPARATOR),
            String(l.ageMin),
            String(l.ageMax),
            l.intensityBand ?? "",
            String(l.capacity),
          ]);
        }
      } else if (input.kind === "contracts") {
        const kvkById = new Map((await tx.selectFrom("providers").select(["id", "kvk"]).execute()).map((p) => [p.id, p.kvk]));
        for (const c of await listContracts(tx, scope)) {
          for (const p of c.products) {
            lines.push([
              kvkById.get(c.providerId) ?? "",
              c.segmentName,
              c.providerRole,
              c.financingForm,
              c.startsOn,
              c.endsOn,
              p.productCode,
              p.productCategory,
              p.unit,
              euro(p.tariffCents),
              p.intensityBand ?? "",
              c.revisionClause,
            ]);
          }
        }
      } else {
        const providers = await tx
          .selectFrom("providers")
          .select(["name", "kvk", "agb"])
          .where("id", "in", (eb) => eb.selectFrom("contracts").select("provider_id").where("region_id", "=", ctx.regionId))
          .orderBy("name")
          .execute();
        for (const p of providers) lines.push([p.name, p.kvk, p.agb ?? ""]);
      }
      return { filename: `jeugdregie-${input.kind}.csv`, content: csvDocument(lines, CSV_DELIMITER), rows: lines.length - 1 };
    }),
  );
