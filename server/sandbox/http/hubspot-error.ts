import { randomUUID } from 'node:crypto'

/**
 * HubSpot's error envelope: `{status: 'error', message, correlationId, category, ...}`
 * (hubspot-platform.md §7). Handlers throw a HubSpotError; the error handler sends its body.
 */
export type ErrorCategory =
  | 'VALIDATION_ERROR'
  | 'INVALID_AUTHENTICATION'
  | 'EXPIRED_AUTHENTICATION'
  | 'MISSING_SCOPES'
  | 'OBJECT_NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITS'
  | 'INTERNAL_ERROR'

export interface ErrorDetail {
  readonly message: string
  readonly code?: string
  readonly context?: Readonly<Record<string, readonly string[]>>
}

export class HubSpotError extends Error {
  readonly statusCode: number
  readonly body: Readonly<Record<string, unknown>>

  constructor(statusCode: number, body: Readonly<Record<string, unknown>>) {
    super(typeof body.message === 'string' ? body.message : 'HubSpot error')
    this.name = 'HubSpotError'
    this.statusCode = statusCode
    this.body = body
  }
}

export function hubspotError(statusCode: number, category: ErrorCategory, message: string,
  extra: {
    readonly context?: Readonly<Record<string, readonly string[]>>
    readonly errors?: readonly ErrorDetail[]
    readonly subCategory?: string
    readonly links?: Readonly<Record<string, string>>
  } = {}): HubSpotError {
  return new HubSpotError(statusCode, {
    status: 'error', message, correlationId: randomUUID(),
    ...(extra.context && { context: extra.context }),
    ...(extra.errors && { errors: extra.errors }),
    ...(extra.links && { links: extra.links }),
    category,
    ...(extra.subCategory && { subCategory: extra.subCategory }),
  })
}

export const validationError = (message: string, extra?: Parameters<typeof hubspotError>[3]) =>
  hubspotError(400, 'VALIDATION_ERROR', message, extra)

export const notFound = (message = 'resource not found') =>
  hubspotError(404, 'OBJECT_NOT_FOUND', message)
