import type { DemoRegionCode } from "./demo-regions.ts";

/**
 * Fictional providers with the mix a region really contracts: a few large multi-region
 * organisations with specialist places, many regional ones, and small gezinshuis organisations.
 */
export interface DemoProvider {
  name: string;
  kvk: string;
  agb: string;
  regions: DemoRegionCode[];
  /** The kinds of locations this provider runs. */
  profile: ("specialist" | "behandeling" | "wonen" | "gezinshuis" | "crisis")[];
}

export const DEMO_PROVIDERS: DemoProvider[] = [
  {
    name: "Stichting De Kapstok Jeugdzorg",
    kvk: "41150001",
    agb: "98010001",
    regions: [
      "haaglanden",
      "zuid-holland-zuid",
      "twente",
      "drenthe",
      "achterhoek",
      "centraal-gelderland",
      "rijk-van-nijmegen",
      "rivierenland",
    ],
    profile: ["specialist", "behandeling", "crisis"],
  },
  {
    name: "Horizonland Jeugd & Opvoedhulp",
    kvk: "41150002",
    agb: "98010002",
    regions: ["haaglanden", "zuid-holland-zuid"],
    profile: ["specialist", "behandeling", "wonen"],
  },
  {
    name: "Veluwse Bron Jeugdhulp",
    kvk: "41150003",
    agb: "98010003",
    regions: ["noord-veluwe", "food-valley", "midden-ijssel-oost-veluwe", "centraal-gelderland"],
    profile: ["specialist", "behandeling"],
  },
  {
    name: "Twentse Jeugdzorg Het Anker",
    kvk: "41150004",
    agb: "98010004",
    regions: ["twente", "achterhoek"],
    profile: ["specialist", "behandeling", "crisis"],
  },
  {
    name: "Drentse Jeugdhulp Noorderlicht",
    kvk: "41150005",
    agb: "98010005",
    regions: ["drenthe"],
    profile: ["behandeling", "wonen", "crisis"],
  },
  {
    name: "Gezinshuizen Nederland Samen",
    kvk: "41150006",
    agb: "98010006",
    regions: ["haaglanden", "twente", "drenthe", "food-valley", "rivierenland"],
    profile: ["gezinshuis"],
  },
  {
    name: "Jeugd-GGZ De Waalkant",
    kvk: "41150007",
    agb: "98010007",
    regions: ["rijk-van-nijmegen", "rivierenland", "centraal-gelderland"],
    profile: ["behandeling", "crisis"],
  },
  { name: "Kinderhuis Duinzicht", kvk: "41150008", agb: "98010008", regions: ["haaglanden"], profile: ["wonen", "gezinshuis"] },
  {
    name: "Stichting Driestroom Wonen",
    kvk: "41150009",
    agb: "98010009",
    regions: ["achterhoek", "centraal-gelderland"],
    profile: ["specialist", "wonen"],
  },
  {
    name: "Lindenhof Jeugd en Gezin",
    kvk: "41150010",
    agb: "98010010",
    regions: ["zuid-holland-zuid"],
    profile: ["behandeling", "wonen", "crisis"],
  },
  {
    name: "Kompas Kleinschalig Wonen",
    kvk: "41150011",
    agb: "98010011",
    regions: ["haaglanden", "zuid-holland-zuid", "food-valley"],
    profile: ["wonen"],
  },
  { name: "De Hoeve Zorgboerderij", kvk: "41150012", agb: "98010012", regions: ["drenthe", "twente"], profile: ["wonen", "gezinshuis"] },
  {
    name: "IJsselkant Jeugdbehandeling",
    kvk: "41150013",
    agb: "98010013",
    regions: ["midden-ijssel-oost-veluwe", "achterhoek"],
    profile: ["behandeling"],
  },
  { name: "Gezinshuis De Vlinder", kvk: "41150014", agb: "98010014", regions: ["noord-veluwe"], profile: ["gezinshuis"] },
  { name: "Stichting Jeugdhaven", kvk: "41150015", agb: "98010015", regions: ["haaglanden"], profile: ["crisis", "behandeling"] },
  {
    name: "Rivierland Opvoedpartners",
    kvk: "41150016",
    agb: "98010016",
    regions: ["rivierenland", "zuid-holland-zuid"],
    profile: ["wonen", "gezinshuis"],
  },
  { name: "Gezinshuis Het Zonnehuis", kvk: "41150017", agb: "98010017", regions: ["twente"], profile: ["gezinshuis"] },
  {
    name: "Nijmeegse Jeugdzorg Groenestein",
    kvk: "41150018",
    agb: "98010018",
    regions: ["rijk-van-nijmegen"],
    profile: ["behandeling", "wonen"],
  },
  { name: "Food Valley Jeugd en Wonen", kvk: "41150019", agb: "98010019", regions: ["food-valley"], profile: ["wonen", "crisis"] },
  {
    name: "Stichting Trajectum Jeugd",
    kvk: "41150020",
    agb: "98010020",
    regions: ["twente", "drenthe", "midden-ijssel-oost-veluwe"],
    profile: ["specialist"],
  },
  { name: "Gezinshuis De Regenboog", kvk: "41150021", agb: "98010021", regions: ["zuid-holland-zuid"], profile: ["gezinshuis"] },
  {
    name: "Achterhoekse Jeugdhulp De Slinge",
    kvk: "41150022",
    agb: "98010022",
    regions: ["achterhoek"],
    profile: ["wonen", "behandeling"],
  },
  { name: "Hofstad Jeugdbehandeling", kvk: "41150023", agb: "98010023", regions: ["haaglanden"], profile: ["behandeling"] },
  { name: "Gezinshuis Veldzicht", kvk: "41150024", agb: "98010024", regions: ["drenthe"], profile: ["gezinshuis"] },
  {
    name: "Stichting Nieuwe Kansen Jeugd",
    kvk: "41150025",
    agb: "98010025",
    regions: ["centraal-gelderland", "rijk-van-nijmegen", "noord-veluwe"],
    profile: ["wonen"],
  },
  {
    name: "Dordtse Jeugdzorg Merwestein",
    kvk: "41150026",
    agb: "98010026",
    regions: ["zuid-holland-zuid"],
    profile: ["behandeling", "crisis"],
  },
  { name: "Gezinshuis Aan de Dijk", kvk: "41150027", agb: "98010027", regions: ["rivierenland"], profile: ["gezinshuis"] },
  { name: "Hengelose Jeugdhulp Het Bolwerk", kvk: "41150028", agb: "98010028", regions: ["twente"], profile: ["wonen", "crisis"] },
  {
    name: "Apeldoornse Jeugd Beekdal",
    kvk: "41150029",
    agb: "98010029",
    regions: ["midden-ijssel-oost-veluwe", "noord-veluwe"],
    profile: ["wonen", "behandeling"],
  },
  {
    name: "Gezinshuis De Linde",
    kvk: "41150030",
    agb: "98010030",
    regions: ["food-valley", "centraal-gelderland"],
    profile: ["gezinshuis"],
  },
];
