import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Code says what it means: "no region" is null, not a made-up id that no row has, and an ability
 * is asked about a real object (a region's placement point), not a fake request with an empty
 * referrer. The one all-zero id left is the system actor's (packages/domain/src/system-actor.ts),
 * a real actor of audit entries; migrations are history and are not read.
 */
const root = new URL("../..", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (["node_modules", "build", ".react-router", "dist", "migrations"].includes(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const files = [
  ...["packages"].flatMap((top) => readdirSync(join(root, top)).map((pkg) => join(root, top, pkg, "src"))),
  join(root, "apps/web/app"),
  join(root, "apps/worker/src"),
]
  .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  .flatMap(sourceFiles);
const rel = (file: string) => relative(root, file);
const text = (file: string) => readFileSync(file, "utf8");

describe("real values, not sentinels", () => {
  it("finds the source files at all", () => {
    expect(files.map(rel)).toContain("packages/api/src/trpc.ts");
  });

  it("uses the all-zero id only as the system actor", () => {
    const zero = files.filter((f) => text(f).includes("00000000-0000-0000-0000-000000000000")).map(rel);
    expect(zero).toEqual(["packages/domain/src/system-actor.ts"]);
  });

  it("asks abilities about real objects: no subject with an empty field", () => {
    const fake = files.filter((f) => /subject\("\w+",\s*\{[^}]*:\s*""/.test(text(f))).map(rel);
    expect(fake).toEqual([]);
  });
});
