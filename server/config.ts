import { errors } from './errors.ts'

/** Everything the service reads from its environment, parsed once at start-up. */
export interface Config {
  readonly host: string
  readonly port: number
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** Postgres connection string; unset means the embedded PGlite database. */
  readonly databaseUrl: string | undefined
  /** Where PGlite keeps its files when no databaseUrl is set. */
  readonly dataDir: string
  readonly hubspot: {
    /** HubSpot's API origin; unset means the local sandbox portal (dev defaults). */
    readonly apiBaseUrl: string | undefined
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

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** Parses the environment into a frozen Config, reporting every invalid key at once. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = []
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const raw = env[key]
    if (raw === undefined || raw === '') return fallback

    const value = Number(raw)
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${key} must be a whole number from ${min} to ${max}`)
    }

    return value
  }
  const url = (key: string): string | undefined => {
    const raw = env[key]
    if (raw === undefined || raw === '') return undefined
    if (!URL.canParse(raw)) problems.push(`${key} must be a URL`)

    return raw.replace(/\/+$/, '')
  }

  const logLevel = env.LOG_LEVEL ?? 'info'
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`)
  }
  const country = env.DEFAULT_COUNTRY ?? 'US'
  if (!/^[A-Z]{2}$/.test(country)) problems.push('DEFAULT_COUNTRY must be two capital letters')

  const config: Config = {
    host: env.HOST ?? '127.0.0.1',
    port: int('PORT', 3000, 0, 65_535),
    logLevel: logLevel as Config['logLevel'],
    databaseUrl: url('DATABASE_URL'),
    dataDir: env.DATA_DIR ?? '.data',
    hubspot: {
      apiBaseUrl: url('HUBSPOT_API_BASE_URL'),
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
  if (config.hubspot.apiBaseUrl && !(config.hubspot.clientId && config.hubspot.clientSecret)) {
    problems.push('HUBSPOT_CLIENT_ID and HUBSPOT_CLIENT_SECRET are needed with HUBSPOT_API_BASE_URL')
  }
  if (problems.length > 0) throw errors.configInvalid(problems)

  return deepFreeze(config)
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child)
  }

  return Object.freeze(value)
}
