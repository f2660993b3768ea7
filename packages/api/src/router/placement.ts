import { board } from "../procedures/placement/board.ts";
import { decideJustification } from "../procedures/placement/decide-justification.ts";
import { end } from "../procedures/placement/end.ts";
import { followUp } from "../procedures/placement/follow-up.ts";
import { get } from "../procedures/placement/get.ts";
import { justifications } from "../procedures/placement/justifications.ts";
import { justify } from "../procedures/placement/justify.ts";
import { place } from "../procedures/placement/place.ts";
import { proposals } from "../procedures/placement/proposals.ts";
import { queue } from "../procedures/placement/queue.ts";
import { readNotification } from "../procedures/placement/read-notification.ts";
import { resume } from "../procedures/placement/resume.ts";
import { sendOffer } from "../procedures/placement/send-offer.ts";
import { signalRisk } from "../procedures/placement/signal-risk.ts";
import { startMatching } from "../procedures/placement/start-matching.ts";
import { startTriage } from "../procedures/placement/start-triage.ts";
import { wait } from "../procedures/placement/wait.ts";
import { withdraw } from "../procedures/placement/withdraw.ts";
import { worklist } from "../procedures/placement/worklist.ts";
import { router } from "../trpc.ts";

export const placementRouter = router({
  queue,
  worklist,
  get,
  startTriage,
  startMatching,
  proposals,
  sendOffer,
  wait,
  resume,
  withdraw,
  place,
  end,
  board,
  readNotification,
  followUp,
  signalRisk,
  justifications,
  justify,
  decideJustification,
});
