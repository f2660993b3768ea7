import { z } from "zod";
import { MAX_PAGE_SIZE } from "@jeugdregie/db";
import { isCalendarDate, isOrderedPeriod } from "@jeugdregie/domain";

/**
 * Input shapes shared by procedures, so that every date is a real calendar day, every count and
 * amount has a realistic bound, and every period is checked for its order in the same words.
 * (Text with control characters is refused for every procedure by a middleware in trpc.ts.)
 */
export const isoDate = (example = "2026-01-31") =>
  z
    .string({ message: `Vul een datum in als ${example}.` })
    .trim()
    .refine(isCalendarDate, { message: `Dat is geen bestaande datum: vul een datum in als ${example}.` });

/** Places in a negotiation, an allocation or a plan: whole numbers, never more than a country has. */
export const placeCount = (message = "Vul een aantal plekken in.") =>
  z
    .number({ message })
    .int({ message: "Vul een heel aantal plekken in." })
    .min(0, { message: "Een aantal plekken kan niet negatief zijn." })
    .max(10_000, { message: "Dat zijn meer plekken dan er in Nederland zijn: hoogstens 10.000." });

/** Money in cents: never negative, at most a billion euro. */
export const cents = (message = "Vul een bedrag in.") =>
  z
    .number({ message })
    .int({ message: "Vul een bedrag in hele centen in." })
    .min(0, { message: "Een bedrag kan niet negatief zijn." })
    .max(100_000_000_000, { message: "Dat bedrag is niet realistisch (hoogstens 1 miljard euro)." });

/** A refinement for objects with a start and an (optional) end: the end never before the start. */
export function orderedPeriod<K extends string, L extends string>(
  start: K,
  end: L,
  message = "De einddatum ligt voor de begindatum.",
): [(value: Record<K | L, unknown>) => boolean, { message: string; path: string[] }] {
  return [(value) => isOrderedPeriod(String(value[start]), value[end] as string | null | undefined), { message, path: [end] }];
}

/**
 * The page every list procedure takes: an opaque cursor from the previous answer's `nextCursor`
 * and at most MAX_PAGE_SIZE rows (DEFAULT_PAGE_SIZE without a limit). Spread it into a list's input
 * (`z.object({ ...pageShape, status: ... })`); the answer is `{ items, nextCursor }` (keysetPage).
 */
export const pageShape = {
  cursor: z
    .string({ message: "Onbekende pagina." })
    .max(1000, { message: "Onbekende pagina." })
    .regex(/^[A-Za-z0-9_-]*$/, { message: "Onbekende pagina." })
    .optional(),
  limit: z
    .number({ message: "Vul een aantal regels per pagina in." })
    .int({ message: "Vul een heel aantal regels per pagina in." })
    .min(1, { message: "Een pagina heeft minstens 1 regel." })
    .max(MAX_PAGE_SIZE, { message: `Een pagina heeft hoogstens ${MAX_PAGE_SIZE} regels.` })
    .optional(),
};

/** The input of a list without filters: only the page (and optional, for the first page). */
export const pageInput = z.object(pageShape).optional();
