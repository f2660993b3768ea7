import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The layering of design section 4, checked on both the declared dependencies and the
 * actual import statements: domain <- db <- (api, jobs) <- apps; auth depends on domain only.
 */
const root = new URL("../..", import.meta.url).pathname;

const ALLOWED: Record<string, string[]> = {
  domain: [],
  config: [],
  auth: ["domain"],
  db: ["domain", "config"],
  jobs: ["domain", "config", "db"],
  api: ["domain", "config", "db", "auth", "jobs"],
  ui: ["domain"],
};

/** Third-party packages the pure domain may use: validation only, no I/O. */
const DOMAIN_THIRD_PARTY = ["zod"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g, // import x from "y", export * from "y"
    /(?:^|\n)\s*import\s+["']([^"']+)["']/g, // import "y" (side effects)
    /import\(\s*["']([^"']+)["']\s*\)/g, // import("y")
    /require\(\s*["']([^"']+)["']\s*\)/g, // require("y")
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

function workspaceDeps(pkg: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, "packages", pkg, "package.json"), "utf8"));
  return Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })
    .filter((d) => d.startsWith("@jeugdregie/"))
    .map((d) => d.slice("@jeugdregie/".length));
}

describe("package layering", () => {
  const packages = readdirSync(join(root, "packages")).filter((p) => statSync(join(root, "packages", p)).isDirectory());

  it("knows every package", () => {
    expect(packages.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  for (const pkg of Object.keys(ALLOWED)) {
    it(`${pkg} declares and imports only the layers below it`, () => {
      const allowed = ALLOWED[pkg]!;
      expect(workspaceDeps(pkg).filter((d) => !allowed.includes(d))).toEqual([]);
      const violations = sourceFiles(join(root, "packages", pkg, "src")).flatMap((file) =>
        importsOf(file)
          .filter((spec) => spec.startsWith("@jeugdregie/") && !allowed.includes(spec.split("/")[1]!))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it("keeps packages/domain free of I/O and frameworks", () => {
    const violations = sourceFiles(join(root, "packages/domain/src"))
      .filter((file) => !file.endsWith(".test.ts"))
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => !spec.startsWith(".") && !DOMAIN_THIRD_PARTY.includes(spec))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
    expect(violations).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(root, "packages/domain/package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(DOMAIN_THIRD_PARTY);
  });

  it("imports only packages each package declares (no reliance on hoisting)", () => {
    const violations = Object.keys(ALLOWED).flatMap((pkg) => {
      const manifest = JSON.parse(readFileSync(join(root, "packages", pkg, "package.json"), "utf8"));
      const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.devDependencies }));
      // Unit tests run under the root's vitest; only shipped code must declare what it imports.
      const shipped = sourceFiles(join(root, "packages", pkg, "src")).filter((file) => !file.endsWith(".test.ts"));
      return shipped.flatMap((file) =>
        importsOf(file)
          .filter((spec) => !spec.startsWith(".") && !spec.startsWith("node:"))
          .map((spec) => (spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!))
          .filter((name) => !declared.has(name) && !declared.has(`@types/${name}`))
          .map((name) => `${relative(root, file)} imports undeclared ${name}`),
      );
    });
    expect(violations).toEqual([]);
  });

  it("never imports from apps/ inside packages/", () => {
    const violations = Object.keys(ALLOWED).flatMap((pkg) =>
      sourceFiles(join(root, "packages", pkg, "src")).flatMap((file) =>
        importsOf(file)
          .filter(
            (spec) =>
              spec.includes("/apps/") ||
              spec.startsWith("@jeugdregie/web") ||
              spec.startsWith("@jeugdregie/worker") ||
              spec.startsWith("@jeugdregie/platform"),
          )
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      ),
    );
    expect(violations).toEqual([]);
  });
});
