import { EnvError, exitWithMessage, parseEnv, StartupError } from "@jeugdregie/config";
import { DEMO_PASSWORD, DEMO_USERS } from "@jeugdregie/db";
import { launchPlatform } from "./launch.ts";

// `npm start`: the whole platform in one process tree; Ctrl-C stops all of it.
const log = (line: string) => console.log(`\x1b[2m[platform]\x1b[0m ${line}`);

let env;
try {
  env = parseEnv();
} catch (error) {
  exitWithMessage(error instanceof EnvError ? error.message : String(error));
}

let platform: Awaited<ReturnType<typeof launchPlatform>>;
try {
  platform = await launchPlatform(env, log);
} catch (error) {
  exitWithMessage(error instanceof StartupError ? error.message : `start failed: ${(error as Error).message}`);
}

console.log(`
  Jeugdregie draait op ${platform.url}

  Demo-logins (wachtwoord voor allemaal: ${DEMO_PASSWORD})
${DEMO_USERS.map((u) => `    ${u.email.padEnd(44)} ${u.memberships.map((m) => m.role).join(", ")}`).join("\n")}

  Stoppen: Ctrl-C
`);

let shuttingDown = false;
const shutdown = (reason: string) => {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`${reason}: stopping web, worker, Redis and PostgreSQL`);
  void platform.stop();
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => shutdown(signal));

// When whatever started us (npm, pnpm, a terminal) goes away, go with it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) shutdown("parent process ended");
}, 1000).unref();

const code = await platform.done;
log("stopped");
process.exit(code);
