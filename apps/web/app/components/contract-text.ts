import { productLine } from "@jeugdregie/domain";

/** A contract's products in one line: code, band, tariff per unit. */
export const productsText = (products: Parameters<typeof productLine>[0][]) => products.map(productLine).join("; ");
