import { dashboard } from "../procedures/kpi/dashboard.ts";
import { drillDown } from "../procedures/kpi/drill-down.ts";
import { longWaits } from "../procedures/kpi/long-waits.ts";
import { recompute } from "../procedures/kpi/recompute.ts";
import { snapshots } from "../procedures/kpi/snapshots.ts";
import { router } from "../trpc.ts";

export const kpiRouter = router({ snapshots, recompute, dashboard, longWaits, drillDown });
