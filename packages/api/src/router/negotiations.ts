import { answer } from "../procedures/negotiations/answer.ts";
import { counts } from "../procedures/negotiations/counts.ts";
import { list } from "../procedures/negotiations/list.ts";
import { open } from "../procedures/negotiations/open.ts";
import { options } from "../procedures/negotiations/options.ts";
import { router } from "../trpc.ts";

export const negotiationsRouter = router({ list, counts, options, open, answer });
