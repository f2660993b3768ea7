import { invitations } from "../procedures/accounts/invitations.ts";
import { list } from "../procedures/accounts/list.ts";
import { mfaPolicy } from "../procedures/accounts/mfa-policy.ts";
import { resetMfa } from "../procedures/accounts/reset-mfa.ts";
import { setActive } from "../procedures/accounts/set-active.ts";
import { setMfaPolicy } from "../procedures/accounts/set-mfa-policy.ts";
import { router } from "../trpc.ts";

/** The platform admin's accounts page: accounts, the invitations it sent, which roles need a second factor. */
export const accountsRouter = router({ list, setActive, resetMfa, invitations, mfaPolicy, setMfaPolicy });
