import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createDatabase } from "@jeugdregie/db";
import { dashboardRows, timeDashboard } from "./measures/dashboard.ts";
import { expiryRows, measureExpiry } from "./measures/expiry.ts";
import { listRows, timeLists } from "./measures/lists.ts";
import { matchingRows, timeMatching } from "./measures/matching.ts";
import { queueRows, timeQueues } from "./measures/queue.ts";
import { formatTable, type Row } from "./report.ts";
import { Sessions } from "./sessions.ts";
import { pickSubjects } from "./subjects.ts";
import { LIST_REPS, NATIONAL_EXPIRY, QUEUE_REPS } from "./run.ts";

/*
 * `node --import tsx tests/bench/probe.ts [--only queue,matching,lists,dashboard,expiry]`: the
 * bench's measures (the same functions, repetitions and budgets as `pnpm bench`) against the country
 * `tests/bench/hold.ts` keeps loaded, with the growth rows from its tenth. Expiry only when asked for
 * by name: it writes 10,000 offers into the held country. For iterating on a fix; the figures of
 * record come from a whole `pnpm bench` run.
 */
const { values } = parseArgs({ options: { only: { type: "string", default: "queue,matching,lists" } } });
const only = new Set(values.only.split(","));
const held = JSON.parse(readFileSync(new URL("../../.data/bench/held.json", import.meta.url), "utf8")) as {
  scale: number;
  full: { owner: string; app: string };
  tenth: { owner: string; app: string };
  redisUrl?: string;
};

async function measure(urls: { owner: string; app: string }, withLists: boolean) {
  const owner = createDatabase(urls.owner);
  const app = createDatabase(urls.app);
  try {
    const sessions = new Sessions(app, owner);
    const subjects = await pickSubjects(owner, 5);
    const coordinator = await sessions.caller(subjects.coordinator, "app");
    const asOwner = await sessions.caller(subjects.coordinator, "owner");
    return {
      queues: only.has("queue") ? await timeQueues(coordinator, owner, subjects.regionId, QUEUE_REPS) : null,
      matching: only.has("matching")
        ? await timeMatching(coordinator, asOwner, owner, app, subjects.regionId, subjects.matchRequestIds, 10)
        : null,
      lists: withLists && only.has("lists") ? await timeLists(sessions, subjects, LIST_REPS) : null,
      dashboard:
        withLists && only.has("dashboard")
          ? await timeDashboard(await sessions.caller(subjects.regionAdmin, "app"), app, subjects.regionId, new Date(), 10)
          : null,
    };
  } finally {
    await Promise.all([owner.destroy(), app.destroy()]);
  }
}

const full = await measure(held.full, true);
const tenth = await measure(held.tenth, false);
const rows: Row[] = [
  ...(full.queues ? queueRows(full.queues, tenth.queues, true) : []),
  ...(full.matching ? matchingRows(full.matching, tenth.matching, true) : []),
  ...(full.lists ? listRows(full.lists, { rls: true, pagination: true }) : []),
  ...(full.dashboard ? dashboardRows(full.dashboard, true) : []),
];
if (only.has("expiry")) {
  if (!held.redisUrl) throw new Error("held.json has no Redis URL: hold the country again with this version of hold.ts");
  const owner = createDatabase(held.full.owner);
  try {
    rows.push(...expiryRows(await measureExpiry(owner, held.full.app, held.redisUrl, NATIONAL_EXPIRY), true));
  } finally {
    await owner.destroy();
  }
}
console.log(formatTable({ scale: held.scale, rows, load: [] }));
process.exit(0);
