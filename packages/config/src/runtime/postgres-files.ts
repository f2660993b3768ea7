import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { StartupError } from "../fatal.ts";
import { postgresLayout, RELOCATION_MARKER, SERVICE_ROOT, type PostgresLayout } from "./postgres-layout.ts";

export const SERVICE_USER = "jeugdregie-pg";

export interface ServiceIds {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: as root we run it as a dedicated system user. */
export function serviceIds(): ServiceIds | undefined {
  if (userInfo().uid !== 0) return undefined;
  const existing = lookupIds();
  if (existing) return existing;
  try {
    execFileSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "--user-group", SERVICE_USER], {
      stdio: ["ignore", "ignore", "pipe"],
    });
  } catch (error) {
    const reason = ((error as { stderr?: Buffer }).stderr?.toString() ?? (error as Error).message).trim();
    throw new StartupError(
      `could not create the system user ${SERVICE_USER} to run PostgreSQL as (${reason}): create it by hand or set DATABASE_URL`,
    );
  }
  const created = lookupIds();
  if (!created) throw new StartupError(`could not create the system user ${SERVICE_USER} to run PostgreSQL as`);
  return created;
}

function lookupIds(): ServiceIds | undefined {
  const id = (flag: string) =>
    execFileSync("id", [flag, SERVICE_USER], { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  try {
    return { uid: Number(id("-u")), gid: Number(id("-g")) };
  } catch {
    return undefined;
  }
}

/** Asks the system itself (not a reading of mode bits) whether the service user may do this. */
function serviceUserCan(ids: ServiceIds, test: "-x" | "-r", path: string): boolean {
  return spawnSync("test", [test, path], { uid: ids.uid, gid: ids.gid, stdio: "ignore" }).status === 0;
}

export interface Binaries {
  initdb: string;
  postgres: string;
  /** The npm package's directory with bin/, lib/ and share/ (undefined for a system PostgreSQL). */
  home?: string;
  version: string;
}

/**
 * Decides where data and binaries go (see postgresLayout) and makes it so: copies the binaries
 * once, creates the service user's data home and records it in the data dir for removeRuntimeData.
 */
export function preparePostgresFiles(
  dataRoot: string,
  binaries: Binaries,
  ids: ServiceIds | undefined,
): { layout: PostgresLayout; initdb: string; postgres: string } {
  const root = resolve(dataRoot);
  mkdirSync(root, { recursive: true });
  const layout = postgresLayout({
    dataRoot: root,
    binariesHome: binaries.home,
    binariesVersion: binaries.version,
    dataReachable: !ids || serviceUserCan(ids, "-x", root),
    binariesReachable: !ids || (serviceUserCan(ids, "-x", binaries.postgres) && serviceUserCan(ids, "-x", binaries.initdb)),
  });
  let { initdb, postgres } = binaries;
  if (layout.binariesCopy) {
    copyOnce(layout.binariesCopy.from, layout.binariesCopy.to);
    initdb = join(layout.binariesCopy.to, "bin", "initdb");
    postgres = join(layout.binariesCopy.to, "bin", "postgres");
  }
  if (layout.relocatedDataHome && ids) {
    ensureTraversable(dirname(layout.relocatedDataHome));
    mkdirSync(layout.relocatedDataHome, { recursive: true, mode: 0o700 });
    chownSync(layout.relocatedDataHome, ids.uid, ids.gid);
    writeFileSync(join(root, RELOCATION_MARKER), `${layout.relocatedDataHome}\n`);
  }
  return { layout, initdb, postgres };
}

/** Root-owned folders under SERVICE_ROOT that the service user may enter (whatever the umask). */
function ensureTraversable(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let current = dir; current.startsWith(SERVICE_ROOT); current = dirname(current)) chmodSync(current, 0o755);
}

/** Copies into a temporary sibling and renames, so parallel starts never see half a copy. */
function copyOnce(from: string, to: string): void {
  if (existsSync(join(to, "bin", "postgres"))) return;
  ensureTraversable(dirname(to));
  const temporary = `${to}.partial-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  cpSync(from, temporary, { recursive: true, verbatimSymlinks: true });
  chmodSync(temporary, 0o755);
  try {
    renameSync(temporary, to);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(join(to, "bin", "postgres"))) throw error;
  }
}

/** Removes a data dir and, when its PostgreSQL data was moved out of it, that data too. */
export function removeRuntimeData(dataRoot: string): void {
  const root = resolve(dataRoot);
  const marker = join(root, RELOCATION_MARKER);
  if (existsSync(marker)) {
    const home = readFileSync(marker, "utf8").trim();
    // only ever a directory we created ourselves
    if (home.startsWith(join(SERVICE_ROOT, "data") + "/")) rmSync(home, { recursive: true, force: true });
  }
  rmSync(root, { recursive: true, force: true });
}
