import { hubspot } from '@hubspot/ui-extensions'

import type {
  FixApplyRequest,
  FixPreview,
  FixPreviewRequest,
  FixResult,
  PortalHealth,
  RecordHealth,
} from '../../../../shared/card-api.ts'
import type { ObjectType } from '../../../../shared/crm.ts'
import type { ErrorCode } from '../../../../shared/errors.ts'

/** Below HubSpot's 15 s proxy limit, so the card reports a slow service itself. */
export const FETCH_TIMEOUT_MS = 10_000

/** Who is asking: sent on every call, trusted by the service only as far as it is signed. */
export interface CardIdentity {
  readonly origin: string
  readonly portalId: number
  readonly userId: number
}

/** A failed call, with the service's error code when it answered with one. */
export class CardApiError extends Error {
  readonly status: number | null
  readonly code: ErrorCode | null

  constructor(message: string, status: number | null, code: ErrorCode | null) {
    super(message)
    this.name = 'CardApiError'
    this.status = status
    this.code = code
  }
}

type Query = Readonly<Record<string, string>>
type Method = 'GET' | 'POST'

export function cardUrl(identity: CardIdentity, path: string, query: Query = {}): string {
  const url = new URL(path, identity.origin)
  url.searchParams.set('portalId', String(identity.portalId))
  url.searchParams.set('userId', String(identity.userId))
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)

  return url.toString()
}

async function call<T>(
  identity: CardIdentity, method: Method, path: string,
  options: { query?: Query; body?: object } = {},
): Promise<T> {
  const url = cardUrl(identity, path, options.query)
  const init = { method, timeout: FETCH_TIMEOUT_MS }
  let response: Response
  try {
    response = await hubspot.fetch(url, options.body === undefined
      ? init
      : { ...init, body: { ...options.body } })
  } catch {
    throw new CardApiError('PortalPilot could not be reached.', null, null)
  }
  if (response.ok) return await response.json() as T

  const body = await response.json().catch(() => null) as
    { code?: ErrorCode; message?: string } | null
  const message = body?.message ?? `PortalPilot answered ${response.status}.`

  throw new CardApiError(message, response.status, body?.code ?? null)
}

/** The calls a card makes, bound to one identity. */
export function createCardClient(identity: CardIdentity) {
  return {
    getRecord: (objectType: ObjectType, objectId: string) =>
      call<RecordHealth>(identity, 'GET', '/card/record', { query: { objectType, objectId } }),
    getPortalHealth: () => call<PortalHealth>(identity, 'GET', '/card/portal-health'),
    startScan: () => call<unknown>(identity, 'POST', '/card/scans', { body: {} }),
    previewFix: (request: FixPreviewRequest) =>
      call<FixPreview>(identity, 'POST', '/card/fixes/preview', { body: request }),
    applyFix: (request: FixApplyRequest) =>
      call<FixResult>(identity, 'POST', '/card/fixes/apply', { body: request }),
  }
}

export type CardClient = ReturnType<typeof createCardClient>

/** A fresh key per confirmed click: a retried request with it applies once. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID()
}
