import { z } from "zod";

type Issue = z.core.$ZodRawIssue;

const isEmpty = (input: unknown) => input === undefined || input === null || input === "" || Number.isNaN(input);

/**
 * Zod's own messages are English and technical ("Invalid input: expected string, received
 * undefined"). A field without a message of its own gets plain Dutch instead; fields that can say
 * more (which field, which format) carry their own message in their schema, which wins.
 */
export function dutchIssueMessage(issue: Issue): string {
  const origin = "origin" in issue ? issue.origin : undefined;
  switch (issue.code) {
    case "invalid_type":
      if (isEmpty(issue.input)) return "Vul dit veld in.";
      if (issue.expected === "number" || issue.expected === "int") return "Vul een getal in.";
      if (issue.expected === "boolean") return "Kies ja of nee.";
      if (issue.expected === "array") return "Kies een of meer waarden uit de lijst.";
      return "Deze waarde is niet geldig.";
    case "too_small":
      if (origin === "string") return Number(issue.minimum) <= 1 ? "Vul dit veld in." : `Vul minstens ${issue.minimum} tekens in.`;
      if (origin === "array" || origin === "set") return `Kies er minstens ${issue.minimum}.`;
      return `De waarde is minstens ${issue.minimum}.`;
    case "too_big":
      if (origin === "string") return `Gebruik hoogstens ${issue.maximum} tekens.`;
      if (origin === "array" || origin === "set") return `Hoogstens ${issue.maximum} tegelijk.`;
      return `De waarde is hoogstens ${issue.maximum}.`;
    case "invalid_format":
      if (issue.format === "email") return "Vul een geldig e-mailadres in.";
      if (issue.format === "url") return "Vul een geldig webadres in.";
      if (issue.format === "uuid" || issue.format === "guid") return "Kies een waarde uit de lijst.";
      return "Deze waarde heeft niet de goede vorm.";
    case "invalid_value":
      return "Kies een van de mogelijke waarden.";
    case "not_multiple_of":
      return "Vul een heel getal in.";
    case "unrecognized_keys":
      return "Het formulier bevat velden die hier niet horen.";
    default:
      return "Deze waarde is niet geldig.";
  }
}

z.config({ customError: dutchIssueMessage });
