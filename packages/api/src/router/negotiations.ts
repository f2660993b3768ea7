import {
  answerNegotiationProcedure,
  negotiationOptionsProcedure,
  negotiations,
  openNegotiationProcedure,
} from "../procedures/supra/negotiations.ts";
import { router } from "../trpc.ts";

export const negotiationsRouter = router({
  list: negotiations,
  options: negotiationOptionsProcedure,
  open: openNegotiationProcedure,
  answer: answerNegotiationProcedure,
});
