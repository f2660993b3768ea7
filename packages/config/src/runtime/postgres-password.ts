import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { StartupError } from "../fatal.ts";

const PASSWORD_FILE = "postgres-superuser-password";

/**
 * The superuser password lives beside the data directory it belongs to: a relocated data dir
 * outlives the clone that created it (delete a clone, clone again at the same path), and a new
 * password in the new clone would lock it out.
 */
export function superuserPassword(root: string, dataDir: string): string {
  const passwordFile = join(dirname(dataDir), PASSWORD_FILE);
  const legacyFile = join(root, PASSWORD_FILE); // where it was kept before; the same file unless relocated
  const initialised = existsSync(join(dataDir, "PG_VERSION"));
  if (!existsSync(passwordFile)) {
    mkdirSync(dirname(passwordFile), { recursive: true, mode: 0o700 });
    if (initialised && existsSync(legacyFile)) copyFileSync(legacyFile, passwordFile);
    else if (initialised)
      throw new StartupError(
        `PostgreSQL's data in ${dataDir} was created with a password that is no longer known (${passwordFile} is missing): remove ${dirname(dataDir)} to start fresh, or set DATABASE_URL to a running server`,
      );
    else writeFileSync(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(passwordFile, "utf8").trim();
}
