import { resetTokenInput, usableReset } from "../../auth/password-reset.ts";
import { publicProcedure } from "../../trpc.ts";

/** Whose reset link it is, for the page that asks for the new password. */
export const passwordResetInfo = publicProcedure.input(resetTokenInput).query(async ({ ctx, input }) => {
  const { state } = await usableReset(ctx, input.token);
  return { email: state.email, expiresAt: state.expiresAt };
});
