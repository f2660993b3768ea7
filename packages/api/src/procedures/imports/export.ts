import { z } from "zod";
import { contractedProviders, listContracts, listLocations, providerKvks } from "@jeugdregie/db";
import { CSV_DELIMITER, csvDocument, IMPORT_COLUMNS, LIST_SEPARATOR } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";
import { importKind } from "./_shared.ts";

const euro = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

/** The region's providers, locations or contracts as CSV in the import format, so an export re-imports. */
const exportCsv = regionAdminProcedure.input(z.object({ kind: importKind })).query(async ({ ctx, input }) => {
  const { tx } = ctx;
  const { scope } = ctx.viewer;
  const lines: string[][] = [IMPORT_COLUMNS[input.kind]];
  if (input.kind === "locations") {
    const kvkById = await providerKvks(tx);
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
    const kvkById = await providerKvks(tx);
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
    for (const p of await contractedProviders(tx, ctx.regionId)) lines.push([p.name, p.kvk, p.agb ?? ""]);
  }
  return { filename: `jeugdregie-${input.kind}.csv`, content: csvDocument(lines, CSV_DELIMITER), rows: lines.length - 1 };
});

// `export` is a keyword: the procedure is declared under another name and exported under its router name.
export { exportCsv as export };
