import { openDocument } from "../procedures/placement/documents.ts";
import { router } from "../trpc.ts";

export const documentsRouter = router({ open: openDocument });
