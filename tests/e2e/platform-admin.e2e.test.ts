import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createFieldCrypto, totpCode } from "@jeugdregie/auth";
import { expectAccessible, launchBrowser, login, newPage as openPage, screenshot, settled, submitAndWait, url } from "./helpers/browser.ts";

/*
 * The platform admin's journey (issue 10): an invitation sent again (the old link stops) and one
 * revoked; the new region admin forgets the password and sets a new one through the mailed link;
 * two-step verification required for region admins, set up right after sign-in and asked for at the
 * next sign-in; the account deactivated (its open session ends) and reactivated.
 */
let browser: Browser;
let db: pg.Client;
const crypto = () => createFieldCrypto(inject("e2eDataKey"));
beforeAll(async () => {
  browser = await launchBrowser();
  db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
});
afterAll(async () => {
  // Other journeys sign in as region admins without a second factor.
  await db?.query("delete from mfa_required_roles");
  await db?.end();
  await browser?.close();
});

const newPage = () => openPage(browser);
const ADMIN = "beheer@accountstad.example";
const PASSWORD = "een nieuw lang wachtwoord";

/** The newest mail to this address, read from the outbox and decrypted as the mail relay does. */
async function lastMailTo(recipient: string): Promise<string> {
  const { rows } = await db.query<{ body: string }>("select body from outbox where recipient = $1 order by created_at desc limit 1", [
    recipient,
  ]);
  return crypto().decrypt(rows[0]!.body);
}
const linkIn = (mail: string, path: string) => new RegExp(`https?://\\S+/${path}/[\\w-]+`).exec(mail)?.[0];

async function createRegion(page: Page, name: string, code: string, adminEmail: string) {
  await page.goto(url("/beheer/regios"));
  await settled(page);
  await page.fill("#name", name);
  await page.fill("#code", code);
  await page.fill("#adminEmail", adminEmail);
  await submitAndWait(page, "Regio aanmaken en uitnodigen");
  return (await page.textContent("[data-testid=invitation-url]"))!;
}

let platform: Page;
let regionAdmin: Page;
let secret: string;

describe("the platform admin's accounts and invitations", () => {
  it("sends an invitation again with a new link and revokes another", async () => {
    platform = await newPage();
    await login(platform, "platform@jeugdregie.demo");
    const firstUrl = await createRegion(platform, "Accountstad", "accountstad", ADMIN);
    const revokedUrl = await createRegion(platform, "Intrekstad", "intrekstad", "beheer@intrekstad.example");

    await platform.goto(url("/beheer/accounts"));
    await settled(platform);
    await submitAndWait(platform, platform.getByRole("button", { name: `Uitnodiging voor ${ADMIN} opnieuw sturen` }));
    expect(await platform.textContent("main")).toContain(`opnieuw gestuurd naar ${ADMIN}`);
    await submitAndWait(platform, platform.getByRole("button", { name: "Uitnodiging voor beheer@intrekstad.example intrekken" }));
    expect(await platform.textContent("main")).toContain("is ingetrokken");
    await expectAccessible(platform);
    await screenshot(platform, "60-accounts-invitations");

    const old = await newPage();
    expect((await old.goto(firstUrl))?.status()).toBe(404);
    expect(await old.textContent("[role=alert]")).toContain("bestaat niet");
    const revoked = await newPage();
    await revoked.goto(revokedUrl);
    expect(await revoked.textContent("[role=alert]")).toContain("ingetrokken");

    const newUrl = linkIn(await lastMailTo(ADMIN), "uitnodiging")!;
    expect(newUrl).not.toBe(firstUrl);
    regionAdmin = await newPage();
    await regionAdmin.goto(newUrl);
    await regionAdmin.fill("#displayName", "Anna Accountstad");
    await regionAdmin.fill("#password", "een-eerste-lang-wachtwoord");
    await regionAdmin.fill("#passwordAgain", "een-eerste-lang-wachtwoord");
    await Promise.all([regionAdmin.waitForURL("**/inrichting/**"), regionAdmin.click("button:has-text('Account aanmaken')")]);
    await settled(regionAdmin);
  });

  it("sets a new password through the mailed link when it is forgotten", async () => {
    const page = await newPage();
    await page.goto(url("/inloggen"));
    await Promise.all([page.waitForURL("**/wachtwoord-vergeten"), page.click("a:has-text('Wachtwoord vergeten?')")]);
    await expectAccessible(page);
    await screenshot(page, "61-password-forgot");
    await page.fill("#email", ADMIN);
    await page.click("button:has-text('Stuur de link')");
    await page.waitForSelector("[role=status]");
    expect(await page.textContent("main")).toContain("hebben we daar een link naartoe gestuurd");
    await screenshot(page, "62-password-forgot-sent");

    const resetUrl = linkIn(await lastMailTo(ADMIN), "wachtwoord-vergeten")!;
    await page.goto(resetUrl);
    expect(await page.textContent("main")).toContain(ADMIN);
    await expectAccessible(page);
    await screenshot(page, "63-password-reset");
    await page.fill("#password", PASSWORD);
    await page.fill("#passwordAgain", PASSWORD);
    await Promise.all([page.waitForURL("**/inloggen?wachtwoord=nieuw"), page.click("button:has-text('Wachtwoord opslaan')")]);
    await page.waitForSelector("text=Je wachtwoord is gewijzigd");
    expect(await page.textContent("main")).toContain("Je wachtwoord is gewijzigd");

    // The region admin's open session ended with the reset.
    await regionAdmin.goto(url("/inrichting"));
    expect(new URL(regionAdmin.url()).pathname).toBe("/inloggen");
    expect((await regionAdmin.goto(resetUrl))?.status()).toBe(410);
  });

  it("requires two-step verification for region admins: set up right after sign-in, then asked for", async () => {
    await platform.goto(url("/beheer/accounts"));
    await settled(platform);
    await platform.check("input[name=roles][value=region_admin]");
    await submitAndWait(platform, "Opslaan");
    expect(await platform.textContent("main")).toContain("verplicht voor: regiobeheerder");

    await login(regionAdmin, ADMIN, PASSWORD);
    expect(new URL(regionAdmin.url()).pathname).toBe("/account/tweestapsverificatie");
    expect(await regionAdmin.textContent("main")).toContain("verplicht");
    await submitAndWait(regionAdmin, "Tweestapsverificatie instellen");
    secret = (await regionAdmin.getAttribute("[data-testid=mfa-secret]", "data-secret"))!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(regionAdmin);
    await screenshot(regionAdmin, "64-mfa-enrol");
    await regionAdmin.fill("#code", totpCode(secret, new Date()));
    await Promise.all([regionAdmin.waitForURL("**/overzicht"), regionAdmin.click("button:has-text('Bevestigen')")]);
    await settled(regionAdmin);

    const again = await newPage();
    await again.goto(url("/inloggen"));
    await again.fill("#email", ADMIN);
    await again.fill("#password", PASSWORD);
    await Promise.all([again.waitForURL("**/inloggen/code**"), again.click("button[type=submit]")]);
    await expectAccessible(again);
    await screenshot(again, "65-login-code");
    await again.fill("#code", "000000");
    await Promise.all([again.waitForResponse((r) => r.request().method() === "POST"), again.click("button:has-text('Inloggen')")]);
    await again.waitForSelector("[role=alert]");
    expect(await again.textContent("[role=alert]")).toContain("klopt niet");
    // The code of the next time step: the one used to set it up is spent.
    await again.fill("#code", totpCode(secret, new Date(Date.now() + 30_000)));
    await Promise.all([again.waitForURL("**/overzicht"), again.click("button:has-text('Inloggen')")]);
    await settled(again);
    expect(await again.textContent("[data-testid=whoami]")).toContain("Anna Accountstad");
    regionAdmin = again;

    await platform.uncheck("input[name=roles][value=region_admin]");
    await submitAndWait(platform, "Opslaan");
  });

  it("deactivates the account (its session ends, signing in fails) and reactivates it", async () => {
    await platform.goto(url("/beheer/accounts?zoek=accountstad"));
    await settled(platform);
    expect(await platform.textContent("main")).toContain("Ingesteld");
    await submitAndWait(platform, platform.getByRole("button", { name: "Anna Accountstad deactiveren" }));
    expect(await platform.textContent("main")).toContain("is gedeactiveerd");
    await expectAccessible(platform);
    await screenshot(platform, "66-accounts-deactivated");

    await regionAdmin.goto(url("/overzicht"));
    expect(new URL(regionAdmin.url()).pathname).toBe("/inloggen");
    await regionAdmin.fill("#email", ADMIN);
    await regionAdmin.fill("#password", PASSWORD);
    await regionAdmin.click("button[type=submit]");
    await regionAdmin.waitForSelector("[role=alert]");
    expect(await regionAdmin.textContent("[role=alert]")).toContain("klopt niet");

    await submitAndWait(platform, platform.getByRole("button", { name: "Anna Accountstad weer activeren" }));
    expect(await platform.textContent("main")).toContain("kan weer inloggen");
  });
});
