import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { addMonths, AppError, CARE_TYPES, KPI_MONTH_PATTERN, kpiPeriod, monthCount, monthOf } from "@jeugdregie/domain";
import { rolesOnly, toTrpcError } from "../../errors.ts";
import { authedProcedure, inTenantTransaction } from "../../trpc.ts";

/** A region's figures: its admins and coordinators read them (CASL here, the policy of kpi_snapshots in the database). */
export const figuresProcedure = authedProcedure
  .use(({ ctx, next }) => {
    const { scope, ability } = ctx.viewer;
    const { regionId } = scope;
    if (!regionId || !ability.can("read", subject("RegionFigures", { regionId })))
      throw toTrpcError(rolesOnly({ nl: "regiobeheerders en coördinatoren", en: "region administrators and coordinators" }));
    return next({ ctx: { ...ctx, regionId } });
  })
  .use(inTenantTransaction);

/** The longest range one call covers: three years of months. */
export const MAX_KPI_MONTHS = 36;

export const monthInput = z
  .string({ message: "Kies een maand." })
  .regex(KPI_MONTH_PATTERN, { message: "Schrijf een maand als jaar-maand, bijvoorbeeld 2026-10." });

/** The dashboard's filters: one of them at a time (the snapshots store each split on its own). */
export const splitInput = {
  careType: z.enum(CARE_TYPES, { message: "Onbekende zorgvorm." }).optional(),
  providerId: z.uuid({ message: "Onbekende aanbieder." }).optional(),
  municipalityCode: z
    .string({ message: "Onbekende gemeente." })
    .regex(/^GM[0-9]{4}$/, { message: "Een gemeentecode is GM gevolgd door vier cijfers." })
    .optional(),
};

/** The period asked (default: twelve months up to this month); a future month or a range over MAX_KPI_MONTHS is refused. */
export function monthRange(from: string | undefined, to: string | undefined, now: Date) {
  const toMonth = to ?? monthOf(now);
  kpiPeriod(toMonth, now);
  const fromMonth = from ?? addMonths(toMonth, -11);
  const months = monthCount(fromMonth, toMonth);
  if (months === 0 || months > MAX_KPI_MONTHS)
    throw new AppError("BAD_INPUT", {
      nl: `Kies een periode van 1 tot ${MAX_KPI_MONTHS} maanden waarvan de eerste maand niet na de laatste ligt.`,
      en: `Choose a period of 1 to ${MAX_KPI_MONTHS} months whose first month is not after its last.`,
    });
  return { fromMonth, toMonth };
}
