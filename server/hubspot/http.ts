import { type AppError, errors } from '../errors.ts'
import type { AccessTokenSource } from './access-token.ts'
import { type CallLogger, logCall } from './logger.ts'
import { type Lane, type RateBudget, sleep as realSleep } from './rate-budget.ts'

export interface HubSpotRequest {
  /** Stable dotted name for logs, e.g. `crm.objects.list`. */
  readonly operation: string
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  readonly path: string
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>
  readonly body?: unknown
  readonly lane?: Lane
}

export interface RetryPolicy {
  readonly maxAttempts: number
  readonly baseDelayMs: number
  /** The longest single wait we accept (477 and 429 can ask for much more). */
  readonly maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 250, maxDelayMs: 15_000 }

export interface HubSpotHttpOptions {
  readonly baseUrl: string
  readonly portalId?: number
  readonly tokens: AccessTokenSource
  readonly budget: RateBudget
  readonly logger: CallLogger
  readonly timeoutMs: number
  readonly retry?: RetryPolicy
  readonly fetch?: typeof fetch
  readonly now?: () => number
  readonly sleep?: (ms: number) => Promise<void>
  readonly random?: () => number
}

export interface HubSpotHttp {
  send<T>(request: HubSpotRequest): Promise<T>
}

interface ErrorEnvelope {
  category?: string
  policyName?: string
  message?: string
  errors?: { code?: string; context?: { propertyName?: string[] } }[]
}

/** Keeps HubSpot's per-property codes of a refused write (names and codes, no values). */
function withPropertyErrors(error: AppError, envelope: ErrorEnvelope): AppError {
  if (!Array.isArray(envelope.errors)) return error
  error.propertyErrors = envelope.errors.map((item) => ({
    property: item.context?.propertyName?.[0] ?? null,
    code: String(item.code ?? 'OTHER'),
  }))

  return error
}

const RETRIED_STATUSES = new Set([500, 502, 503, 504, 521, 523, 524])

/**
 * Sends one logical HubSpot call: waits for the portal's budget, retries by policy (429 by
 * policy name, 5xx with backoff, 423, 477 with Retry-After), refreshes once after an
 * expired-token 401, and logs one line per attempt.
 */
export function createHubSpotHttp(options: HubSpotHttpOptions): HubSpotHttp {
  const doFetch = options.fetch ?? fetch
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? realSleep
  const random = options.random ?? Math.random
  const retry = options.retry ?? DEFAULT_RETRY
  const backoffMs = (attempt: number) =>
    Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1) * (1 + random() / 2))

  return {
    async send<T>(request: HubSpotRequest): Promise<T> {
      const url = buildUrl(options.baseUrl, request)
      let token = await options.tokens.current()
      let renewed = false

      for (let attempt = 1; ; attempt++) {
        await options.budget.take(request.lane ?? 'standard')
        const started = now()
        const log = (status: number | 'network-error' | 'timeout') =>
          logCall(options.logger, { operation: request.operation, status,
            durationMs: now() - started, attempt, portalId: options.portalId })
        let response: Response
        try {
          response = await doFetch(url, {
            method: request.method,
            headers: {
              authorization: `Bearer ${token}`,
              accept: 'application/json',
              ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body: request.body === undefined ? undefined : JSON.stringify(request.body),
            signal: AbortSignal.timeout(options.timeoutMs),
          })
        } catch (cause) {
          const timedOut = cause instanceof Error && cause.name === 'TimeoutError'
          log(timedOut ? 'timeout' : 'network-error')
          if (attempt >= retry.maxAttempts) throw errors.hubspotUnreachable(options.baseUrl, cause)
          await sleep(backoffMs(attempt))
          continue
        }
        log(response.status)

        if (response.ok) {
          if (response.status === 204) return undefined as T

          // Never echo the body: it is not ours to log or show, and may hold record values.
          return (await response.json().catch(() => {
            throw errors.hubspotFailed(request.operation, response.status, 'NOT_JSON')
          })) as T
        }
        const envelope = (await response.json().catch(() => ({}))) as ErrorEnvelope
        if (response.status === 401) {
          if (envelope.category !== 'EXPIRED_AUTHENTICATION' || renewed) {
            throw errors.hubspotAuthFailed()
          }
          renewed = true
          token = await options.tokens.renewAfterExpiry(token)
          attempt--
          continue
        }
        if (attempt >= retry.maxAttempts) {
          if (response.status === 429) throw errors.hubspotRateLimited(request.operation)
          throw errors.hubspotFailed(request.operation, response.status, envelope.category)
        }
        const waitMs = retryDelayMs(response, envelope, attempt)
        if (waitMs === null) {
          throw withPropertyErrors(errors.hubspotFailed(request.operation, response.status,
            envelope.category ?? envelope.policyName), envelope)
        }
        if (response.status === 429) options.budget.pause(waitMs)
        await sleep(waitMs)
      }

      function retryDelayMs(response: Response, envelope: ErrorEnvelope, attempt: number) {
        const jitterMs = random() * 500
        if (response.status === 429) {
          // DAILY will not clear by waiting; the ten-secondly window and the search
          // limiter's one-second window will.
          if (envelope.policyName === 'DAILY') return null
          if (envelope.policyName === 'TEN_SECONDLY_ROLLING') return 10_000 + jitterMs

          return 1_000 + jitterMs
        }
        if (response.status === 423) return 2_000 + jitterMs
        if (response.status === 477) {
          const seconds = Number(response.headers.get('retry-after'))

          return Number.isFinite(seconds) ? Math.min(retry.maxDelayMs, seconds * 1000) : null
        }
        if (RETRIED_STATUSES.has(response.status)) return backoffMs(attempt)

        return null
      }
    },
  }
}

function buildUrl(baseUrl: string, request: HubSpotRequest): string {
  const url = new URL(baseUrl + request.path)
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }

  return url.toString()
}
