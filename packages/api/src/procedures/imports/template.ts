import { z } from "zod";
import { importTemplate } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";
import { importKind } from "./_shared.ts";

/** An empty CSV with the columns an import of this kind reads. */
export const template = regionAdminProcedure
  .input(z.object({ kind: importKind }))
  .query(({ input }) => ({ filename: `jeugdregie-${input.kind}-sjabloon.csv`, content: importTemplate(input.kind) }));
