import { list } from "../procedures/audit/list.ts";
import { page } from "../procedures/audit/page.ts";
import { router } from "../trpc.ts";

export const auditRouter = router({ list, page });
