import { AppError } from "@jeugdregie/domain";

interface PgError {
  code?: string;
  constraint?: string;
}

/**
 * Turns a constraint the database enforced (the second lock, race-proof) into the same clear
 * message the domain check gives. Unknown errors pass through unchanged.
 */
export function mapConstraintError(error: unknown, messages: Record<string, { nl: string; en: string; code?: AppError["code"] }>): unknown {
  const pgError = error as PgError;
  if (!pgError?.code) return error;
  const byConstraint = pgError.constraint ? messages[pgError.constraint] : undefined;
  const byCode = messages[pgError.code];
  const message = byConstraint ?? byCode;
  if (message) return new AppError(message.code ?? "CONFLICT", { nl: message.nl, en: message.en }, { constraint: pgError.constraint });
  if (pgError.code === "42501") {
    return new AppError("FORBIDDEN", { nl: "Je hebt geen toegang tot deze gegevens.", en: "You do not have access to this data." });
  }
  return error;
}

export const PG = {
  uniqueViolation: "23505",
  exclusionViolation: "23P01",
  checkViolation: "23514",
  foreignKeyViolation: "23503",
} as const;
