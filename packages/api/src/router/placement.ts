import {
  proposals,
  putOnWaiting,
  queue,
  requestDetail,
  resumeMatching,
  sendOffer,
  startMatching,
  startTriage,
  withdrawRequest,
} from "../procedures/placement/coordinator.ts";
import { decide, justifications, justify } from "../procedures/placement/out-of-region.ts";
import {
  board,
  coordinatorSignalRisk,
  endPlacementProcedure,
  followUp,
  place,
  readNotification,
} from "../procedures/placement/placements.ts";
import { worklist } from "../procedures/placement/worklist.ts";
import { router } from "../trpc.ts";

export const placementRouter = router({
  queue,
  worklist,
  get: requestDetail,
  startTriage,
  startMatching,
  proposals,
  sendOffer,
  wait: putOnWaiting,
  resume: resumeMatching,
  withdraw: withdrawRequest,
  place,
  end: endPlacementProcedure,
  board,
  readNotification,
  followUp,
  signalRisk: coordinatorSignalRisk,
  justifications,
  justify,
  decideJustification: decide,
});
