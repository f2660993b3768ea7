import { loginLinkInfo, loginWithLink } from "../procedures/auth/login-link.ts";
import { login } from "../procedures/auth/login.ts";
import { logout } from "../procedures/auth/logout.ts";
import { verifyCode } from "../procedures/auth/mfa.ts";
import { passwordResetInfo, requestPasswordReset, resetPassword } from "../procedures/auth/password-reset.ts";
import { switchRegion } from "../procedures/auth/switch-region.ts";
import { finishOidcLogin, startOidcLogin } from "../procedures/oidc/oidc.ts";
import { router } from "../trpc.ts";

export const authRouter = router({
  login,
  linkInfo: loginLinkInfo,
  loginWithLink,
  logout,
  switchRegion,
  oidcStart: startOidcLogin,
  oidcFinish: finishOidcLogin,
  verifyCode,
  requestPasswordReset,
  passwordResetInfo,
  resetPassword,
});
