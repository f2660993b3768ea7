import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { expect, inject } from "vitest";

const repoRoot = new URL("../../..", import.meta.url).pathname;
export const screenshotDir = join(repoRoot, "tests/e2e/screenshots");
export const DEMO_PASSWORD = "Jeugdregie-demo-2026";

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export function url(path: string): string {
  return new URL(path, inject("baseUrl")).toString();
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(url("/inloggen"));
  await page.fill("#email", email);
  await page.fill("#password", password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/inloggen")), page.click("button[type=submit]")]);
  await settled(page);
}

/**
 * Waits until the page on screen is the one in the address bar with its data loaded. After a
 * client-side navigation the router changes the URL first and React renders the new page a
 * moment later, so waitForURL alone can still see the previous page.
 */
export async function settled(page: Page) {
  await page.waitForFunction(() => {
    const main = document.querySelector("main[data-location]");
    return main?.getAttribute("data-navigation") === "idle" && main.getAttribute("data-location") === location.pathname + location.search;
  });
}

/** Clicks a link or button that leads to another page and waits until that page is shown. */
export async function clickTo(page: Page, selector: string, to: Parameters<Page["waitForURL"]>[0]) {
  await Promise.all([page.waitForURL(to), page.click(selector)]);
  await settled(page);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core in the page: no serious or critical WCAG 2.1 A/AA violations allowed. */
export async function expectAccessible(page: Page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
  });
  expect(violations).toEqual([]);
}

/** A fresh browser context (own cookies) at a desktop size, Dutch locale. */
export async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" })).newPage();
}

/**
 * Clicks a form's button and waits until the action and the revalidation after it are done and
 * shown. Only once the page is hydrated, so the router submits (a click before that posts the
 * page natively, and the old page would still say "idle"); every submission gives a new location
 * key, so "idle" on the old one never counts.
 */
export async function submitAndWait(page: Page, button: string | Locator) {
  const target = typeof button === "string" ? page.locator(`button:has-text("${button}")`).first() : button;
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
  const before = await page.getAttribute("main[data-location-key]", "data-location-key");
  try {
    await target.waitFor({ state: "visible", timeout: 20_000 });
  } catch {
    // say what the page showed instead of the button: a timeout alone does not tell why it was not there
    const main = (await page.textContent("main").catch(() => null)) ?? "(no main)";
    throw new Error(`submitAndWait: ${String(target)} is not on ${page.url()}; the page says: ${main.replace(/\s+/g, " ").slice(0, 3000)}`);
  }
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST", { timeout: 60_000 }), target.click()]);
  await page.waitForFunction((key) => {
    const main = document.querySelector("main[data-location-key]");
    return main?.getAttribute("data-navigation") === "idle" && main.getAttribute("data-location-key") !== key;
  }, before);
  await settled(page);
}
