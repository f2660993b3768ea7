import { authedProcedure } from "../../trpc.ts";

/** Whether the caller's role requires a second factor, and whether they have one. */
export const status = authedProcedure.query(({ ctx }) => ctx.viewer.mfa);
