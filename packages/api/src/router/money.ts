import { approve } from "../procedures/money/approve.ts";
import { contracts } from "../procedures/money/contracts.ts";
import { export as exportCsv } from "../procedures/money/export.ts";
import { list } from "../procedures/money/list.ts";
import { request } from "../procedures/money/request.ts";
import { tariffs } from "../procedures/money/tariffs.ts";
import { router } from "../trpc.ts";

/** Contract money: the yearly guarantee settlements (issue 13, part 5). */
export const moneyRouter = router({ request, list, approve, export: exportCsv, tariffs, contracts });
