import { answer } from "../procedures/provider/answer.ts";
import { capacity } from "../procedures/provider/capacity.ts";
import { confirmAllCapacity } from "../procedures/provider/confirm-all-capacity.ts";
import { confirmCapacity } from "../procedures/provider/confirm-capacity.ts";
import { dossier } from "../procedures/provider/dossier.ts";
import { figures } from "../procedures/provider/figures.ts";
import { figuresExport } from "../procedures/provider/figures-export.ts";
import { inbox } from "../procedures/provider/inbox.ts";
import { kpiRequests } from "../procedures/provider/kpi-requests.ts";
import { kpiValues } from "../procedures/provider/kpi-values.ts";
import { overview } from "../procedures/provider/overview.ts";
import { settlements } from "../procedures/provider/settlements.ts";
import { signalRisk } from "../procedures/provider/signal-risk.ts";
import { router } from "../trpc.ts";

export const providerRouter = router({
  overview,
  inbox,
  answer,
  dossier,
  signalRisk,
  capacity,
  confirmCapacity,
  confirmAllCapacity,
  figures,
  kpiValues,
  kpiRequests,
  settlements,
  figuresExport,
});
