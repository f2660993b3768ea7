import { z } from "zod";
import { saveIntensityTariffs } from "@jeugdregie/db";
import { AppError, INTENSITY_BANDS } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../../trpc.ts";
import { cents, isoDate } from "../../../input.ts";

export const saveTariffsInput = z.object({
  validFrom: isoDate("2026-01-01"),
  tariffs: z
    .array(
      z.object({
        band: z.enum(INTENSITY_BANDS),
        minHours: z.number().min(0).max(24),
        maxHours: z.number().min(0).max(24),
        tariffCents: cents("Vul een tarief in."),
      }),
    )
    .length(INTENSITY_BANDS.length, { message: "Vul alle intensiteiten K tot en met Z in." }),
});

export const save = regionAdminProcedure.input(saveTariffsInput).mutation(({ ctx, input }) => {
  const negative = input.tariffs.find((t) => t.tariffCents < 0);
  if (negative)
    throw new AppError("BAD_INPUT", {
      nl: `Het tarief van intensiteit ${negative.band} ligt onder nul.`,
      en: `The tariff of band ${negative.band} is below zero.`,
    });
  const inverted = input.tariffs.find((t) => t.maxHours <= t.minHours);
  if (inverted)
    throw new AppError("BAD_INPUT", {
      nl: `Bij intensiteit ${inverted.band} moet het maximum aantal uren boven het minimum liggen.`,
      en: `Band ${inverted.band}: maximum hours must exceed minimum hours.`,
    });
  return saveIntensityTariffs(ctx.tx, ctx.viewer.scope, ctx.regionId, input.validFrom, input.tariffs);
});
