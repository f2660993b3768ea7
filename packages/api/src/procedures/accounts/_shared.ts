import { z } from "zod";

export const userId = z.uuid({ message: "Kies een account." });
