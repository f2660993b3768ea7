import { z } from "zod";
import { createJustification, matchRequest } from "@jeugdregie/db";
import { inRegionSummary } from "@jeugdregie/domain";
import { coordinatorProcedure } from "../../trpc.ts";

/** Writes an out-of-region justification; why the in-region places were not taken comes from matching itself. */
export const justify = coordinatorProcedure
  .input(
    z.object({
      requestId: z.uuid({ message: "Onbekende aanmelding." }),
      locationId: z.uuid({ message: "Kies de locatie buiten de regio." }),
      criteria: z
        .array(z.string({ message: "Kies een criterium uit het afwegingskader." }).max(60, { message: "Onbekend criterium." }), {
          message: "Kies minstens één criterium uit het afwegingskader.",
        })
        .max(10, { message: "Kies hoogstens 10 criteria." }),
      evidence: z.record(
        z.string({ message: "Onbekend criterium." }),
        z.string({ message: "Vul de onderbouwing in als tekst." }).max(4000, { message: "Een onderbouwing is hoogstens 4000 tekens." }),
        { message: "Vul bij elk gekozen criterium de onderbouwing in." },
      ),
      note: z
        .string({ message: "Vul de toelichting in als tekst." })
        .trim()
        .max(2000, { message: "De toelichting is hoogstens 2000 tekens." })
        .default(""),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const { tx, regionId } = ctx;
    const { need, candidates, matches, excluded } = await matchRequest(tx, regionId, input.requestId);
    const inRegion = (id: string) => candidates.find((c) => c.locationId === id)?.regionId === regionId;
    const summary = inRegionSummary(
      excluded.filter((e) => inRegion(e.locationId)),
      matches.filter((m) => m.inRegion).length,
      need.careType,
    );
    return createJustification(tx, ctx.viewer.scope, regionId, {
      requestId: input.requestId,
      locationId: input.locationId,
      criteria: input.criteria,
      evidence: input.evidence,
      inRegionReasons: input.note ? `${summary} Toelichting: ${input.note}` : summary,
    });
  });
