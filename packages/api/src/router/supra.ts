import {
  allocations,
  decideAsSupra,
  outOfRegion,
  phaseOut,
  pooled,
  saveAllocationsProcedure,
  savePhaseOut,
} from "../procedures/supra/supra.ts";
import { router } from "../trpc.ts";

export const supraRouter = router({
  outOfRegion,
  pooled,
  decide: decideAsSupra,
  allocations,
  saveAllocations: saveAllocationsProcedure,
  phaseOut,
  savePhaseOut,
});
