import { correctProviderProcedure } from "../procedures/provider/registry.ts";
import { router } from "../trpc.ts";

export const registryRouter = router({ correct: correctProviderProcedure });
