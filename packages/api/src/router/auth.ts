import { linkInfo } from "../procedures/auth/link-info.ts";
import { login } from "../procedures/auth/login.ts";
import { loginWithLink } from "../procedures/auth/login-with-link.ts";
import { logout } from "../procedures/auth/logout.ts";
import { oidcFinish } from "../procedures/auth/oidc-finish.ts";
import { oidcStart } from "../procedures/auth/oidc-start.ts";
import { passwordResetInfo } from "../procedures/auth/password-reset-info.ts";
import { requestPasswordReset } from "../procedures/auth/request-password-reset.ts";
import { resetPassword } from "../procedures/auth/reset-password.ts";
import { switchRegion } from "../procedures/auth/switch-region.ts";
import { verifyCode } from "../procedures/auth/verify-code.ts";
import { router } from "../trpc.ts";

export const authRouter = router({
  login,
  linkInfo,
  loginWithLink,
  logout,
  switchRegion,
  oidcStart,
  oidcFinish,
  verifyCode,
  requestPasswordReset,
  passwordResetInfo,
  resetPassword,
});
