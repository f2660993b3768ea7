import { create } from "../procedures/tenants/create.ts";
import { list } from "../procedures/tenants/list.ts";
import { router } from "../trpc.ts";

export const tenantsRouter = router({ list, create });
