import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { StartupError } from "../fatal.ts";
import { superuserPassword } from "./postgres-password.ts";

const made: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "jr-pgpass-"));
  made.push(dir);
  return dir;
}
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function initialise(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, "PG_VERSION"), "18\n");
}

describe("the embedded PostgreSQL's superuser password", () => {
  it("stays with a relocated data dir when the clone is deleted and cloned again at the same path", () => {
    const clone = folder();
    const dataDir = join(folder(), "postgres"); // relocated: outside the clone
    const first = superuserPassword(clone, dataDir);
    initialise(dataDir);
    rmSync(clone, { recursive: true });
    mkdirSync(clone);
    expect(superuserPassword(clone, dataDir)).toBe(first);
  });

  it("takes over the password an older version kept in the clone", () => {
    const clone = folder();
    const dataDir = join(folder(), "postgres");
    initialise(dataDir);
    writeFileSync(join(clone, "postgres-superuser-password"), "older-secret\n");
    expect(superuserPassword(clone, dataDir)).toBe("older-secret");
    rmSync(join(clone, "postgres-superuser-password"));
    expect(superuserPassword(clone, dataDir)).toBe("older-secret");
  });

  it("refuses with the folder to remove when initialised data has lost its password", () => {
    const dataDir = join(folder(), "postgres");
    initialise(dataDir);
    expect(() => superuserPassword(folder(), dataDir)).toThrow(StartupError);
    expect(() => superuserPassword(folder(), dataDir)).toThrow(/remove .* to start fresh/);
  });

  it("is kept in the data dir's own folder when it is not relocated", () => {
    const root = folder();
    const password = superuserPassword(root, join(root, "postgres"));
    expect(superuserPassword(root, join(root, "postgres"))).toBe(password);
    expect(password).toMatch(/^[\w-]{20,}$/);
  });
});
