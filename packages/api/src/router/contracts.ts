import { answer } from "../procedures/contracts/answer.ts";
import { create } from "../procedures/contracts/create.ts";
import { end } from "../procedures/contracts/end.ts";
import { get } from "../procedures/contracts/get.ts";
import { kpiRequests } from "../procedures/contracts/kpi-requests.ts";
import { list } from "../procedures/contracts/list.ts";
import { requestKpis } from "../procedures/contracts/request-kpis.ts";
import { update } from "../procedures/contracts/update.ts";
import { router } from "../trpc.ts";

export const contractsRouter = router({ list, get, create, update, end, answer, kpiRequests, requestKpis });
