import { answer } from "../procedures/provider/answer.ts";
import { capacity } from "../procedures/provider/capacity.ts";
import { confirmAllCapacity } from "../procedures/provider/confirm-all-capacity.ts";
import { confirmCapacity } from "../procedures/provider/confirm-capacity.ts";
import { dossier } from "../procedures/provider/dossier.ts";
import { inbox } from "../procedures/provider/inbox.ts";
import { overview } from "../procedures/provider/overview.ts";
import { signalRisk } from "../procedures/provider/signal-risk.ts";
import { router } from "../trpc.ts";

export const providerRouter = router({ overview, inbox, answer, dossier, signalRisk, capacity, confirmCapacity, confirmAllCapacity });
