import { z } from "zod";

/** The input of the coordinator's steps on one request. */
export const requestRef = z.object({ requestId: z.uuid({ message: "Onbekende aanmelding." }) });
