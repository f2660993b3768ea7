import { invite } from "../procedures/provider-accounts/invite.ts";
import { inviteAdmin } from "../procedures/provider-accounts/invite-admin.ts";
import { invitations } from "../procedures/provider-accounts/invitations.ts";
import { list } from "../procedures/provider-accounts/list.ts";
import { search } from "../procedures/provider-accounts/search.ts";
import { router } from "../trpc.ts";

export const providerAccountsRouter = router({ search, inviteAdmin, list, invitations, invite });
