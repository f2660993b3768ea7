import { z } from "zod";

export const year = z.number().int().min(2020).max(2100);
