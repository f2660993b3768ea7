import { correct } from "../procedures/registry/correct.ts";
import { router } from "../trpc.ts";

export const registryRouter = router({ correct });
