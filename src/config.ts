import { resolve } from 'node:path'
import { z } from 'zod'

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform(value => ['1', 'true', 'yes'].includes(value))

// `SMTP_URL=` in an env file means "not set", not "an invalid URL".
const blankAsUnset = <T extends z.ZodTypeAny>(type: T) =>
  z.preprocess(value => (value === '' ? undefined : value), type)

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
  API_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: blankAsUnset(
    z
      .string()
      .url()
      .refine(url => /^https?:\/\//.test(url), 'must be an http:// or https:// URL')
      .transform(url => url.replace(/\/+$/, ''))
      .optional(),
  ),
  SMTP_URL: blankAsUnset(
    z
      .string()
      .url()
      .refine(url => /^smtps?:\/\//.test(url), 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
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
  /** The address the public uses (no trailing slash), for absolute links in emails and feeds. */
  publicUrl: string | undefined
  /** Outgoing mail server, e.g. smtp://user:pass@mail.council.gov.uk:587; unset: no email. */
  smtpUrl: string | undefined
  /** How long a stopping server waits for in-flight requests before it exits anyway. */
  shutdownTimeoutMs: number
  /** Sign-in attempts allowed per client address per minute. */
  loginAttemptsPerMinute: number
  /** Open API (/api/v1) requests allowed per client address per minute, on each instance. */
  apiRequestsPerMinute: number
  /** Memory for rendered public pages on each instance (web/page-cache.ts); 0 turns it off. */
  pageCacheMegabytes: number
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
    publicUrl: e.PUBLIC_URL,
    smtpUrl: e.SMTP_URL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    loginAttemptsPerMinute: e.LOGIN_ATTEMPTS_PER_MINUTE,
    apiRequestsPerMinute: e.API_REQUESTS_PER_MINUTE,
    pageCacheMegabytes: e.PAGE_CACHE_MB,
  })
}

/**
 * The address people reach the app at, for links in emails: PUBLIC_URL, never the Host header of
 * a request (which anyone can forge, and which would then be mailed to someone else).
 */
export function siteUrlOf(config: { publicUrl?: string | undefined; port: number }): string {
  return config.publicUrl ?? `http://localhost:${config.port}`
}
