import { z } from "zod";
import { CARE_TYPES } from "@jeugdregie/domain";

export const locationId = z.uuid({ message: "Kies een locatie." });

const age = (message: string) =>
  z
    .number({ message })
    .int({ message: "Een leeftijd is een heel getal." })
    .min(0, { message: "Een leeftijd ligt tussen 0 en 27." })
    .max(27, { message: "Een leeftijd ligt tussen 0 en 27." });

/** A location's master data, as the region describes it. */
export const detailsShape = {
  name: z
    .string({ message: "Vul de naam van de locatie in." })
    .trim()
    .min(2, { message: "Vul de naam van de locatie in." })
    .max(200, { message: "Een naam heeft hoogstens 200 tekens." }),
  municipalityCode: z.string({ message: "Kies een gemeente." }).regex(/^GM\d{4}$/, { message: "Kies een gemeente." }),
  careTypes: z
    .array(z.enum(CARE_TYPES, { message: "Onbekende zorgvorm." }), { message: "Kies minstens één zorgvorm." })
    .min(1, { message: "Kies minstens één zorgvorm." }),
  expertiseTags: z
    .array(z.string().trim().min(1).max(60, { message: "Een expertise heeft hoogstens 60 tekens." }))
    .max(20, { message: "Hoogstens 20 soorten expertise." })
    .default([]),
  ageMin: age("Vul de minimumleeftijd in."),
  ageMax: age("Vul de maximumleeftijd in."),
  intensityBand: z
    .string()
    .regex(/^[K-Z]$/, { message: "Intensiteit is een letter van K tot en met Z." })
    .nullable()
    .default(null),
  // Recorded where the region knows them; null is "not recorded" (the national figures say so), never 0.
  hybridPlaces: z
    .number({ message: "Vul het aantal hybride plekken in of laat het leeg." })
    .int({ message: "Vul een heel aantal hybride plekken in." })
    .min(0, { message: "Het aantal hybride plekken kan niet negatief zijn." })
    .max(500, { message: "Een locatie heeft hoogstens 500 plekken." })
    .nullable()
    .default(null),
  roundTheClockSupport: z.boolean({ message: "Kies ja, nee of niet vastgelegd." }).nullable().default(null),
};

export const agesInOrder: [(l: { ageMin: number; ageMax: number }) => boolean, { message: string; path: string[] }] = [
  (l) => l.ageMin <= l.ageMax,
  { message: "De minimumleeftijd ligt boven de maximumleeftijd.", path: ["ageMin"] },
];
