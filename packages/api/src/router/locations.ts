import { listLocationsProcedure } from "../procedures/locations/list.ts";
import {
  createLocationProcedure,
  getLocationProcedure,
  setLocationActiveProcedure,
  updateLocationProcedure,
} from "../procedures/onboarding/locations.ts";
import { router } from "../trpc.ts";

export const locationsRouter = router({
  list: listLocationsProcedure,
  create: createLocationProcedure,
  get: getLocationProcedure,
  update: updateLocationProcedure,
  setActive: setLocationActiveProcedure,
});
