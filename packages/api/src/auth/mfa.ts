import { z } from "zod";
import { AppError } from "@jeugdregie/domain";
import type { Context } from "../context.ts";

/*
 * A second factor (TOTP, RFC 6238 in @jeugdregie/auth): enrolment by the signed-in user (mfa.*),
 * and the code a sign-in owes after its password when the account has one (auth.verifyCode).
 */

/** Wrong codes one pending sign-in may type before it has to start over with the password. */
export const MFA_MAX_CODE_FAILURES = 5;

export const codeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, { message: "Vul de 6 cijfers uit je authenticator-app in." }),
});

export const now = (ctx: Context) => ctx.deps.clock?.() ?? new Date();

export const wrongCode = () =>
  new AppError("BAD_INPUT", {
    nl: "Deze code klopt niet. Vul de code in die je app nu toont (hij verandert elke 30 seconden).",
    en: "This code is not right. Enter the code your app shows now (it changes every 30 seconds).",
  });

export const alreadyEnrolled = () =>
  new AppError("ILLEGAL_TRANSITION", {
    nl: "Je hebt tweestapsverificatie al ingesteld. Nieuwe telefoon? Vraag de platformbeheerder om die te herstellen.",
    en: "You have already set up two-step verification. New phone? Ask the platform administrator to reset it.",
  });
