import { createHash } from "node:crypto";
import { basename, join, resolve } from "node:path";

/**
 * As root, PostgreSQL runs as a system user that may not be able to enter the checkout (any
 * clone under /root, a folder with mode 700). Then the binaries are copied once into a
 * versioned directory it can read, and the data lives in a directory it owns, one per requested
 * data dir (so test runs stay apart). Nobody's home changes permissions.
 */
export const SERVICE_ROOT = "/var/lib/jeugdregie-pg";

/** The file in the requested data dir that says where its PostgreSQL data went instead. */
export const RELOCATION_MARKER = "postgres-location";

export interface LayoutInput {
  /** The requested data dir (DATA_DIR), absolute or relative. */
  dataRoot: string;
  /** The directory with bin/, lib/ and share/ of the npm-delivered PostgreSQL (undefined: system PostgreSQL). */
  binariesHome?: string;
  /** A name for this build of the binaries, e.g. "linux-x64-18.4.0". */
  binariesVersion: string;
  /** Whether the user PostgreSQL runs as can traverse into dataRoot. */
  dataReachable: boolean;
  /** Whether that user can read and run the binaries where they are. */
  binariesReachable: boolean;
  serviceRoot?: string;
}

export interface PostgresLayout {
  /** Where PostgreSQL's data directory (PGDATA) lives. */
  dataDir: string;
  /** Set when the data lives outside dataRoot: the directory to remove with it. */
  relocatedDataHome?: string;
  /** Set when the binaries must first be copied here (bin/, lib/, share/ like binariesHome). */
  binariesCopy?: { from: string; to: string };
}

export function postgresLayout(input: LayoutInput): PostgresLayout {
  const root = resolve(input.dataRoot);
  const serviceRoot = input.serviceRoot ?? SERVICE_ROOT;
  const layout: PostgresLayout = { dataDir: join(root, "postgres") };
  if (!input.dataReachable) {
    const home = join(serviceRoot, "data", relocatedName(root));
    layout.dataDir = join(home, "postgres");
    layout.relocatedDataHome = home;
  }
  if (!input.binariesReachable && input.binariesHome) {
    layout.binariesCopy = {
      from: input.binariesHome,
      to: join(serviceRoot, "binaries", input.binariesVersion.replace(/[^\w.-]/g, "_")),
    };
  }
  return layout;
}

/** Readable and unique per requested data dir: "<last folder>-<hash of the full path>". */
function relocatedName(root: string): string {
  const hash = createHash("sha256").update(root).digest("hex").slice(0, 16);
  const readable =
    basename(root)
      .replace(/[^\w.-]/g, "_")
      .replace(/^\.+/, "") // no hidden folders
      .slice(0, 40) || "data";
  return `${readable}-${hash}`;
}
