export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

/** Too many recent failures for one account or from one address blocks further attempts for the window. */
export function isLoginThrottled(failures: { byEmail: number; byIp: number }): boolean {
  return failures.byEmail >= MAX_FAILURES_PER_EMAIL || failures.byIp >= MAX_FAILURES_PER_IP;
}
