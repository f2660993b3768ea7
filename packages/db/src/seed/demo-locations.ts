import type { CareType } from "@jeugdregie/domain";
import type { DemoProvider } from "./demo-providers.ts";

export interface DemoLocationSpec {
  name: string;
  careTypes: CareType[];
  expertiseTags: string[];
  ageMin: number;
  ageMax: number;
  intensityBand: string;
  capacity: number;
}

const EXPERTISE = [
  "trauma",
  "lvb",
  "autisme",
  "verslaving",
  "eetstoornis",
  "hechting",
  "jonge kinderen",
  "ggz",
  "seksueel grensoverschrijdend",
];

/** Deterministic pseudo-random numbers so every fresh start shows the same demo. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return chosen;
}

function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function locationSpec(
  profile: DemoProvider["profile"][number],
  random: () => number,
  municipalityName: string,
  supraPoolsJeugdzorgplus: boolean,
): DemoLocationSpec {
  switch (profile) {
    case "specialist": {
      const closed = supraPoolsJeugdzorgplus && random() < 0.6;
      return closed
        ? {
            name: `JeugdzorgPlus ${municipalityName}`,
            careTypes: ["jeugdzorgplus"],
            expertiseTags: pick(random, ["trauma", "verslaving", "seksueel grensoverschrijdend", "lvb"], 2),
            ageMin: 12,
            ageMax: 18,
            intensityBand: pick(random, ["X", "Y", "Z"], 1)[0]!,
            capacity: between(random, 10, 16),
          }
        : {
            name: `Driemilieus ${municipalityName}`,
            careTypes: ["driemilieus", "behandelgroep"],
            expertiseTags: ["lvb", ...pick(random, ["trauma", "autisme", "hechting"], 1)],
            ageMin: 8,
            ageMax: 18,
            intensityBand: pick(random, ["V", "W", "X"], 1)[0]!,
            capacity: between(random, 8, 12),
          };
    }
    case "behandeling":
      return {
        name: `Behandelgroep ${municipalityName}`,
        careTypes: random() < 0.3 ? ["behandelgroep", "deeltijdverblijf"] : ["behandelgroep"],
        expertiseTags: pick(random, EXPERTISE, 2),
        ageMin: between(random, 4, 12),
        ageMax: between(random, 14, 18),
        intensityBand: pick(random, ["R", "S", "T"], 1)[0]!,
        capacity: between(random, 6, 12),
      };
    case "wonen":
      return {
        name: `Woonvoorziening ${municipalityName}`,
        careTypes: ["kleinschalige_woonvoorziening"],
        expertiseTags: pick(random, EXPERTISE, 1),
        ageMin: between(random, 12, 16),
        ageMax: between(random, 18, 23),
        intensityBand: pick(random, ["N", "O", "P"], 1)[0]!,
        capacity: between(random, 4, 8),
      };
    case "gezinshuis":
      return {
        name: `Gezinshuis ${municipalityName}`,
        careTypes: ["gezinshuis"],
        expertiseTags: pick(random, ["hechting", "jonge kinderen", "trauma"], 1),
        ageMin: 0,
        ageMax: between(random, 12, 18),
        intensityBand: pick(random, ["L", "M", "N"], 1)[0]!,
        capacity: between(random, 2, 4),
      };
    case "crisis":
      return {
        name: `Crisisopvang ${municipalityName}`,
        careTypes: ["crisisplek"],
        expertiseTags: pick(random, ["trauma", "ggz"], 1),
        ageMin: 0,
        ageMax: 18,
        intensityBand: pick(random, ["U", "V"], 1)[0]!,
        capacity: between(random, 2, 4),
      };
  }
}
