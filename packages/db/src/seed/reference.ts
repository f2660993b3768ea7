import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCsv } from "@jeugdregie/domain";
import type { Database } from "../client.ts";

export interface ReferenceMunicipality {
  code: string;
  name: string;
  province: string;
  jeugdzorgregio: string;
}

const CSV_URL = new URL("../reference/municipalities-2026.csv", import.meta.url);
export const MUNICIPALITIES_VALID_FROM = "2026-01-01";

/** Parses the shipped CBS list; a line that does not fit is an error, not a silent skip. */
export function readReferenceMunicipalities(): ReferenceMunicipality[] {
  const [header, ...rows] = parseCsv(readFileSync(fileURLToPath(CSV_URL), "utf8"));
  if (header?.fields.join(",") !== "gemeentecode,gemeentenaam,provincie,jeugdzorgregio")
    throw new Error("unexpected header in municipalities CSV");
  return rows.map(({ line, fields }) => {
    const [code, name, province, jeugdzorgregio, ...rest] = fields;
    if (!code || !name || !province || !jeugdzorgregio || rest.length > 0) throw new Error(`municipalities CSV line ${line} is malformed`);
    return { code, name, province, jeugdzorgregio };
  });
}

export async function loadReferenceMunicipalities(db: Database): Promise<number> {
  const rows = readReferenceMunicipalities();
  await db
    .insertInto("reference_municipalities")
    .values(rows.map((r) => ({ ...r, valid_from: MUNICIPALITIES_VALID_FROM })))
    .onConflict((oc) =>
      oc.column("code").doUpdateSet((eb) => ({
        name: eb.ref("excluded.name"),
        province: eb.ref("excluded.province"),
        jeugdzorgregio: eb.ref("excluded.jeugdzorgregio"),
        valid_from: eb.ref("excluded.valid_from"),
      })),
    )
    .execute();
  return rows.length;
}
