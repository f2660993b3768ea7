import { describe, expect, it } from "vitest";
import { AppError, type AppErrorCode } from "@jeugdregie/domain";
import { linkRefusal, signInRefusal } from "./forms.server.ts";

const refused = (code: AppErrorCode) => new AppError(code, { nl: `nl ${code}`, en: `en ${code}` });

describe("refusals on sign-in and link pages", () => {
  it("take the one table's status, except that wrong credentials on a public form are bad input", () => {
    expect(signInRefusal(refused("RATE_LIMITED"))).toMatchObject({ status: 429, message: "nl RATE_LIMITED" });
    expect(signInRefusal(refused("BAD_INPUT"))).toMatchObject({ status: 400 });
    expect(signInRefusal(refused("UNAUTHENTICATED"))).toMatchObject({ status: 400, appCode: "UNAUTHENTICATED" });
    expect(signInRefusal(new Error("a fault"))).toBeNull();
  });

  it("answer a spent link with 410 Gone and an unknown one with 404, and tell the page to offer a new link", () => {
    expect(linkRefusal(refused("CONFLICT"))).toMatchObject({ status: 410, linkGone: true });
    expect(linkRefusal(refused("NOT_FOUND"))).toMatchObject({ status: 404, linkGone: true });
    expect(linkRefusal(refused("UNAUTHENTICATED"))).toMatchObject({ status: 400, linkGone: false });
    expect(linkRefusal(refused("RATE_LIMITED"))).toMatchObject({ status: 429, linkGone: false });
    expect(linkRefusal(new Error("a fault"))).toBeNull();
  });
});
