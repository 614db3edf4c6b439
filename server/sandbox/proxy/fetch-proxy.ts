import { signV3 } from '../../security/signature-v3.ts'

export interface FetchProxyOptions {
  /** The app's client secret, which HubSpot signs with. */
  readonly clientSecret: string
  /** Where requests are delivered: our service on a loopback port. */
  readonly targetOrigin: string
  /**
   * The origin the card's URLs name and the signature covers (the service's public URL).
   * Default targetOrigin; set it to model a TLS-terminating proxy in front of the service.
   */
  readonly publicOrigin?: string
  /** Epoch ms for the timestamp header. Default Date.now. */
  readonly now?: () => number
  readonly timeoutMs?: number
}

export interface ProxyFetchInit {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Any JSON value; the proxy serializes it, as hubspot.fetch does. */
  readonly body?: unknown
  /** The portal and user of the card's context, appended by the proxy. */
  readonly portalId: number
  readonly userId?: number
}

export interface FetchProxy {
  fetch(url: string, init: ProxyFetchInit): Promise<Response>
}

/** hubspot.fetch limits request and response bodies to 1 MB. */
export const MAX_BODY_BYTES = 1_048_576

/**
 * A stand-in for HubSpot's hubspot.fetch proxy: it appends the card's portalId and userId
 * to the URL (after any the caller put there, like HubSpot), signs method + full URL + JSON
 * body + timestamp with the client secret (v3), and delivers the request over loopback.
 */
export function createFetchProxy(options: FetchProxyOptions): FetchProxy {
  if (!options.clientSecret) throw new TypeError('clientSecret is required')
  const target = new URL(options.targetOrigin)
  const publicOrigin = new URL(options.publicOrigin ?? options.targetOrigin).origin
  const now = options.now ?? Date.now

  return {
    async fetch(url, init) {
      const called = new URL(url, publicOrigin)
      // Like permittedUrls: a card may only call the app's own origin.
      if (called.origin !== publicOrigin) {
        throw new TypeError(`${called.origin} is not a permitted URL for this app`)
      }
      if (!Number.isSafeInteger(init.portalId) || init.portalId <= 0) {
        throw new TypeError('portalId must be a positive integer')
      }
      called.searchParams.append('portalId', String(init.portalId))
      if (init.userId !== undefined) called.searchParams.append('userId', String(init.userId))

      const method = init.method ?? 'GET'
      const rawBody = init.body === undefined ? '' : JSON.stringify(init.body)
      if (Buffer.byteLength(rawBody) > MAX_BODY_BYTES) {
        throw new RangeError('hubspot.fetch request bodies are limited to 1 MB')
      }
      const timestamp = String(now())
      const signature = signV3({ method, uri: called.href, rawBody, timestamp,
        clientSecret: options.clientSecret })

      const delivered = new URL(called.pathname + called.search, target)
      const reply = await fetch(delivered, {
        method,
        headers: {
          'x-hubspot-signature-v3': signature,
          'x-hubspot-request-timestamp': timestamp,
          ...(rawBody !== '' && { 'content-type': 'application/json' }),
        },
        ...(rawBody !== '' && { body: rawBody }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      })

      return limitedResponse(reply)
    },
  }
}

/** Reads the reply up to the limit, stopping (not buffering on) as soon as it is passed. */
async function limitedResponse(reply: Response): Promise<Response> {
  const chunks: Uint8Array[] = []
  let bytes = 0
  for await (const chunk of reply.body ?? []) {
    bytes += chunk.byteLength
    // Throwing inside for-await cancels the stream, so the rest is never read.
    if (bytes > MAX_BODY_BYTES) {
      throw new RangeError('hubspot.fetch response bodies are limited to 1 MB')
    }
    chunks.push(chunk)
  }

  return new Response(bytes === 0 ? null : Buffer.concat(chunks), {
    status: reply.status,
    headers: reply.headers,
  })
}
