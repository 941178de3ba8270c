import { resolve } from 'node:path'
import { z } from 'zod'

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform(value => ['1', 'true', 'yes'].includes(value))

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  FILES_DIR: z.string().optional(),
  DATABASE_URL: z
    .string()
    .url()
    .refine(url => /^postgres(ql)?:\/\//.test(url), 'must be a postgres:// URL')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DEMO: booleanFlag.default('1'),
  SECURE_COOKIES: booleanFlag.optional(),
  TRUST_PROXY: booleanFlag.default('0'),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export interface Config {
  env: 'development' | 'production' | 'test'
  port: number
  host: string
  dataDir: string
  /** Where stored files (original packs, reports) are kept; shared by every instance. */
  filesDir: string
  databaseUrl: string | undefined
  sessionSecret: string
  loadDemo: boolean
  secureCookies: boolean
  /** Behind a load balancer: take the client address from X-Forwarded-For (never when exposed directly). */
  trustProxy: boolean
  logLevel: string
  /** Sign-in attempts allowed per client address per minute. */
  loginAttemptsPerMinute: number
}

/** A configuration problem the operator must fix; the CLI prints it without a stack trace. */
export class ConfigError extends Error {}

// A fixed development secret keeps sessions across restarts of `npm start`; production must set its own.
const DEVELOPMENT_SECRET = 'development-only-secret-change-me-in-production'

/** Reads and validates the environment once. Nothing else in the app reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(issue => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`)
  }
  const e = parsed.data
  const production = e.NODE_ENV === 'production'
  if (production && !e.SESSION_SECRET)
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: required in production')
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    filesDir: resolve(e.FILES_DIR ?? `${e.DATA_DIR}/files`),
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ?? DEVELOPMENT_SECRET,
    loadDemo: e.DEMO,
    secureCookies: e.SECURE_COOKIES ?? production,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    loginAttemptsPerMinute: e.LOGIN_ATTEMPTS_PER_MINUTE,
  })
}
