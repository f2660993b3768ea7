// One formatter for the process: building an Intl formatter per call (what toLocaleDateString
// with options does) cost ~0.1 ms, and ranking formats a date for every full location, per child.
const DUTCH_DATE = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2027-01-15" as "15 januari 2027". */
export const dutchDate = (iso: string) => DUTCH_DATE.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
