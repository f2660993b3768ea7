/** The demo tenants: the regions the seed documents talk about (Haaglanden, Zuid-Holland Zuid, Twente, Drenthe, G7 Gelderland). */
export const DEMO_REGIONS = [
  { code: "haaglanden", name: "Haaglanden", jeugdzorgregio: "Haaglanden" },
  { code: "zuid-holland-zuid", name: "Zuid-Holland Zuid", jeugdzorgregio: "Zuid-Holland Zuid" },
  { code: "twente", name: "Twente", jeugdzorgregio: "Twente" },
  { code: "drenthe", name: "Drenthe", jeugdzorgregio: "Drenthe" },
  { code: "achterhoek", name: "Achterhoek", jeugdzorgregio: "Achterhoek" },
  { code: "centraal-gelderland", name: "Centraal Gelderland (Arnhem)", jeugdzorgregio: "Arnhem" },
  { code: "food-valley", name: "Food Valley", jeugdzorgregio: "Food Valley" },
  { code: "midden-ijssel-oost-veluwe", name: "Midden-IJssel/Oost-Veluwe", jeugdzorgregio: "Midden IJssel-Oost Veluwe" },
  { code: "noord-veluwe", name: "Noord-Veluwe", jeugdzorgregio: "Noord Veluwe" },
  { code: "rijk-van-nijmegen", name: "Rijk van Nijmegen", jeugdzorgregio: "Rijk van Nijmegen" },
  { code: "rivierenland", name: "Rivierenland", jeugdzorgregio: "Rivierenland" },
] as const;

export type DemoRegionCode = (typeof DEMO_REGIONS)[number]["code"];

const G7: DemoRegionCode[] = [
  "achterhoek",
  "centraal-gelderland",
  "food-valley",
  "midden-ijssel-oost-veluwe",
  "noord-veluwe",
  "rijk-van-nijmegen",
  "rivierenland",
];

export const DEMO_SUPRA_REGIONS: { code: string; name: string; members: DemoRegionCode[]; pooledCareTypes: string[] }[] = [
  { code: "g7-gelderland", name: "G7 Gelderland", members: G7, pooledCareTypes: ["driemilieus", "behandelgroep"] },
  { code: "landsdeel-oost", name: "Landsdeel Oost (JeugdzorgPlus)", members: ["twente", ...G7], pooledCareTypes: ["jeugdzorgplus"] },
];
