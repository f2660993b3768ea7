import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "../client.ts";

export interface ReferenceMunicipality {
  code: string;
  name: string;
  province: string;
  jeugdzorgregio: string;
}

const CSV_URL = new URL("../reference/municipalities-2026.csv", import.meta.url);
export const MUNICIPALITIES_VALID_FROM = "2026-01-01";

/** Parses the shipped CBS list (no quoted commas occur in it; a line that does not fit is an error). */
export function readReferenceMunicipalities(): ReferenceMunicipality[] {
  const lines = readFileSync(fileURLToPath(CSV_URL), "utf8").trim().split(/\r?\n/);
  const [header, ...rows] = lines;
  if (header !== "gemeentecode,gemeentenaam,provincie,jeugdzorgregio") throw new Error(`unexpected header in municipalities CSV: ${header}`);
  return rows.map((line, index) => {
    const [code, name, province, jeugdzorgregio, ...rest] = line.split(",");
    if (!code || !name || !province || !jeugdzorgregio || rest.length > 0) throw new Error(`municipalities CSV line ${index + 2} is malformed`);
    return { code, name, province, jeugdzorgregio };
  });
}

export async function loadReferenceMunicipalities(db: Database): Promise<number> {
  const rows = readReferenceMunicipalities();
  await db
    .insertInto("reference_municipalities")
    .values(rows.map((r) => ({ ...r, valid_from: MUNICIPALITIES_VALID_FROM })))
    .onConflict((oc) => oc.column("code").doUpdateSet((eb) => ({
      name: eb.ref("excluded.name"),
      province: eb.ref("excluded.province"),
      jeugdzorgregio: eb.ref("excluded.jeugdzorgregio"),
      valid_from: eb.ref("excluded.valid_from"),
    })))
    .execute();
  return rows.length;
}
