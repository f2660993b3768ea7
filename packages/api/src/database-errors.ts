import { AppError } from "@jeugdregie/domain";

/**
 * The last line before a 500: PostgreSQL refusing a value (class 22: too large, not a date, bad
 * text; class 23: a constraint) is bad input, not a server fault. Procedures validate first and
 * give better messages; this only catches what validation missed, and the caller logs it.
 */
export function databaseRefusal(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code === "42501")
    return new AppError("FORBIDDEN", { nl: "Je hebt geen toegang tot deze gegevens.", en: "You do not have access to this data." });
  if (code === "23505" || code === "23P01")
    return new AppError("CONFLICT", {
      nl: "Dit bestaat al of botst met iets dat al is vastgelegd.",
      en: "This already exists or clashes with a record.",
    });
  if (code === "23503")
    return new AppError("NOT_FOUND", {
      nl: "Iets waarnaar je verwijst bestaat niet (of je hebt er geen toegang toe).",
      en: "Something you refer to does not exist (or you have no access).",
    });
  if (code.startsWith("22") || code.startsWith("23"))
    return new AppError("BAD_INPUT", {
      nl: "Een van de ingevulde waarden is niet geldig (te groot, geen bestaande datum of niet toegestaan). Controleer de invoer.",
      en: "One of the values is not valid (too large, not a real date or not allowed). Check the input.",
    });
  return null;
}
