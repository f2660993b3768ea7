import { auditPageProcedure, listAudit } from "../procedures/audit/list.ts";
import { router } from "../trpc.ts";

export const auditRouter = router({ list: listAudit, page: auditPageProcedure });
