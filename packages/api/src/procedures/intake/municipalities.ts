import { referenceMunicipalities } from "@jeugdregie/db";
import { intakeProcedure } from "../../trpc.ts";

/** The country's municipalities by name, for the home-municipality picker (public CBS reference data). */
export const municipalities = intakeProcedure.query(({ ctx }) => referenceMunicipalities(ctx.tx));
