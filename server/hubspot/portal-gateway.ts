import type { AccessTokenSource } from './access-token.ts'
import { createHubSpotGateway, type HubSpotGateway } from './gateway.ts'
import { createHubSpotHttp, type RetryPolicy } from './http.ts'
import type { CallLogger } from './logger.ts'
import { createRateBudgets, type RateBudget } from './rate-budget.ts'

/** HubSpot's ten-second window for marketplace apps, and the search lane's spacing. */
const WINDOW_MS = 10_000
const SEARCH_SPACING_MS = 250
/** Our send time precedes HubSpot's arrival time by up to one network hop. */
const WINDOW_MARGIN_MS = 150

export interface PortalGatewayOptions {
  readonly baseUrl: string
  readonly portalId?: number
  readonly tokens: AccessTokenSource
  readonly logger: CallLogger
  readonly timeoutMs: number
  /** The portal's budget: share one per portal across every gateway of the process. */
  readonly budget: RateBudget
  readonly retry?: RetryPolicy
}

/** The process-wide budgets, one per portal, at `requestsPerTenSeconds`. */
export const createPortalBudgets = (requestsPerTenSeconds: number) =>
  createRateBudgets({
    requestsPerWindow: requestsPerTenSeconds,
    windowMs: WINDOW_MS,
    marginMs: WINDOW_MARGIN_MS,
    searchSpacingMs: SEARCH_SPACING_MS,
  })

export function createPortalGateway(options: PortalGatewayOptions): HubSpotGateway {
  return createHubSpotGateway(
    createHubSpotHttp({
      baseUrl: options.baseUrl,
      portalId: options.portalId,
      tokens: options.tokens,
      budget: options.budget,
      logger: options.logger,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
    }),
  )
}
