import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { KPI_MONTH_PATTERN } from "@jeugdregie/domain";
import { rolesOnly, toTrpcError } from "../../errors.ts";
import { authedProcedure, inTenantTransaction } from "../../trpc.ts";

/** The provider's own figures: its staff read them (CASL here; the policies of its offers, placements and locations in the database). */
export const providerFiguresProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    if (!scope.providerId || !ability.can("read", subject("ProviderFigures", { providerId: scope.providerId })))
      throw toTrpcError(rolesOnly({ nl: "medewerkers van een aanbieder", en: "provider staff" }));
    return next({ ctx: { ...ctx, providerId: scope.providerId } });
  })
  .use(inTenantTransaction);

const monthInput = z
  .string({ message: "Kies een maand." })
  .regex(KPI_MONTH_PATTERN, { message: "Schrijf een maand als jaar-maand, bijvoorbeeld 2026-10." });

/** The months of a provider's figures; default the year up to this month (figureMonths checks the rest). */
export const figureMonthsShape = { fromMonth: monthInput.optional(), toMonth: monthInput.optional() };

/** Every page of a list, for an export: at most `maxPages` pages of 100 rows (one statement each). */
export async function allPages<T>(
  read: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>,
  maxPages = 100,
): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const page = await read(cursor);
    rows.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return rows;
}
