import { IJW_UNITS } from "@jeugdregie/domain";
import { euro } from "../lib/format.ts";

/** A contract's products in one line: code, band, tariff per unit. */
export const productsText = (products: { productCode: string; intensityBand?: string | null; tariffCents: number; unit: string }[]) =>
  products
    .map(
      (p) =>
        `${p.productCode}${p.intensityBand ? ` (${p.intensityBand})` : ""} ${euro(p.tariffCents)}/${IJW_UNITS[p.unit]?.toLowerCase() ?? p.unit}`,
    )
    .join("; ");
