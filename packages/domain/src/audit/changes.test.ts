import { describe, expect, it } from "vitest";
import { auditChanges, formatAuditValue } from "./changes.ts";
import { auditWhat, readable } from "./labels.ts";

const codeLike = /\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z]+[A-Za-z]*\b/;

describe("audit entries in words", () => {
  it("names what happened in Dutch, and never the procedure of a refused call", () => {
    expect(auditWhat("contract", "update")).toBe("Contract gewijzigd");
    expect(auditWhat("region_municipalities", "update")).toBe("Gemeenten van de regio gewijzigd");
    expect(auditWhat("contracts.update", "access_refused")).toBe("Toegang geweigerd");
    expect(auditWhat("something_new", "archive_all")).toBe("Something new Archive all");
    expect(readable("placement.signalRisk")).toBe("Placement signal risk");
  });

  it("shows only the fields that changed, labelled, with codes and money in words", () => {
    const changes = auditChanges({
      before: {
        providerRole: "tactical_core",
        endsOn: "2027-12-31",
        tariffCents: 87_239,
        segmentId: "2b6c1b1e-7d1a-4c4f-9b1a-0d1e2f3a4b5c",
      },
      after: {
        providerRole: "strategic_partner",
        endsOn: "2027-12-31",
        tariffCents: 90_000,
        segmentId: "9b6c1b1e-7d1a-4c4f-9b1a-0d1e2f3a4b5c",
      },
    });
    expect(changes).toEqual([
      { field: "Rol van de aanbieder", before: "Tactisch kernaanbieder", after: "Strategisch ontwikkelpartner" },
      { field: "Tarief", before: expect.stringMatching(/^€\s872,39$/), after: expect.stringMatching(/^€\s900,00$/) },
    ]);
  });

  it("lists every field of a created record and what a list gained or lost", () => {
    expect(auditChanges({ after: { name: "De Linde", careTypes: ["kleinschalige_woonvoorziening"], active: false } })).toEqual([
      { field: "Naam", before: null, after: "De Linde" },
      { field: "Zorgvormen", before: null, after: "Kleinschalige woonvoorziening" },
      { field: "In gebruik", before: null, after: "nee" },
    ]);
    expect(auditChanges({ before: ["GM0518", "GM0603"], after: ["GM0518", "GM1916"] })).toEqual([
      { field: "Verwijderd", before: "GM0603", after: null },
      { field: "Toegevoegd", before: null, after: "GM1916" },
    ]);
    expect(auditChanges({ before: { name: "De Linde", active: true }, after: { name: "De Linde", active: false } })).toEqual([
      { field: "Naam", before: null, after: "De Linde" },
      { field: "In gebruik", before: "ja", after: "nee" },
    ]);
    // A field one side alone records is shown on that side, not as "– → ...".
    expect(auditChanges({ before: { endsOn: "2027-12-31" }, after: { endsOn: "2027-06-30", endReason: "Nieuwe aanbesteding" } })).toEqual([
      { field: "Einddatum", before: "2027-12-31", after: "2027-06-30" },
      { field: "Reden van beëindiging", before: null, after: "Nieuwe aanbesteding" },
    ]);
    expect(auditChanges({ before: { status: "proposed" }, after: { status: "confirmed" } })).toEqual([
      { field: "Status", before: "Voorstel, wacht op de aanbieder", after: "Bevestigd door de aanbieder" },
    ]);
  });

  it("reads a contract's products as on the contract, units and categories in words", () => {
    const product = { productCode: "45A03", productCategory: "45", unit: "04", tariffCents: 6300, intensityBand: null };
    expect(auditChanges({ before: { products: [product] }, after: { products: [{ ...product, tariffCents: 6500 }] } })).toEqual([
      { field: "Producten", before: expect.stringMatching(/^45A03 €\s63,00\/uur$/), after: expect.stringMatching(/^45A03 €\s65,00\/uur$/) },
    ]);
    expect(formatAuditValue("unit", "14")).toBe("Etmaal");
    expect(formatAuditValue("productCategory", "43")).toBe("43 Jeugdhulp verblijf (incl. behandeling)");
  });

  it("leaves no code-like text in anything it renders", () => {
    const samples = [
      { code: "NOT_FOUND", ids: { contractId: "2b6c1b1e-7d1a-4c4f-9b1a-0d1e2f3a4b5c" }, ip: "127.0.0.1" },
      { purpose: "intake_bsn_match", differs: ["birth_date"], confirmed: true },
      { before: { requiredDocuments: ["verklarende_analyse"], approver: "supra_coordinator" }, after: null },
      {
        after: {
          products: [{ productCode: "43A01", productCategory: "43", unit: "14", tariffCents: 100 }],
          financingForm: "guarantee_budget",
        },
      },
    ];
    for (const details of samples)
      for (const change of auditChanges(details)) expect(`${change.field} ${change.before} ${change.after}`).not.toMatch(codeLike);
    expect(formatAuditValue("kind", "verklarende_analyse")).toBe("Verklarende analyse");
  });
});
