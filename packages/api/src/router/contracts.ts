import { endContractProcedure, getContractProcedure, updateContractProcedure } from "../procedures/onboarding/contract-changes.ts";
import { answerContractProcedure, createContractProcedure, listContractsProcedure } from "../procedures/onboarding/contracts.ts";
import { router } from "../trpc.ts";

export const contractsRouter = router({
  list: listContractsProcedure,
  get: getContractProcedure,
  create: createContractProcedure,
  update: updateContractProcedure,
  end: endContractProcedure,
  answer: answerContractProcedure,
});
