import { recompute } from "../procedures/kpi/recompute.ts";
import { snapshots } from "../procedures/kpi/snapshots.ts";
import { router } from "../trpc.ts";

export const kpiRouter = router({ snapshots, recompute });
