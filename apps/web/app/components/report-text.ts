import { GROWTH_MAX, GROWTH_MIN } from "@jeugdregie/domain";

const number = (n: number) => String(n).replace(".", ",");

/** How the projection of places is made, in words (page and PDF; docs/need-and-supply.md says more). */
export const PROJECTION_METHOD =
  "Vraag is het aantal kinddagen waarop een kind van de regio een plek van de zorgvorm nodig had: dagen geplaatst (ook buiten de regio) plus dagen wachtend op een plek, vanaf de aanmelding. " +
  "Gemiddelde vraag per dag = kinddagen van de afgelopen 12 maanden gedeeld door het aantal dagen. " +
  `Groei = die gemiddelde vraag gedeeld door die van de 12 maanden ervoor (tussen ${number(GROWTH_MIN)} en ${number(GROWTH_MAX)}; 1 zonder vraag het jaar ervoor). ` +
  "Plekken nodig = gemiddelde vraag maal groei, naar boven afgerond; daartegenover de plekken van gecontracteerde locaties van de regio.";
