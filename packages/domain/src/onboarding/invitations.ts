import { AppError } from "../errors.ts";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface InvitationState {
  expiresAt: Date;
  acceptedAt: Date | null;
  /** Withdrawn by whoever may invite: the link no longer works. */
  revokedAt?: Date | null;
}

/** An invitation works once and only before it expires; each failure has its own message. */
export function assertInvitationUsable(invitation: InvitationState | undefined, now: Date = new Date()): void {
  if (!invitation) {
    throw new AppError("NOT_FOUND", {
      nl: "Deze uitnodiging bestaat niet. Controleer de link.",
      en: "This invitation does not exist. Check the link.",
    });
  }
  if (invitation.acceptedAt) {
    throw new AppError("CONFLICT", {
      nl: "Deze uitnodiging is al gebruikt. Log in met je account.",
      en: "This invitation has already been used. Sign in with your account.",
    });
  }
  if (invitation.revokedAt) {
    throw new AppError("CONFLICT", {
      nl: "Deze uitnodiging is ingetrokken. Vraag je beheerder om een nieuwe als je toch toegang nodig hebt.",
      en: "This invitation has been revoked. Ask your administrator for a new one if you still need access.",
    });
  }
  if (invitation.expiresAt.getTime() <= now.getTime()) {
    throw new AppError("CONFLICT", {
      nl: "Deze uitnodiging is verlopen. Vraag een nieuwe aan bij je beheerder.",
      en: "This invitation has expired. Ask your administrator for a new one.",
    });
  }
}

export type InvitationStatus = "open" | "accepted" | "expired" | "revoked";

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, { nl: string; en: string }> = {
  open: { nl: "Open", en: "Open" },
  accepted: { nl: "Geaccepteerd", en: "Accepted" },
  expired: { nl: "Verlopen", en: "Expired" },
  revoked: { nl: "Ingetrokken", en: "Revoked" },
};

export function invitationStatus(invitation: InvitationState, now: Date = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "open";
}

/** Passwords: long rather than complex (NCSC/NIST guidance); 12 characters minimum. */
export function passwordProblem(password: string, email: string): { nl: string; en: string } | null {
  if (password.length < 12)
    return { nl: "Kies een wachtwoord van minstens 12 tekens.", en: "Choose a password of at least 12 characters." };
  const mailName = email.split("@")[0]!.toLowerCase();
  if (mailName.length >= 4 && password.toLowerCase().includes(mailName)) {
    return { nl: "Je wachtwoord mag je e-mailnaam niet bevatten.", en: "Your password must not contain your e-mail name." };
  }
  return null;
}
