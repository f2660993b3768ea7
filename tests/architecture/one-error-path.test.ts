import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * One error path (issue 11 item 4): the web app learns what a refused call means from the one
 * table, through refusalOf (@jeugdregie/api) and the page rules built on it in
 * apps/web/app/lib/forms.server.ts. A page that catches TRPCError and maps its code to a status
 * itself fails here.
 */
const root = new URL("../..", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (["node_modules", "build", ".react-router"].includes(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const webFiles = sourceFiles(join(root, "apps/web/app"));
const rel = (file: string) => relative(root, file);
const text = (file: string) => readFileSync(file, "utf8");

describe("the web app's one error path", () => {
  it("finds the sign-in pages at all", () => {
    expect(webFiles.map(rel)).toEqual(
      expect.arrayContaining([
        "apps/web/app/routes/login-link.tsx",
        "apps/web/app/routes/password-reset.tsx",
        "apps/web/app/routes/mfa-enrol.tsx",
      ]),
    );
  });

  it("never reads tRPC's errors or their codes itself", () => {
    const own = /TRPCError|@trpc\/server|\.code === "[A-Z_]+"|httpStatus|getHTTPStatusCode/;
    expect(webFiles.filter((f) => own.test(text(f))).map(rel)).toEqual([]);
  });

  it("asks the one table (refusalOf) only in the libraries the pages share", () => {
    const asking = webFiles.filter((f) => /\brefusalOf\(/.test(text(f))).map(rel);
    expect(asking.sort()).toEqual(["apps/web/app/lib/api.server.ts", "apps/web/app/lib/forms.server.ts"]);
  });
});
