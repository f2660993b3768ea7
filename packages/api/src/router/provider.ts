import {
  answer,
  capacity,
  confirmAllCapacityProcedure,
  confirmCapacityProcedure,
  dossier,
  inbox,
  signalRisk,
} from "../procedures/placement/provider.ts";
import { providerOverview } from "../procedures/provider/overview.ts";
import { router } from "../trpc.ts";

export const providerRouter = router({
  overview: providerOverview,
  inbox,
  answer,
  dossier,
  signalRisk,
  capacity,
  confirmCapacity: confirmCapacityProcedure,
  confirmAllCapacity: confirmAllCapacityProcedure,
});
