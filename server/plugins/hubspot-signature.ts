import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

import { errors } from '../errors.ts'
import { type SignatureFailure, verifySignatureV3 } from '../security/signature-v3.ts'

/** Who a signed card request speaks for, read only from the signed URL. */
export interface HubSpotRequestContext {
  readonly portalId: number
  /** Null when the signed URL carries no user id. */
  readonly userId: number | null
}

/** A bad signature, or a valid one over a URL that names no single portal. */
export type CardAuthFailure = SignatureFailure | 'no-portal'

export interface HubSpotSignatureOptions {
  /** The app's client secret; without one every request is refused. */
  readonly clientSecret: string | undefined
  /** The service's public origin: the signed URI is rebuilt on it, never on Host. */
  readonly publicBaseUrl: string
  readonly now?: () => number
  /** The audit log plugs in here; it must not throw. */
  readonly onSignatureFailure?: (reason: CardAuthFailure) => void | Promise<void>
}

declare module 'fastify' {
  interface FastifyRequest {
    hubspot: HubSpotRequestContext
  }
}

// At most 15 digits: every such id is a safe integer (2^53 has 16 digits).
const ID_PATTERN = /^[1-9]\d{0,14}$/

/**
 * One id per name. HubSpot appends portalId and userId after the card's own query, so a
 * card caller could put another portal's id in front: differing copies are tenant
 * confusion and are refused, never resolved by picking one.
 */
function singleId(query: URLSearchParams, name: string): string | null | undefined {
  const values = new Set(query.getAll(name))
  if (values.size === 0) return null
  const [value] = values
  if (values.size > 1 || value === undefined || !ID_PATTERN.test(value)) return undefined

  return value
}

function signedContext(uri: string): HubSpotRequestContext | null {
  const query = new URL(uri).searchParams
  const portalId = singleId(query, 'portalId')
  const userId = singleId(query, 'userId')
  if (!portalId || userId === undefined) return null

  return { portalId: Number(portalId), userId: userId === null ? null : Number(userId) }
}

/**
 * Authenticates every route of the plugin that registers it by HubSpot's v3 signature
 * (hubspot.fetch). Registered through fastify-plugin so its hooks reach the routes of the
 * encapsulated group that registers it, and no other group.
 */
const hubspotSignature: FastifyPluginAsync<HubSpotSignatureOptions> = async (app, options) => {
  const now = options.now ?? Date.now
  const origin = options.publicBaseUrl.replace(/\/+$/, '')
  const refuse = async (request: FastifyRequest, reason: CardAuthFailure) => {
    request.log.warn({ type: 'auth', reason }, 'card signature refused')
    try {
      await options.onSignatureFailure?.(reason)
    } catch (error) {
      // A broken audit sink must not turn a refusal into a 500 or let the request through.
      request.log.error({ type: 'auth', err: error }, 'signature failure hook failed')
    }

    return errors.unauthorized()
  }
  // Fastify's own JSON parser, run after the check: it refuses __proto__ poisoning.
  const parseJson = app.getDefaultJsonParser('error', 'error')

  // The signature covers the body's exact bytes, so keep them and parse only after the check.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' },
    (_request, body, done) => {
      done(null, body)
    })
  app.decorateRequest('hubspot', null as unknown as HubSpotRequestContext)

  // Unsigned requests stop before their body is read or its content type judged.
  app.addHook('onRequest', async (request) => {
    if (!header(request, 'x-hubspot-request-timestamp') ||
      !header(request, 'x-hubspot-signature-v3')) throw await refuse(request, 'missing')
  })
  // After body parsing (which only kept the raw text), as the signature covers the body.
  app.addHook('preValidation', async (request) => {
    const rawBody = typeof request.body === 'string' ? request.body : ''
    const uri = origin + request.url
    const { clientSecret } = options
    if (!clientSecret) throw await refuse(request, 'mismatch')

    const check = verifySignatureV3({
      method: request.method,
      uri,
      rawBody,
      timestampHeader: header(request, 'x-hubspot-request-timestamp'),
      signatureHeader: header(request, 'x-hubspot-signature-v3'),
      clientSecret,
      nowMs: now(),
    })
    if (!check.ok) throw await refuse(request, check.reason)
    const context = signedContext(uri)
    if (!context) throw await refuse(request, 'no-portal')

    request.hubspot = context
    request.body = rawBody === '' ? undefined : await new Promise((resolve, reject) => {
      parseJson(request, rawBody, (error, body) => {
        if (error) reject(errors.badRequest('The body is not valid JSON.'))
        else resolve(body)
      })
    })
  })
}

/** A repeated header is not a signature we can trust. */
function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name]

  return typeof value === 'string' ? value : undefined
}

export default fp(hubspotSignature, { name: 'hubspot-signature' })
