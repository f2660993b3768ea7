import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { appRouter } from "@jeugdregie/api";
import { describe, expect, it } from "vitest";

/*
 * The router is the map of the code: `placement.decideJustification` lives in
 * packages/api/src/procedures/placement/decide-justification.ts and is exported there as
 * `decideJustification`. Procedures and jobs hold no SQL of their own (queries live in
 * packages/db) and open no tenant transaction of their own (the tRPC middleware does).
 */
const root = new URL("../..", import.meta.url).pathname;
const proceduresDir = join(root, "packages/api/src/procedures");

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Where a router path's procedure is defined. */
export const fileOf = (path: string) => {
  const segments = path.split(".");
  return join(proceduresDir, ...segments.slice(0, -1).map(kebab), `${kebab(segments.at(-1)!)}.ts`);
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const procedures = Object.entries(appRouter._def.procedures as Record<string, unknown>);

describe("router = folders", () => {
  it("has procedures to check", () => {
    expect(procedures.length).toBeGreaterThan(80);
  });

  it("finds every procedure in the file its router path names, exported under its own name", async () => {
    const misplaced: string[] = [];
    for (const [path, procedure] of procedures) {
      const file = fileOf(path);
      const name = path.split(".").at(-1)!;
      if (!existsSync(file)) {
        misplaced.push(`${path}: no file ${relative(root, file)}`);
        continue;
      }
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      if (module[name] !== procedure) misplaced.push(`${path}: ${relative(root, file)} does not export it as \`${name}\``);
    }
    console.log(`router = folders: ${procedures.length} procedures checked, ${misplaced.length} misplaced`);
    expect(misplaced).toEqual([]);
  });

  it("keeps procedure files to one procedure each", () => {
    const crowded = sourceFiles(proceduresDir)
      .map((file) => ({ file, count: (readFileSync(file, "utf8").match(/\.(query|mutation)\(/g) ?? []).length }))
      .filter(({ count }) => count > 1)
      .map(({ file, count }) => `${relative(root, file)}: ${count} procedures`);
    expect(crowded).toEqual([]);
  });
});

const QUERY_BUILDER = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(/;

describe("procedures and jobs leave SQL to packages/db", () => {
  it("has no Kysely query builder call in a procedure or job file", () => {
    const files = [...sourceFiles(proceduresDir), ...sourceFiles(join(root, "packages/jobs/src"))];
    const withSql = files.filter((file) => QUERY_BUILDER.test(readFileSync(file, "utf8"))).map((file) => relative(root, file));
    expect(withSql).toEqual([]);
  });
});

/**
 * The tenant transaction is opened in one place for procedures (the middleware in trpc.ts). The
 * exceptions are calls made before or beside a tenant scope: each is named here with its reason.
 */
const OWN_TRANSACTIONS: Record<string, string> = {
  "packages/api/src/trpc.ts": "the middleware that opens every procedure's tenant transaction",
  "packages/api/src/refusals.ts":
    "a refused call's audit record is written after the procedure's transaction has rolled back, so probing stays visible",
  "packages/api/src/procedures/intake/create.ts":
    "a BSN match refused (details differ, request already in progress) rolls the procedure back; the record that the child's data was read must stay",
};

describe("one tenant transaction per procedure", () => {
  it("opens tenant transactions only in the middleware and the documented exceptions", () => {
    const files = sourceFiles(join(root, "packages/api/src"));
    const opening = files
      .filter((file) => /\bwithTenant\(/.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file))
      .filter((file) => !(file in OWN_TRANSACTIONS));
    expect(opening).toEqual([]);
  });
});
