import { G7_INTENSITY_TARIFFS } from "@jeugdregie/domain";
import type { DemoProvider } from "./demo-providers.ts";

export const DEMO_SEGMENTS = [
  { name: "Specialistisch verblijf", description: "Behandelgroepen, driemilieus en JeugdzorgPlus" },
  { name: "Wonen en gezinsgericht", description: "Gezinshuizen en kleinschalige woonvoorzieningen" },
  { name: "Crisis", description: "Crisisplekken via het crisisteam (hoogstens vier weken)" },
] as const;

type Profile = DemoProvider["profile"][number];

/** One iJw product per kind of location, with the G7 intensity tariff of a typical band. */
export const DEMO_PRODUCTS: Record<Profile, { productCode: string; productCategory: string; band: string; segment: number }> = {
  specialist: { productCode: "43S01", productCategory: "43", band: "X", segment: 0 },
  behandeling: { productCode: "43B01", productCategory: "43", band: "S", segment: 0 },
  wonen: { productCode: "44W01", productCategory: "44", band: "O", segment: 1 },
  gezinshuis: { productCode: "44G01", productCategory: "44", band: "M", segment: 1 },
  crisis: { productCode: "46C01", productCategory: "46", band: "U", segment: 2 },
};

export function tariffOf(band: string): number {
  return G7_INTENSITY_TARIFFS.find((t) => t.band === band)!.tariffCents;
}
