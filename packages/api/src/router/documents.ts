import { open } from "../procedures/documents/open.ts";
import { router } from "../trpc.ts";

export const documentsRouter = router({ open });
