import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import routes from "../../../apps/web/app/routes.ts";

/** What React Router's route helpers (route, index, layout, prefix) produce. */
interface RouteConfigEntry {
  path?: string;
  index?: boolean;
  file: string;
  children?: RouteConfigEntry[];
}

const appDir = new URL("../../../apps/web/app", import.meta.url).pathname;

export interface PageRoute {
  /** The path pattern as the router matches it, e.g. "/plaatsingen/:id". */
  pattern: string;
  file: string;
  params: string[];
}

/**
 * Every page of apps/web, read from its route config: paths joined through layouts and prefixes.
 * A module without a default export is a resource route (data, a file, a redirect): no page to read.
 */
export function pageRoutes(): { pages: PageRoute[]; resources: string[] } {
  const pages: PageRoute[] = [];
  const resources: string[] = [];
  const walk = (entries: RouteConfigEntry[], base: string) => {
    for (const entry of entries) {
      const path = entry.path ? `${base}/${entry.path}`.replace(/\/+/g, "/") : base || "/";
      // a layout (or a parent with an outlet): its children are the pages
      if (entry.children) {
        walk(entry.children, entry.path ? path : base);
        continue;
      }
      const source = readFileSync(join(appDir, entry.file), "utf8");
      if (!/export default/.test(source)) {
        resources.push(path);
        continue;
      }
      pages.push({ pattern: path, file: entry.file, params: [...path.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? "*") });
    }
  };
  walk(routes as RouteConfigEntry[], "");
  return { pages, resources };
}

/** Matches a concrete path against a route pattern. */
export function patternRegex(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/:\w+/g, "[^/?#]+").replace(/\*/g, ".*")}$`);
}

/**
 * Words on screen that look like a developer's code. E-mail addresses, web addresses and file names
 * are real words with dots or underscores: they are taken out first.
 */
export const ALLOWED_LOOKALIKES: { pattern: RegExp; reason: string }[] = [
  { pattern: /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, reason: "e-mail addresses (demo accounts end in .demo)" },
  { pattern: /\bhttps?:\/\/\S+/g, reason: "web addresses (identity provider, links in mails)" },
  { pattern: /[\w-]+\.(pdf|png|jpe?g|csv|txt|docx?|xlsx?|svg)\b/gi, reason: "names of uploaded or downloadable files" },
  { pattern: /\biJw\b/g, reason: "iJw is the name of the youth-care message standard, spelt this way" },
  { pattern: /\beHerkenning\b/g, reason: "the name of the Dutch business login, spelt this way" },
  { pattern: /\b[a-z0-9-]+\.(nl|demo|example|test|local)\b/g, reason: "host names (e.g. a region's own domain)" },
  { pattern: /\b\d+ kB\b/g, reason: "file sizes in kilobytes (kB is the SI spelling)" },
];

/** Enum values that are also ordinary Dutch words, so they may appear in sentences. */
export const DUTCH_WORD_VALUES: Record<string, string> = {
  open: "Dutch for open",
  dossier: "Dutch for case file",
  gezinshuis: "Dutch word for a family-style home",
  behandelgroep: "Dutch word",
  crisisplek: "Dutch word",
  deeltijdverblijf: "Dutch word",
  perspectiefplan: "Dutch word",
  veiligheidsplan: "Dutch word",
  triage: "the Dutch word for triage is triage",
  matching: "the Dutch loanword for matching, used in sentences",
  crisis: "Dutch for crisis",
  output: "used in Dutch for output financing",
};

/** What a person reads on the page: visible text, list options, placeholders and labels for screen readers. */
export async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll("option")) parts.push(el.textContent ?? "");
    for (const el of document.querySelectorAll("[placeholder]")) parts.push(el.getAttribute("placeholder") ?? "");
    for (const el of document.querySelectorAll("[aria-label]")) parts.push(el.getAttribute("aria-label") ?? "");
    for (const el of document.querySelectorAll("[title]")) parts.push(el.getAttribute("title") ?? "");
    return parts.join("\n");
  });
}

/** The code-like words in a text: snake_case, dotted.identifiers, camelCase, raw enum values, ISO dates. */
export function codeLikeWords(raw: string, enumValues: ReadonlySet<string>): string[] {
  let text = raw;
  for (const { pattern } of ALLOWED_LOOKALIKES) text = text.replace(pattern, " ");
  const found = [
    ...(text.match(/\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b/g) ?? []),
    ...(text.match(/\b[a-z][a-zA-Z0-9]+\.[a-z][a-zA-Z0-9]+\b/g) ?? []),
    ...(text.match(/\b[a-z]+[A-Z][a-zA-Z]*\b/g) ?? []),
    ...(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []),
    ...(text.match(/\b[a-z]+\b/g) ?? []).filter((w) => enumValues.has(w) && !(w in DUTCH_WORD_VALUES)),
  ];
  return [...new Set(found)];
}
