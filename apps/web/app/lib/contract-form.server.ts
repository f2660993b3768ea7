import { parseEuroToCents, type FinancingForm, type ProviderRole } from "@jeugdregie/domain";
import { text } from "./forms.server.ts";

/** The product rows a form posted: as many as it has, empty ones left out. */
function products(form: FormData) {
  const rows: { productCode: string; productCategory: string; unit: string; tariffCents: number; intensityBand: string | null }[] = [];
  for (let i = 0; form.has(`productCode${i}`); i++) {
    const productCode = text(form, `productCode${i}`).toUpperCase();
    if (productCode === "") continue;
    rows.push({
      productCode,
      // "Volgens de productcode": the code's first two digits are its category (iJw).
      productCategory: text(form, `productCategory${i}`) || productCode.slice(0, 2),
      unit: text(form, `unit${i}`),
      tariffCents: parseEuroToCents(text(form, `tariff${i}`)) ?? Number.NaN,
      intensityBand: text(form, `band${i}`) || null,
    });
  }
  return rows;
}

/** A contract's terms from the fields of ContractTermsFields. */
export function contractTermsFrom(form: FormData) {
  return {
    segmentId: text(form, "segmentId"),
    providerRole: text(form, "providerRole") as ProviderRole,
    financingForm: text(form, "financingForm") as FinancingForm,
    startsOn: text(form, "startsOn"),
    endsOn: text(form, "endsOn"),
    revisionClause: text(form, "revisionClause"),
    products: products(form),
  };
}
