/** After this many wrong passwords in a row an account is locked for a while. */
export const MAX_FAILED_LOGINS = 5
export const LOCKOUT_MS = 15 * 60 * 1000

/** Pure rule: when (if ever) a failed attempt should lock the account until. */
export function lockUntilAfterFailure(failedSoFar: number, now: Date): Date | null {
  return failedSoFar + 1 >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS) : null
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime()
}
