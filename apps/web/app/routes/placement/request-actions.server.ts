import type { createCaller } from "@jeugdregie/api";
import type { EndDestination } from "@jeugdregie/domain";
import { text } from "../../lib/forms.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** The coordinator's actions on one request, by the form's intent. */
export async function runRequestIntent(caller: Caller, requestId: string, form: FormData): Promise<string> {
  switch (text(form, "intent")) {
    case "triage":
      await caller.placement.startTriage({ requestId });
      return "Triage gestart.";
    case "match":
      await caller.placement.startMatching({ requestId });
      return "Matching gestart: kies hieronder de best passende plek.";
    case "offer":
      await caller.placement.sendOffer({
        requestId,
        locationId: text(form, "locationId"),
        overAllocationReason: text(form, "overAllocationReason") || undefined,
      });
      return "Voorgelegd aan de aanbieder (geanonimiseerd).";
    case "wait":
      await caller.placement.wait({ requestId, interimHelp: text(form, "interimHelp") });
      return "Op de wachtlijst gezet met overbruggingshulp.";
    case "resume":
      await caller.placement.resume({ requestId });
      return "Opnieuw aan het matchen.";
    case "place":
      await caller.placement.place({
        requestId,
        startsOn: text(form, "startsOn"),
        plannedEndOn: text(form, "plannedEndOn") || null,
        schoolKept: form.get("schoolKept") === "on",
        siblingsTogether: form.get("siblingsTogether") === "on",
      });
      return "Geplaatst.";
    case "end":
      await caller.placement.end({
        requestId,
        endedOn: text(form, "endedOn"),
        destination: text(form, "destination") as EndDestination,
        note: text(form, "note") || null,
      });
      return "Plaatsing beëindigd.";
    case "followUp":
      await caller.placement.followUp({ requestId, decision: text(form, "decision") });
      return "Vervolgbesluit vastgelegd.";
    case "risk":
      await caller.placement.signalRisk({ requestId, note: text(form, "note") });
      return "Signaal 'plaatsing onder druk' vastgelegd.";
    case "justify": {
      const criteria = form.getAll("criteria").map(String);
      const evidence = Object.fromEntries(criteria.map((c) => [c, text(form, `evidence-${c}`)]));
      await caller.placement.justify({ requestId, locationId: text(form, "locationId"), criteria, evidence, note: text(form, "note") });
      return "Afweging vastgelegd; een tweede persoon moet haar goedkeuren.";
    }
    case "decide":
      await caller.placement.decideJustification({
        justificationId: text(form, "justificationId"),
        approve: text(form, "approve") === "yes",
        note: null,
      });
      return "Besluit over de afweging vastgelegd.";
    case "withdraw":
      await caller.placement.withdraw({ requestId });
      return "Aanmelding ingetrokken.";
    default:
      throw new Response("Onbekende actie", { status: 400 });
  }
}
