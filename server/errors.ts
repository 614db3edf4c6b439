import type { ErrorBody, ErrorCode } from '../shared/errors.ts'

/** A HubSpot refusal of one property of a write (codes as HubSpot names them). */
export interface UpstreamPropertyError {
  readonly property: string | null
  readonly code: string
}

/** The one error type of the service: a stable code, an HTTP status and a safe message. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly statusCode: number
  /** HubSpot's status, when HubSpot refused the call; for callers, never rendered. */
  upstreamStatus?: number
  /** HubSpot's per-property refusals of a write; for callers, never rendered. */
  propertyErrors?: readonly UpstreamPropertyError[]

  constructor(code: ErrorCode, statusCode: number, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'AppError'
    this.code = code
    this.statusCode = statusCode
  }

  render(): ErrorBody {
    return { code: this.code, message: this.message }
  }
}

/** HubSpot error categories in words a person can act on. */
const HUBSPOT_CATEGORY_WORDS: Readonly<Record<string, string>> = {
  MISSING_SCOPES: 'the app lacks a scope for this: reinstall it with the current scopes',
  NOT_JSON: 'a reply that is not JSON',
  UNEXPECTED_SHAPE: 'a reply of an unexpected shape',
  CURSOR_REPEAT: 'a paging cursor it had already given',
  DAILY: 'the portal used up its daily API limit',
  VALIDATION_ERROR: 'HubSpot refused the request as invalid',
}

/** Factories for every AppError, so codes, statuses and wording stay in one place. */
export const errors = {
  badRequest: (message: string) => new AppError('BAD_REQUEST', 400, message),
  unauthorized: () => new AppError('UNAUTHORIZED', 401, 'Authentication is required.'),
  forbidden: () => new AppError('FORBIDDEN', 403, 'You do not have access to this portal.'),
  notFound: (what: string) => new AppError('NOT_FOUND', 404, `${what} was not found.`),
  configInvalid: (problems: readonly string[]) =>
    new AppError('CONFIG_INVALID', 500, `Invalid configuration: ${problems.join('; ')}`),
  hubspotAuthFailed: (cause?: unknown) =>
    new AppError(
      'HUBSPOT_AUTH_FAILED',
      502,
      'HubSpot rejected the access token: check the token or reconnect the portal.',
      cause,
    ),
  hubspotUnreachable: (baseUrl: string, cause?: unknown) =>
    new AppError('HUBSPOT_UNREACHABLE', 502, `Cannot reach the HubSpot API at ${baseUrl}.`, cause),
  hubspotRateLimited: (operation: string) =>
    new AppError(
      'HUBSPOT_RATE_LIMITED',
      503,
      `HubSpot kept answering 429 to ${operation} after every retry.`,
    ),
  hubspotFailed: (operation: string, status: number, category?: string) => {
    const error = new AppError(
      'HUBSPOT_FAILED',
      502,
      `HubSpot answered ${status}${category ? ` (${HUBSPOT_CATEGORY_WORDS[category] ??
        category})` : ''} to ${operation}.`,
    )
    error.upstreamStatus = status

    return error
  },
  csvEmpty: (file: string) =>
    new AppError('CSV_EMPTY', 400, `${file} has no data rows.`),
  csvMalformed: (file: string, detail: string) =>
    new AppError('CSV_MALFORMED', 400, `${file} is not a valid CSV file: ${detail}`),
  csvUnknownColumn: (column: string, known: readonly string[]) =>
    new AppError(
      'CSV_UNKNOWN_COLUMN',
      400,
      `No column named "${column}"; the file has: ${known.join(', ')}.`,
    ),
  fixNotAvailable: (what: string) =>
    new AppError('FIX_NOT_AVAILABLE', 409, `${what}: there is nothing this fix would change.`),
  previewInvalid: () =>
    new AppError('PREVIEW_INVALID', 400, 'The preview is not one this service made.'),
  previewExpired: () =>
    new AppError('PREVIEW_EXPIRED', 410, 'The preview has expired: preview the fix again.'),
  recordChanged: () =>
    new AppError('RECORD_CHANGED', 409,
      'The record changed after the preview: preview the fix again.'),
  fixInProgress: () =>
    new AppError('FIX_IN_PROGRESS', 409, 'This fix is being applied already.'),
  idempotencyKeyReused: () =>
    new AppError('IDEMPOTENCY_KEY_REUSED', 422,
      'This idempotency key was used for another fix.'),
  internal: (cause?: unknown) =>
    new AppError('INTERNAL', 500, 'Something went wrong on our side.', cause),
} as const
