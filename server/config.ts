import { isSupportedCountry } from 'libphonenumber-js'

import { errors } from './errors.ts'

/** Everything the service reads from its environment, parsed once at start-up. */
export interface Config {
  readonly host: string
  readonly port: number
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** Postgres connection string; unset means the embedded PGlite database. */
  readonly databaseUrl: string | undefined
  /**
   * Postgres only: a connection string that logs in as portalpilot_app, the role without
   * ownership or BYPASSRLS that the service's queries run as; databaseUrl (the owner) then
   * only migrates and does cross-portal maintenance.
   */
  readonly appDatabaseUrl: string | undefined
  /** Where PGlite keeps its files when no databaseUrl is set. */
  readonly dataDir: string
  /** The service's public origin: OAuth redirects and signed card URLs are built on it. */
  readonly publicBaseUrl: string
  readonly security: {
    /** Master keys for token encryption, current first; older ones only decrypt. */
    readonly tokenKeys: readonly { readonly id: string; readonly secret: string }[]
    /** Signs session JWTs and OAuth `state` values. */
    readonly sessionSecret: string
  }
  readonly hubspot: {
    /** HubSpot's API origin; unset means the local sandbox portal (dev defaults). */
    readonly apiBaseUrl: string | undefined
    /** Where users consent to the install (app.hubspot.com; the sandbox in dev). */
    readonly authBaseUrl: string | undefined
    readonly clientId: string | undefined
    readonly clientSecret: string | undefined
    /** Our own budget per portal, below HubSpot's 110 per 10 s so a scan sees no 429. */
    readonly requestsPerTenSeconds: number
    readonly requestTimeoutMs: number
  }
  readonly scan: {
    readonly sampleSize: number
    /** ISO 3166 country for phone numbers written without one. */
    readonly defaultCountry: string
  }
}

type Env = Readonly<Record<string, string | undefined>>

const POSTGRES_SCHEMES = ['postgres:', 'postgresql:']
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/**
 * Parses the environment into a frozen Config, reporting every invalid key at once. The
 * secrets are required only for the service (`forService`); the command-line tools that
 * store nothing run without them.
 */
export function loadConfig(env: Env = process.env, options: { forService?: boolean } = {})
  : Config {
  const problems: string[] = []
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const raw = env[key]
    if (raw === undefined || raw === '') return fallback

    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${key} must be a whole number from ${min} to ${max}`)
    }

    return value
  }
  const url = (key: string, schemes = ['http:', 'https:']): string | undefined => {
    const raw = env[key]
    if (raw === undefined || raw === '') return undefined
    if (!URL.canParse(raw) || !schemes.includes(new URL(raw).protocol)) {
      problems.push(`${key} must be a ${schemes.map((s) => s.slice(0, -1)).join(' or ')} URL`)
    }

    return raw.replace(/\/+$/, '')
  }

  const logLevel = env.LOG_LEVEL ?? 'info'
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`)
  }
  const country = env.DEFAULT_COUNTRY ?? 'US'
  if (!isSupportedCountry(country)) {
    problems.push('DEFAULT_COUNTRY must be a country code such as US or DE')
  }

  const host = env.HOST ?? '127.0.0.1'
  const port = int('PORT', 3000, 0, 65_535)
  const tokenKeys = parseKeys(env.TOKEN_ENCRYPTION_KEYS ?? '', problems, options.forService)
  const sessionSecret = env.SESSION_SECRET ?? ''
  if ((options.forService || sessionSecret !== '') && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters')
  }

  const config: Config = {
    host,
    port,
    publicBaseUrl: url('PUBLIC_BASE_URL') ?? `http://${host}:${port}`,
    security: { tokenKeys, sessionSecret },
    logLevel: logLevel as Config['logLevel'],
    databaseUrl: url('DATABASE_URL', POSTGRES_SCHEMES),
    appDatabaseUrl: url('APP_DATABASE_URL', POSTGRES_SCHEMES),
    dataDir: env.DATA_DIR ?? '.data',
    hubspot: {
      apiBaseUrl: url('HUBSPOT_API_BASE_URL'),
      authBaseUrl: url('HUBSPOT_AUTH_BASE_URL'),
      clientId: env.HUBSPOT_CLIENT_ID,
      clientSecret: env.HUBSPOT_CLIENT_SECRET,
      requestsPerTenSeconds: int('HUBSPOT_REQUESTS_PER_TEN_SECONDS', 105, 1, 110),
      requestTimeoutMs: int('HUBSPOT_REQUEST_TIMEOUT_MS', 30_000, 100, 300_000),
    },
    scan: {
      sampleSize: int('SCAN_SAMPLE_SIZE', 1_000, 10, 1_000),
      defaultCountry: country,
    },
  }
  if (config.appDatabaseUrl && !config.databaseUrl) {
    problems.push('APP_DATABASE_URL needs DATABASE_URL (the owner, for migrations)')
  }
  if (config.hubspot.apiBaseUrl && !(config.hubspot.clientId && config.hubspot.clientSecret)) {
    problems.push(
      'HUBSPOT_CLIENT_ID and HUBSPOT_CLIENT_SECRET are needed with HUBSPOT_API_BASE_URL',
    )
  }
  if (problems.length > 0) throw errors.configInvalid(problems)

  return deepFreeze(config)
}

/**
 * `TOKEN_ENCRYPTION_KEYS` is `id:secret[,id:secret...]`, the current key first: rotation
 * puts a new key in front and keeps the old ones until nothing is encrypted under them.
 */
function parseKeys(raw: string, problems: string[], required = false) {
  const keys = raw.split(',').filter((part) => part.trim() !== '').map((part) => {
    const at = part.indexOf(':')

    return { id: part.slice(0, at).trim(), secret: part.slice(at + 1).trim() }
  })
  if (keys.length === 0 && required) {
    problems.push('TOKEN_ENCRYPTION_KEYS must hold at least one id:secret')
  }
  for (const key of keys) {
    if (!/^[a-z0-9_-]{1,32}$/i.test(key.id) || key.secret.length < 32) {
      problems.push('each TOKEN_ENCRYPTION_KEYS entry must be id:secret, a short id and 32+ ' +
        'characters of secret')
      break
    }
  }
  if (new Set(keys.map((key) => key.id)).size !== keys.length) {
    problems.push('TOKEN_ENCRYPTION_KEYS ids must be unique')
  }

  return keys
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child)
  }

  return Object.freeze(value)
}
