import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * One language per layer (docs/decisions/0007-dutch-only-interface.md): the interface is Dutch
 * only, URLs are Dutch, identifiers, folders and file names are English. A language switch, a
 * label table read in English, or a folder named after a Dutch URL fails here.
 */
const root = new URL("../..", import.meta.url).pathname;
const skip = ["node_modules", "build", ".react-router", "dist"];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (skip.includes(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [path, ...walk(path)] : [path];
  });
}

const webFiles = walk(join(root, "apps/web/app")).filter((f) => /\.tsx?$/.test(f));
const text = (file: string) => readFileSync(file, "utf8");
const rel = (file: string) => relative(root, file);

describe("the interface is Dutch only", () => {
  it("finds the web app's files at all", () => {
    expect(webFiles.map(rel)).toContain("apps/web/app/routes/shell.tsx");
  });

  it("has no language switch: no cookie, no /taal route, no English labels or messages", () => {
    const english = /jr_lang|["'`/]taal\b|\bi18n\b|useLang|\[lang\]|LABELS\[[^\]]+\]\.en\b|\.messageEn\b|errorPageTitle\([^)]*\)\.en\b/;
    expect(webFiles.filter((f) => english.test(text(f))).map(rel)).toEqual([]);
  });

  it("says so to browsers and screen readers on every page", () => {
    expect(text(join(root, "apps/web/app/root.tsx"))).toMatch(/<html lang="nl">/);
  });
});

/** The Dutch words of the web app's URLs; those that are also English (status, audit, ...) are not telling. */
function dutchUrlWords(): string[] {
  const routes = text(join(root, "apps/web/app/routes.ts"));
  const paths = [...routes.matchAll(/(?:route|prefix)\("([^"]+)"/g)].map((m) => m[1]!);
  const alsoEnglish = new Set([
    "api",
    "trpc",
    "link",
    "code",
    "oidc",
    "import",
    "status",
    "post",
    "account",
    "accounts",
    "audit",
    "open",
    "v1",
  ]);
  const words = paths.flatMap((p) => p.split("/")).filter((w) => w && !w.startsWith(":") && !w.includes("*"));
  return [...new Set(words)].filter((w) => !alsoEnglish.has(w));
}

describe("folders and files are named in English", () => {
  it("reads the Dutch URL words from the routes", () => {
    expect(dutchUrlWords()).toEqual(expect.arrayContaining(["inrichting", "plaatsingen", "voorleggingen"]));
  });

  it("no folder or file under apps, packages or tests borrows a Dutch URL word", () => {
    const dutch = new Set(dutchUrlWords());
    const paths = ["apps", "packages", "tests"].flatMap((top) => walk(join(root, top)));
    const named = paths.filter((p) =>
      dutch.has(
        p
          .split("/")
          .pop()!
          .replace(/\.[a-z.]+$/, ""),
      ),
    );
    expect(named.map(rel)).toEqual([]);
  });
});
