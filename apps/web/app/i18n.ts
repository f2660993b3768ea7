import { useRouteLoaderData } from "react-router";

export type Lang = "nl" | "en";

const en = {
  "app.tagline": "Regie op jeugdhulpplaatsingen",
  "nav.overview": "Overview",
  "nav.locations": "Locations",
  "nav.regions": "Regions",
  "nav.status": "System status",
  "nav.onboarding": "Set-up",
  "nav.placementPoint": "Placement point",
  "nav.myRequests": "My requests",
  "nav.offers": "Offers",
  "nav.capacity": "Capacity",
  "nav.providerOverview": "My regions",
  "nav.tenants": "Regions (tenants)",
  "nav.skip": "Skip to content",
  "header.region": "Region",
  "header.switch": "Switch",
  "header.logout": "Sign out",
  "header.language": "Nederlands",
  "login.title": "Sign in",
  "login.intro": "Sign in with the e-mail address and password of your organisation account.",
  "login.email": "E-mail address",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.oidc.title": "Sign in through your organisation",
  "login.oidc.intro": "Does your region use an identity provider (such as eHerkenning through a broker)? Enter your region's code.",
  "login.oidc.region": "Region code",
  "login.oidc.submit": "Continue to the identity provider",
  "locations.title": "Locations",
  "locations.intro.region": "Locations with residential places in {region}.",
  "locations.intro.provider": "Your organisation's locations in every region it serves.",
  "locations.filter.region": "Region",
  "locations.filter.careType": "Care type",
  "locations.filter.all": "All",
  "locations.filter.apply": "Filter",
  "locations.col.name": "Location",
  "locations.col.provider": "Provider",
  "locations.col.region": "Region",
  "locations.col.municipality": "Municipality",
  "locations.col.careTypes": "Care types",
  "locations.col.age": "Age",
  "locations.col.intensity": "Intensity",
  "locations.col.capacity": "Places",
  "locations.count": "{count} locations, {places} places",
  "locations.empty": "No locations match.",
  "locations.byCareType": "Places per care type",
  "regions.title": "Regions",
  "regions.col.name": "Region",
  "regions.col.municipalities": "Municipalities",
  "dashboard.title": "Overview",
  "dashboard.welcome": "Welcome, {name}.",
  "dashboard.role": "You work as {role} for {organisation}.",
  "dashboard.locations": "locations",
  "dashboard.places": "places",
  "dashboard.regions": "regions",
  "status.title": "System status",
  "status.workers": "Workers",
  "status.alive": "alive",
  "status.down": "not responding",
  "status.lastBeat": "Last heartbeat",
  "status.beats": "Heartbeats",
  "status.started": "Started",
  "status.none": "No worker has reported yet.",
  "footer.text": "Jeugdregie — child data is pseudonymised and every access is logged.",
} as const;

export type MessageKey = keyof typeof en;

const nl: Record<MessageKey, string> = {
  "app.tagline": "Regie op jeugdhulpplaatsingen",
  "nav.overview": "Overzicht",
  "nav.locations": "Locaties",
  "nav.regions": "Regio's",
  "nav.status": "Systeemstatus",
  "nav.onboarding": "Inrichting",
  "nav.placementPoint": "Centraal punt",
  "nav.myRequests": "Mijn aanmeldingen",
  "nav.offers": "Voorleggingen",
  "nav.capacity": "Capaciteit",
  "nav.providerOverview": "Mijn regio's",
  "nav.tenants": "Regio's beheren",
  "nav.skip": "Direct naar de inhoud",
  "header.region": "Regio",
  "header.switch": "Wissel",
  "header.logout": "Uitloggen",
  "header.language": "English",
  "login.title": "Inloggen",
  "login.intro": "Log in met het e-mailadres en wachtwoord van je organisatieaccount.",
  "login.email": "E-mailadres",
  "login.password": "Wachtwoord",
  "login.submit": "Inloggen",
  "login.oidc.title": "Inloggen via je organisatie",
  "login.oidc.intro": "Gebruikt je regio een identiteitsprovider (zoals eHerkenning via een makelaar)? Vul de code van je regio in.",
  "login.oidc.region": "Regiocode",
  "login.oidc.submit": "Verder naar de identiteitsprovider",
  "locations.title": "Locaties",
  "locations.intro.region": "Locaties met verblijfsplekken in {region}.",
  "locations.intro.provider": "De locaties van je organisatie in alle regio's waar zij werkt.",
  "locations.filter.region": "Regio",
  "locations.filter.careType": "Zorgvorm",
  "locations.filter.all": "Alle",
  "locations.filter.apply": "Filteren",
  "locations.col.name": "Locatie",
  "locations.col.provider": "Aanbieder",
  "locations.col.region": "Regio",
  "locations.col.municipality": "Gemeente",
  "locations.col.careTypes": "Zorgvormen",
  "locations.col.age": "Leeftijd",
  "locations.col.intensity": "Intensiteit",
  "locations.col.capacity": "Plekken",
  "locations.count": "{count} locaties, {places} plekken",
  "locations.empty": "Geen locaties gevonden.",
  "locations.byCareType": "Plekken per zorgvorm",
  "regions.title": "Regio's",
  "regions.col.name": "Regio",
  "regions.col.municipalities": "Gemeenten",
  "dashboard.title": "Overzicht",
  "dashboard.welcome": "Welkom, {name}.",
  "dashboard.role": "Je werkt als {role} voor {organisation}.",
  "dashboard.locations": "locaties",
  "dashboard.places": "plekken",
  "dashboard.regions": "regio's",
  "status.title": "Systeemstatus",
  "status.workers": "Workers",
  "status.alive": "actief",
  "status.down": "reageert niet",
  "status.lastBeat": "Laatste hartslag",
  "status.beats": "Hartslagen",
  "status.started": "Gestart",
  "status.none": "Nog geen worker heeft zich gemeld.",
  "footer.text": "Jeugdregie — gegevens van kinderen zijn gepseudonimiseerd en elke inzage wordt gelogd.",
};

const dictionaries: Record<Lang, Record<MessageKey, string>> = { nl, en };

export function translate(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export function langFromCookie(cookieHeader: string | null): Lang {
  return /(?:^|;\s*)jr_lang=en(?:;|$)/.test(cookieHeader ?? "") ? "en" : "nl";
}

export function useLang(): Lang {
  return (useRouteLoaderData("root") as { lang?: Lang } | undefined)?.lang ?? "nl";
}

export function useT() {
  const lang = useLang();
  return (key: MessageKey, values?: Record<string, string | number>) => translate(lang, key, values);
}
