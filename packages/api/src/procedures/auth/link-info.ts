import { loginLinkTokenInput, usableLink } from "../../auth/login-link.ts";
import { publicProcedure } from "../../trpc.ts";

/** Whose sign-in link it is, for the page that asks for the password. */
export const linkInfo = publicProcedure.input(loginLinkTokenInput).query(async ({ ctx, input }) => {
  const { link } = await usableLink(ctx, input.token);
  return { email: link.email, expiresAt: link.expiresAt };
});
