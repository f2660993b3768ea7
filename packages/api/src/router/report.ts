import { needSupply } from "../procedures/report/need-supply.ts";
import { quarter } from "../procedures/report/quarter.ts";
import { table } from "../procedures/report/table.ts";
import { router } from "../trpc.ts";

export const reportRouter = router({ needSupply, quarter, table });
