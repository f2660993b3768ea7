import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { APP_ERROR_CODES, AppError, ERROR_STATUS, errorPageTitle } from "@jeugdregie/domain";
import { describeError, flattenZodError, ReportedError, refusalOf, toTrpcError } from "./errors.ts";

const refusal = (code: (typeof APP_ERROR_CODES)[number]) => new AppError(code, { nl: `nl ${code}`, en: `en ${code}` });

describe("one error table", () => {
  it.each(APP_ERROR_CODES)("%s has a tRPC code and an HTTP status, and tRPC answers with that status", (code) => {
    const status = ERROR_STATUS[code];
    expect(status.http).toBeGreaterThanOrEqual(400);
    expect(status.http).toBeLessThan(600);
    const trpc = toTrpcError(refusal(code));
    expect(trpc.code).toBe(status.trpc);
    // the HTTP API's status (tRPC's own table) and the web app's status are the same number
    expect(getHTTPStatusCodeFromError(trpc)).toBe(status.http);
    expect(refusalOf(trpc)).toMatchObject({ status: status.http, appCode: code, message: `nl ${code}`, messageEn: `en ${code}` });
    expect(refusalOf(refusal(code))).toMatchObject({ status: status.http, appCode: code });
    expect(errorPageTitle(status.http).nl).toBe(status.title.nl);
  });

  it("no two codes share a tRPC code, so a tRPC code leads back to one domain code", () => {
    const trpcCodes = APP_ERROR_CODES.map((code) => ERROR_STATUS[code].trpc);
    expect(new Set(trpcCodes).size).toBe(trpcCodes.length);
    for (const code of APP_ERROR_CODES)
      expect(describeError(new TRPCError({ code: ERROR_STATUS[code].trpc, message: "m" })).data.appCode).toBe(code);
  });

  it("flattens a zod refusal once: per field for forms, a sentence for people", () => {
    const parsed = z
      .object({ a: z.string({ message: "Vul a in." }), b: z.object({ c: z.number({ message: "Getal." }) }) })
      .safeParse({ b: {} });
    const zodError = parsed.error!;
    expect(flattenZodError(zodError)).toEqual({ fieldErrors: { a: ["Vul a in."], "b.c": ["Getal."] }, summary: "Vul a in. Getal." });
    const trpc = new TRPCError({ code: "BAD_REQUEST", cause: zodError });
    expect(describeError(trpc).message).toBe("De invoer is niet geldig: Vul a in. Getal.");
    expect(refusalOf(trpc)).toMatchObject({ status: 400, message: "Vul a in. Getal.", fieldErrors: { a: ["Vul a in."] } });
  });

  it("an internal error is a 500 with the logged request id and nothing of its cause; anything else is no refusal", () => {
    const internal = refusalOf(new ReportedError("req-1", new Error("secret detail")));
    expect(internal).toMatchObject({ status: 500, appCode: "INTERNAL" });
    expect(internal!.message).toContain("req-1");
    expect(internal!.message).not.toContain("secret");
    expect(refusalOf(new Error("boom"))).toBeNull();
  });

  it("an error page without a domain code gets the heading of its class", () => {
    expect(errorPageTitle(418).nl).toBe(ERROR_STATUS.BAD_INPUT.title.nl);
    expect(errorPageTitle(500).nl).toBe("Er ging iets mis");
  });
});
