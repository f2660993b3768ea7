import { list } from "../procedures/regions/list.ts";
import { router } from "../trpc.ts";

export const regionsRouter = router({ list });
