import {
  FINANCING_FORM_LABELS,
  FINANCING_FORMS,
  IJW_PRODUCT_CATEGORIES,
  IJW_UNITS,
  INTENSITY_BANDS,
  PROVIDER_ROLE_LABELS,
  PROVIDER_ROLES,
} from "@jeugdregie/domain";
import { FormField, Heading, Options, Paragraph, Select, Textbox } from "@jeugdregie/ui";

export interface TermsDefaults {
  segmentId: string;
  providerRole: string;
  financingForm: string;
  startsOn: string;
  endsOn: string;
  revisionClause: string;
  products: {
    productCode: string;
    productCategory: string;
    unit: string;
    tariffCents: number;
    intensityBand?: string | null | undefined;
  }[];
}

const money = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

/** How many product rows a form shows: every existing product and two empty ones, at least three. */
export const productRowCount = (defaults?: TermsDefaults) => Math.max(3, (defaults?.products.length ?? 0) + 2);

/**
 * The terms of a contract: segment, role, financing, period, revision clause and iJw products.
 * The same fields record a new contract and change an existing one (then filled in).
 */
export function ContractTermsFields({ segments, defaults }: { segments: { id: string; name: string }[]; defaults?: TermsDefaults }) {
  const rows = Array.from({ length: productRowCount(defaults) }, (_, i) => defaults?.products[i]);
  return (
    <>
      <div className="jr-form-row">
        <FormField label="Segment" htmlFor="segmentId">
          <Select id="segmentId" name="segmentId" defaultValue={defaults?.segmentId} required>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label="Rol van de aanbieder" htmlFor="providerRole">
          <Select id="providerRole" name="providerRole" defaultValue={defaults?.providerRole}>
            <Options values={PROVIDER_ROLES} label={(r) => PROVIDER_ROLE_LABELS[r].nl} />
          </Select>
        </FormField>
        <FormField label="Financieringsvorm" htmlFor="financingForm">
          <Select id="financingForm" name="financingForm" defaultValue={defaults?.financingForm}>
            <Options values={FINANCING_FORMS} label={(f) => FINANCING_FORM_LABELS[f].nl} />
          </Select>
        </FormField>
        <FormField label="Begindatum" htmlFor="startsOn">
          <Textbox id="startsOn" name="startsOn" type="date" required defaultValue={defaults?.startsOn} />
        </FormField>
        <FormField label="Einddatum" htmlFor="endsOn">
          <Textbox id="endsOn" name="endsOn" type="date" required defaultValue={defaults?.endsOn} />
        </FormField>
      </div>
      <FormField label="Herzieningsclausule" htmlFor="revisionClause">
        <Textbox
          id="revisionClause"
          name="revisionClause"
          defaultValue={defaults?.revisionClause}
          placeholder="Bijvoorbeeld: tarieven jaarlijks geïndexeerd volgens OVA"
        />
      </FormField>
      <Heading level={3}>Producten</Heading>
      <Paragraph muted>
        Een iJw-productcode begint met de twee cijfers van de productcategorie, gevolgd door drie cijfers of hoofdletters (zoals 43A01 voor
        jeugdhulp verblijf inclusief behandeling). Laat een rij leeg om haar niet te gebruiken.
      </Paragraph>
      {rows.map((p, i) => (
        <div className="jr-form-row" key={i}>
          <FormField label={`Productcode ${i + 1}`} htmlFor={`productCode${i}`}>
            <Textbox
              id={`productCode${i}`}
              name={`productCode${i}`}
              placeholder={i === 0 ? "43A01" : undefined}
              maxLength={5}
              size={7}
              required={i === 0}
              defaultValue={p?.productCode}
            />
          </FormField>
          <FormField label="Categorie" htmlFor={`productCategory${i}`}>
            <Select id={`productCategory${i}`} name={`productCategory${i}`} defaultValue={p?.productCategory ?? ""}>
              <option value="">Volgens de productcode</option>
              {Object.entries(IJW_PRODUCT_CATEGORIES).map(([code, label]) => (
                <option key={code} value={code}>
                  {code} {label}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label="Eenheid" htmlFor={`unit${i}`}>
            <Select id={`unit${i}`} name={`unit${i}`} defaultValue={p?.unit ?? "14"}>
              {Object.entries(IJW_UNITS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label="Tarief (€)" htmlFor={`tariff${i}`}>
            <Textbox
              id={`tariff${i}`}
              name={`tariff${i}`}
              inputMode="decimal"
              size={9}
              placeholder={i === 0 ? "872,39" : undefined}
              defaultValue={p ? money(p.tariffCents) : undefined}
            />
          </FormField>
          <FormField label="Intensiteit" htmlFor={`band${i}`}>
            <Select id={`band${i}`} name={`band${i}`} defaultValue={p?.intensityBand ?? ""}>
              <option value="">–</option>
              <Options values={INTENSITY_BANDS} label={(b) => b} />
            </Select>
          </FormField>
        </div>
      ))}
    </>
  );
}
