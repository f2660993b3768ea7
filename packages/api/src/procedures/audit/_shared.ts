import { z } from "zod";
import { pageShape } from "../../input.ts";

export const auditInput = z.object({ ...pageShape, entity: z.string().max(60).optional() });
