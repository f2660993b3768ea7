import { createTenant, listTenants } from "../procedures/tenants/tenants.ts";
import { router } from "../trpc.ts";

export const tenantsRouter = router({ list: listTenants, create: createTenant });
