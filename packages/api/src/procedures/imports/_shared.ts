import { z } from "zod";

export const importKind = z.enum(["providers", "locations", "contracts"], {
  message: "Kies wat je importeert: aanbieders, locaties of contracten.",
});
