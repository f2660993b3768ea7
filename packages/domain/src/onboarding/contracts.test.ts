import { describe, expect, it } from "vitest";
import { type AppError } from "../errors.ts";
import {
  findProductOverlap,
  parseEuroToCents,
  periodsOverlap,
  contractStateLabel,
  validateContractAnswer,
  validateContractEnd,
  validatePeriod,
  validateProduct,
} from "./contracts.ts";
import { productCodeProblem } from "./ijw-codes.ts";
import { bandForHours, G7_INTENSITY_TARIFFS } from "./intensity.ts";
import { onboardingProgress } from "./progress.ts";
import { assertInvitationUsable, passwordProblem } from "./invitations.ts";
import { validateSettings, DEFAULT_PLACEMENT_POINT_SETTINGS } from "./settings.ts";

describe("contract rules", () => {
  const product = { productCode: "43A01", productCategory: "43", unit: "14", tariffCents: 87_239 };

  it("refuses a negative tariff, unknown iJw codes and bad product codes", () => {
    expect(() => validateProduct(product)).not.toThrow();
    expect(() => validateProduct({ ...product, tariffCents: -1 })).toThrow("onder nul");
    expect(() => validateProduct({ ...product, unit: "99" })).toThrow("Eenheid 99");
    expect(() => validateProduct({ ...product, productCategory: "37" })).toThrow("Productcategorie 37");
    expect(() => validateProduct({ ...product, productCode: "43a" })).toThrow("geen iJw-productcode");
  });

  it("takes product codes from the iJw categories: ZZZZZ and a code of another category are refused", () => {
    expect(productCodeProblem("43A01", "43")).toBeNull();
    expect(productCodeProblem("54001", "54")).toBeNull();
    expect(productCodeProblem("ZZZZZ", "43")?.nl).toContain("geen iJw-productcode");
    expect(productCodeProblem("99A01", "43")?.nl).toContain("geen productcategorie");
    expect(productCodeProblem("37A01", "43")?.nl).toContain("geen productcategorie");
    expect(productCodeProblem("44A01", "43")?.nl).toContain("categorie 44, niet bij de gekozen categorie 43");
    expect(() => validateProduct({ ...product, productCode: "ZZZZZ" })).toThrow("ZZZZZ");
    // The form derives the category from the code ("Volgens de productcode"): the code is what is wrong.
    expect(() => validateProduct({ ...product, productCode: "ZZZZZ", productCategory: "ZZ" })).toThrow("ZZZZZ is geen iJw-productcode");
  });

  it("ends a contract on a day within its period, never before its start", () => {
    const period = { startsOn: "2026-01-01", endsOn: "2027-12-31" };
    expect(() => validateContractEnd(period, "2026-06-30")).not.toThrow();
    expect(() => validateContractEnd(period, "2026-01-01")).not.toThrow();
    expect(() => validateContractEnd(period, "2025-12-31")).toThrow("voor de begindatum");
    expect(() => validateContractEnd(period, "2028-01-01")).toThrow("na de huidige einddatum");
  });

  it("names a contract's state in words: proposal, confirmed, change waiting, ended", () => {
    const base = { status: "confirmed" as const, endsOn: "2027-12-31", endedAt: null, pendingChange: false };
    expect(contractStateLabel(base, "2026-11-25")).toBe("Bevestigd door de aanbieder");
    expect(contractStateLabel({ ...base, pendingChange: true }, "2026-11-25")).toContain("wijziging wacht op de aanbieder");
    expect(contractStateLabel({ ...base, endedAt: new Date(), endsOn: "2026-12-31" }, "2026-11-25")).toBe("Beëindigd per 31 december 2026");
    expect(contractStateLabel({ ...base, endsOn: "2026-10-31" }, "2026-11-25")).toBe("Afgelopen op 31 oktober 2026");
    expect(contractStateLabel({ ...base, status: "proposed" }, "2026-11-25")).toBe("Voorstel, wacht op de aanbieder");
  });

  it("lets a provider confirm a proposal, or decline it only with a reason", () => {
    expect(validateContractAnswer({ confirm: true, reason: "ignored" })).toEqual({ confirm: true });
    expect(validateContractAnswer({ confirm: false, reason: "  Tarief te laag  " })).toEqual({ confirm: false, reason: "Tarief te laag" });
    expect(() => validateContractAnswer({ confirm: false })).toThrow("reden");
    expect(() => validateContractAnswer({ confirm: false, reason: "nee" })).toThrow("reden");
  });

  it("refuses a period that ends before it starts", () => {
    expect(() => validatePeriod({ startsOn: "2026-01-01", endsOn: "2025-12-31" })).toThrow("voor de begindatum");
    expect(() => validatePeriod({ startsOn: "2026-01-01", endsOn: "2026-01-01" })).not.toThrow();
  });

  it("finds overlapping periods for the same product, including inside one contract", () => {
    const existing = [{ productCode: "43A01", startsOn: "2026-01-01", endsOn: "2026-12-31" }];
    expect(findProductOverlap(existing, { productCodes: ["43A01"], startsOn: "2026-12-31", endsOn: "2027-12-31" })).toEqual(existing[0]);
    expect(findProductOverlap(existing, { productCodes: ["43A01"], startsOn: "2027-01-01", endsOn: "2027-12-31" })).toBeUndefined();
    expect(findProductOverlap(existing, { productCodes: ["44B02"], startsOn: "2026-06-01", endsOn: "2026-07-01" })).toBeUndefined();
    expect(findProductOverlap([], { productCodes: ["44B02", "44B02"], startsOn: "2026-06-01", endsOn: "2026-07-01" })?.productCode).toBe(
      "44B02",
    );
    expect(periodsOverlap({ startsOn: "2026-01-01", endsOn: "2026-01-31" }, { startsOn: "2026-02-01", endsOn: "2026-02-28" })).toBe(false);
  });

  it("reads euro amounts the way people type them", () => {
    expect(parseEuroToCents("872,39")).toBe(87_239);
    expect(parseEuroToCents("€ 1.038,17")).toBe(103_817);
    expect(parseEuroToCents("582.27")).toBe(58_227);
    expect(parseEuroToCents("1,038.17")).toBe(103_817);
    expect(parseEuroToCents("600")).toBe(60_000);
    expect(parseEuroToCents("-5,00")).toBe(-500);
    expect(parseEuroToCents("veel")).toBeNull();
    expect(parseEuroToCents("")).toBeNull();
  });
});

describe("intensity bands", () => {
  it("has sixteen bands K..Z of half an hour each with rising tariffs", () => {
    expect(G7_INTENSITY_TARIFFS.map((t) => t.band).join("")).toBe("KLMNOPQRSTUVWXYZ");
    for (let i = 1; i < G7_INTENSITY_TARIFFS.length; i++) {
      expect(G7_INTENSITY_TARIFFS[i]!.minHours).toBe(G7_INTENSITY_TARIFFS[i - 1]!.maxHours);
      expect(G7_INTENSITY_TARIFFS[i]!.tariffCents).toBeGreaterThan(G7_INTENSITY_TARIFFS[i - 1]!.tariffCents);
    }
    expect(bandForHours(8.2)).toBe("R");
    expect(bandForHours(3)).toBeNull();
  });
});

describe("onboarding progress", () => {
  it("resumes at the first step not done", () => {
    const progress = onboardingProgress({
      municipalities: 9,
      settingsSaved: true,
      segments: 0,
      contractedProviders: 0,
      contracts: 0,
      locations: 0,
      users: 0,
    });
    expect(progress.doneCount).toBe(2);
    expect(progress.nextStep).toBe("segments");
    expect(progress.percentage).toBe(29);
    const done = onboardingProgress({
      municipalities: 1,
      settingsSaved: true,
      segments: 1,
      contractedProviders: 1,
      contracts: 1,
      locations: 1,
      users: 1,
    });
    expect(done).toMatchObject({ percentage: 100, nextStep: null });
  });
});

describe("invitations and passwords", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  it("gives a distinct message for missing, used and expired invitations", () => {
    const message = (fn: () => void) => {
      try {
        fn();
        return "ok";
      } catch (error) {
        return (error as AppError).message;
      }
    };
    expect(message(() => assertInvitationUsable(undefined, now))).toMatch(/bestaat niet/);
    expect(message(() => assertInvitationUsable({ expiresAt: new Date("2026-12-01"), acceptedAt: new Date("2026-11-24") }, now))).toMatch(
      /al gebruikt/,
    );
    expect(message(() => assertInvitationUsable({ expiresAt: new Date("2026-11-25T11:59:59Z"), acceptedAt: null }, now))).toMatch(
      /verlopen/,
    );
    expect(message(() => assertInvitationUsable({ expiresAt: new Date("2026-11-26"), acceptedAt: null }, now))).toBe("ok");
  });
  it("asks for long passwords without the e-mail name", () => {
    expect(passwordProblem("kort", "a@b.nl")?.nl).toMatch(/12 tekens/);
    expect(passwordProblem("hanneke-wachtwoord", "hanneke@regio.nl")?.nl).toMatch(/e-mailnaam/);
    expect(passwordProblem("paarse-olifant-fietst", "hanneke@regio.nl")).toBeNull();
  });
});

describe("placement-point settings", () => {
  it("needs a care type and caps crisis placements at 28 days", () => {
    expect(() => validateSettings(DEFAULT_PLACEMENT_POINT_SETTINGS)).toThrow("zorgvorm");
    expect(() => validateSettings({ ...DEFAULT_PLACEMENT_POINT_SETTINGS, careTypes: ["crisisplek"], crisisCapDays: 42 })).toThrow(
      "28 dagen",
    );
    expect(() => validateSettings({ ...DEFAULT_PLACEMENT_POINT_SETTINGS, careTypes: ["crisisplek"], crisisCapDays: 21 })).not.toThrow();
  });
});
