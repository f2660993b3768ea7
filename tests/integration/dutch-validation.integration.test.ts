import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps } from "./helpers/api.ts";

/*
 * Issue 10, "validation messages in Dutch": a procedure called with the wrong types answers in
 * Dutch, also to a caller in the same process (the web app's loaders and actions show
 * `error.message`), never zod's "Invalid input: expected string" or its issue list as JSON. A call
 * for another role's work says whose work it is.
 */
let db: TestDatabase;
type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];
const as = async (email?: string): Promise<Caller> => {
  const session = new ApiSession(apiDeps(db.app));
  if (email) await session.login(email, DEMO_PASSWORD);
  return (await session.caller()).caller;
};

async function messageOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").toBeInstanceOf(TRPCError);
  return (error as TRPCError).message;
}

const ENGLISH_OR_CODES = /Invalid|expected|received|invalid_|too_small|too_big|"code"|\[\{/;

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(() => db.drop());

describe("wrong input is refused in Dutch", () => {
  it("answers wrong types with the Dutch messages, not zod's", async () => {
    const referrer = await as("verwijzer.haaglanden@jeugdregie.demo");
    const platform = await as("platform@jeugdregie.demo");
    const admin = await as("beheer.haaglanden@jeugdregie.demo");
    const messages = [
      await messageOf(referrer.intake.create({ bsn: 999900006, birthDate: null } as never)),
      await messageOf(platform.tenants.create({} as never)),
      await messageOf(admin.onboarding.providers.search({ query: 5 } as never)),
      await messageOf(admin.onboarding.segments.create({ name: "", description: ["x"] } as never)),
    ];
    for (const message of messages) {
      expect(message).toMatch(/^De invoer is niet geldig: /);
      expect(message).not.toMatch(ENGLISH_OR_CODES);
    }
    expect(messages.join(" ")).toContain("Vul dit veld in.");
  });

  it("keeps a schema's own Dutch message, without the issue list around it", async () => {
    const anonymous = await as();
    const message = await messageOf(anonymous.auth.passwordResetInfo({ token: "kort" }));
    expect(message).toBe("De invoer is niet geldig: Deze link is onvolledig.");
  });

  it("tells a role whose work a procedure is", async () => {
    const coordinator = await as("coordinator.haaglanden@jeugdregie.demo");
    expect(await messageOf(coordinator.onboarding.progress())).toBe("Dit is werk voor regiobeheerders.");
    const referrer = await as("verwijzer.haaglanden@jeugdregie.demo");
    expect(await messageOf(referrer.provider.capacity())).toBe("Dit is werk voor medewerkers van een aanbieder.");
  });
});
