import { hash, verify, type Options } from '@node-rs/argon2'

/**
 * How hard password hashing works. 'standard' is Argon2id with the library's defaults (OWASP's
 * recommended parameters) and is what the app always uses. 'minimal' exists only for test suites,
 * which sign in thousands of times: the same algorithm and checks, at the lowest cost. Verifying
 * reads the parameters from the stored hash, so either kind of hash verifies the same way.
 */
export type HashingCost = 'standard' | 'minimal'

const COSTS: Record<HashingCost, Options> = {
  standard: {},
  minimal: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
}

export function hashPassword(password: string, cost: HashingCost = 'standard'): Promise<string> {
  return hash(password, COSTS[cost])
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false)
}

export const MIN_PASSWORD_LENGTH = 12
