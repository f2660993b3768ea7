import {
  inviteProviderAccount,
  inviteProviderAdmin,
  listProviderAccounts,
  searchProviderAccounts,
} from "../procedures/provider/accounts.ts";
import { router } from "../trpc.ts";

export const providerAccountsRouter = router({
  search: searchProviderAccounts,
  inviteAdmin: inviteProviderAdmin,
  list: listProviderAccounts,
  invite: inviteProviderAccount,
});
