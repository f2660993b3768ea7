import { create } from "../procedures/intake/create.ts";
import { deleteDraft } from "../procedures/intake/delete-draft.ts";
import { get } from "../procedures/intake/get.ts";
import { mine } from "../procedures/intake/mine.ts";
import { municipalities } from "../procedures/intake/municipalities.ts";
import { submit } from "../procedures/intake/submit.ts";
import { uploadDocument } from "../procedures/intake/upload-document.ts";
import { router } from "../trpc.ts";

export const intakeRouter = router({ create, uploadDocument, submit, mine, get, deleteDraft, municipalities });
