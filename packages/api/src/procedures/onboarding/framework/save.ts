import { z } from "zod";
import { saveFramework } from "@jeugdregie/db";
import { AppError, DEFAULT_CRITERIA } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../../trpc.ts";

export const saveOorFrameworkInput = z.object({
  criteria: z
    .array(
      z.object({
        code: z.enum(DEFAULT_CRITERIA.map((c) => c.code) as [string, ...string[]]),
        label: z.string().trim().min(2).max(120),
        evidence: z.string().trim().min(10, { message: "Beschrijf welke onderbouwing nodig is." }).max(1000),
      }),
    )
    .max(10),
  approver: z.enum(["region_coordinator", "supra_coordinator"]),
  secondPerson: z.boolean(),
});

/** The region's "geen kind de regio uit" framework: which criteria, what evidence, who approves. */
export const save = regionAdminProcedure.input(saveOorFrameworkInput).mutation(({ ctx, input }) => {
  if (!input.criteria.some((c) => c.code === "safety" || c.code === "specific_expertise")) {
    throw new AppError("BAD_INPUT", {
      nl: "Het kader houdt minstens veiligheid of specifieke expertise als criterium.",
      en: "The framework keeps at least safety or specific expertise as a criterion.",
    });
  }
  return saveFramework(ctx.tx, ctx.viewer.scope, ctx.regionId, input);
});
