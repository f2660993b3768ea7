import { allocations } from "../procedures/supra/allocations.ts";
import { decide } from "../procedures/supra/decide.ts";
import { outOfRegion } from "../procedures/supra/out-of-region.ts";
import { phaseOut } from "../procedures/supra/phase-out.ts";
import { pooled } from "../procedures/supra/pooled.ts";
import { saveAllocations } from "../procedures/supra/save-allocations.ts";
import { savePhaseOut } from "../procedures/supra/save-phase-out.ts";
import { router } from "../trpc.ts";

export const supraRouter = router({ outOfRegion, pooled, decide, allocations, saveAllocations, phaseOut, savePhaseOut });
