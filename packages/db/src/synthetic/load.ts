import { generateCountry, simulateHistory, type SyntheticCountry } from "@jeugdregie/domain";
import type { Database } from "../client.ts";
import { readReferenceMunicipalities } from "../seed/reference.ts";
import { writeSyntheticCountry, type WrittenCountry } from "./write-country.ts";
import { writeSyntheticHistory, type ChildCipher, type WrittenHistory } from "./write-history.ts";

export interface LoadOptions {
  seed: number;
  /** 1: national scale (issue 12); 0.1: a tenth of the providers, locations and history. */
  scale: number;
  now: Date;
  /** Days of history before `now` (default three years). */
  days?: number;
  cipher: ChildCipher;
  passwordHash: string;
  /** Skip foreign-key triggers while writing the history (see writeSyntheticHistory). */
  trustReferences?: boolean;
}

export interface LoadReport {
  country: WrittenCountry;
  history: WrittenHistory;
  /** Milliseconds: generating in memory, and writing. */
  generateMs: number;
  writeMs: number;
  synthetic: SyntheticCountry;
}

export const DEFAULT_HISTORY_DAYS = 1095;

/** Generates the synthetic country with its history in memory, then writes it in bulk into an empty platform. */
export async function loadSyntheticCountry(db: Database, options: LoadOptions): Promise<LoadReport> {
  const started = Date.now();
  const country = generateCountry({ seed: options.seed, scale: options.scale, municipalities: readReferenceMunicipalities() });
  const history = simulateHistory(country, { seed: options.seed, now: options.now, days: options.days ?? DEFAULT_HISTORY_DAYS });
  const generated = Date.now();
  const writtenCountry = await writeSyntheticCountry(db, country, { passwordHash: options.passwordHash, now: options.now });
  const writtenHistory = await writeSyntheticHistory(db, history, options.cipher, { trustReferences: options.trustReferences });
  return {
    country: writtenCountry,
    history: writtenHistory,
    generateMs: generated - started,
    writeMs: Date.now() - generated,
    synthetic: country,
  };
}
