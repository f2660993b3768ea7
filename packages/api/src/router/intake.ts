import { createPlacementRequest, submitRequest, uploadDocument } from "../procedures/placement/intake.ts";
import { deleteDraft, getMyRequest, municipalityChoices, myRequests } from "../procedures/placement/referrer.ts";
import { router } from "../trpc.ts";

export const intakeRouter = router({
  create: createPlacementRequest,
  uploadDocument,
  submit: submitRequest,
  mine: myRequests,
  get: getMyRequest,
  deleteDraft,
  municipalities: municipalityChoices,
});
