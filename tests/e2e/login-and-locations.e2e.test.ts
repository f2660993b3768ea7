import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectAccessible, launchBrowser, login, screenshot, url, newPage as openPage, settled, submitAndWait } from "./helpers/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const newPage = () => openPage(browser);

describe("signing in", () => {
  it("shows a Dutch error for a wrong password and keeps the e-mail address", async () => {
    const page = await newPage();
    await page.goto(url("/"));
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    await expectAccessible(page);
    await page.fill("#email", "coordinator.haaglanden@jeugdregie.demo");
    await page.fill("#password", "niet-goed");
    await page.click("button[type=submit]");
    await page.waitForSelector("[role=alert]");
    expect(await page.textContent("[role=alert]")).toContain("E-mailadres of wachtwoord klopt niet");
    expect(await page.inputValue("#email")).toBe("coordinator.haaglanden@jeugdregie.demo");
    await screenshot(page, "01-login-error");
  });
});

describe("signing in through an identity provider", () => {
  it("explains when the region has none configured", async () => {
    const page = await newPage();
    await page.goto(url("/inloggen"));
    await page.fill("#regio", "twente");
    await Promise.all([
      page.waitForURL((u) => u.searchParams.has("fout")),
      page.click("button:has-text('Verder naar de identiteitsprovider')"),
    ]);
    expect(await page.textContent("[role=alert]")).toContain("geen inloggen via een identiteitsprovider");
  });
});

describe("a coordinator", () => {
  it("sees only their own region's locations", async () => {
    const page = await newPage();
    await login(page, "coordinator.haaglanden@jeugdregie.demo");
    expect(await page.textContent("[data-testid=whoami]")).toContain("Haaglanden");
    await screenshot(page, "02-coordinator-dashboard");
    await page.click("nav >> text=Locaties");
    await page.waitForURL("**/locaties");
    await settled(page);
    const regions = await page.locator("[data-testid=location-region]").allTextContents();
    expect(regions.length).toBeGreaterThan(5);
    expect(new Set(regions)).toEqual(new Set(["Haaglanden"]));
    expect(await page.textContent("[data-testid=location-count]")).toMatch(/^\d+ locaties, \d+ plekken$/);
    await expectAccessible(page);
    await screenshot(page, "03-coordinator-locations");

    await page.selectOption("#zorgvorm", "gezinshuis");
    await Promise.all([page.waitForURL((u) => u.searchParams.get("zorgvorm") === "gezinshuis"), page.click("text=Filteren")]);
    await settled(page);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("tbody .utrecht-data-badge")].every((e) => e.textContent === "Gezinshuis"),
    );
    const badges = await page.locator("tbody .utrecht-data-badge").allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(["Gezinshuis"]));
  });

  it("working for two regions switches between them", async () => {
    const page = await newPage();
    await login(page, "coordinator.gelderland@jeugdregie.demo");
    await page.goto(url("/locaties"));
    const before = new Set(await page.locator("[data-testid=location-region]").allTextContents());
    expect(before.size).toBe(1);
    const options = await page.locator("#regionId option").allTextContents();
    expect(options).toHaveLength(2);
    const target = options.find((o) => !before.has(o))!;
    await page.selectOption("#regionId", { label: target });
    // networkidle can come before React shows the page of the new region: wait for that page
    await submitAndWait(page, page.locator("text=Wissel").first());
    const after = new Set(await page.locator("[data-testid=location-region]").allTextContents());
    expect(after).toEqual(new Set([target]));
    await screenshot(page, "04-region-switched");
  });
});

describe("a provider user", () => {
  it("sees its own locations across all regions it serves from one login", async () => {
    const page = await newPage();
    await login(page, "aanbieder@jeugdregie.demo");
    await page.goto(url("/locaties"));
    const providers = new Set(await page.locator("[data-testid=location-provider]").allTextContents());
    expect(providers).toEqual(new Set(["Stichting De Kapstok Jeugdzorg"]));
    const regions = new Set(await page.locator("[data-testid=location-region]").allTextContents());
    expect(regions.size).toBeGreaterThanOrEqual(3);
    await screenshot(page, "05-provider-all-regions");

    await page.selectOption("#regio", { label: "Twente" });
    await Promise.all([page.waitForURL((u) => u.searchParams.has("regio")), page.click("text=Filteren")]);
    await settled(page);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-testid=location-region]")].every((e) => e.textContent === "Twente"),
    );
    expect(new Set(await page.locator("[data-testid=location-region]").allTextContents())).toEqual(new Set(["Twente"]));
  });
});

describe("roles without locations", () => {
  it("does not offer the ministry a locations page and refuses it", async () => {
    const page = await newPage();
    await login(page, "ministerie@jeugdregie.demo");
    expect(await page.locator("nav >> text=Locaties").count()).toBe(0);
    const response = await page.goto(url("/locaties"));
    expect(response?.status()).toBe(403);
    expect(await page.textContent("h1")).toBe("Geen toegang");
  });
});

describe("the platform admin", () => {
  it("sees the worker alive on the status page", async () => {
    const page = await newPage();
    await login(page, "platform@jeugdregie.demo");
    await page.click("nav >> text=Systeemstatus");
    await page.waitForURL("**/beheer/status");
    await settled(page);
    const statuses = await page.locator("[data-testid=worker-status]").allTextContents();
    expect(statuses).toContain("actief");
    await expectAccessible(page);
    await screenshot(page, "06-system-status");
  });
});

describe("cross-site requests", () => {
  it("refuses form posts and API writes from another origin", async () => {
    const logout = await fetch(url("/uitloggen"), {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "",
      redirect: "manual",
    });
    expect(logout.status).toBe(403);
    const api = await fetch(url("/api/trpc/auth.logout"), {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: "{}",
    });
    expect(api.status).toBe(403);
    const sameOrigin = await fetch(url("/uitloggen"), {
      method: "POST",
      headers: { origin: new URL(url("/")).origin, "content-type": "application/x-www-form-urlencoded" },
      body: "",
      redirect: "manual",
    });
    expect(sameOrigin.status).toBe(302);
  });
});

describe("language and logout", () => {
  it("is Dutch only (no language switch), and logging out protects the pages again", async () => {
    const page = await newPage();
    await login(page, "beheer.haaglanden@jeugdregie.demo");
    await page.waitForSelector("text=Overzicht");
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(await page.locator("text=English").count()).toBe(0);
    expect(await page.locator("form[action='/taal']").count()).toBe(0);
    expect((await page.request.get(url("/taal"), { maxRedirects: 0 })).status()).toBe(404);
    await Promise.all([page.waitForURL("**/inloggen"), page.click("text=Uitloggen")]);
    await page.goto(url("/locaties"));
    expect(new URL(page.url()).pathname).toBe("/inloggen");
  });
});
