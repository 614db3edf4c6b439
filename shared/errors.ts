/**
 * Every error code PortalPilot answers with. Codes are stable: the cards switch on them and
 * the README lists each one with its meaning.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'CONFIG_INVALID',
  'HUBSPOT_AUTH_FAILED',
  'HUBSPOT_UNREACHABLE',
  'HUBSPOT_RATE_LIMITED',
  'HUBSPOT_FAILED',
  'CSV_EMPTY',
  'CSV_MALFORMED',
  'CSV_UNKNOWN_COLUMN',
  'SCAN_INTERRUPTED',
  'FIX_NOT_AVAILABLE',
  'PREVIEW_INVALID',
  'PREVIEW_EXPIRED',
  'RECORD_CHANGED',
  'FIX_IN_PROGRESS',
  'IDEMPOTENCY_KEY_REUSED',
  'INTERNAL',
] as const

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number]

/** The body of every error reply of the service. */
export interface ErrorBody {
  readonly code: ErrorCode
  readonly message: string
}
