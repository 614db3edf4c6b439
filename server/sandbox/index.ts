import type { FastifyInstance } from 'fastify'

import { ALL_SCOPES, type SandboxApp, TokenStore } from './auth/token-store.ts'
import { buildServer } from './http/build-server.ts'
import type { SandboxContext, SandboxStats } from './http/context.ts'
import { RollingWindowLimiter } from './http/rate-limiter.ts'
import { createPortalStore } from './portal.ts'
import type { SandboxStore } from './store/store.ts'

export type { SandboxApp } from './auth/token-store.ts'
export type { SandboxStore } from './store/store.ts'
export type {
  AssociationEdge, AssociationType, OwnerDef, PipelineDef, PipelineStageDef,
  PropertyDefinition, SandboxRecord, SeedDefect, SeedDefectKind,
} from './store/types.ts'
export { chicagoCompanyProperties, domainFromWebsite } from './seed/chicago.ts'
export { createFetchProxy, MAX_BODY_BYTES } from './proxy/fetch-proxy.ts'
export type { FetchProxy, FetchProxyOptions, ProxyFetchInit } from './proxy/fetch-proxy.ts'

export interface SandboxOptions {
  /** 'demo' (default): the seeded portal of seed/demo-seed.ts; 'empty': defaults only. */
  seed?: 'demo' | 'empty'
  /** Per portal and app, rolling 10 s window. Default 110. */
  requestsPerTenSeconds?: number
  /** Separate per-portal limiter for search. Default 5. */
  searchPerSecond?: number
  accessTokenTtlSeconds?: number
  /** Search sees a write only this long after it happened. Default 1000. */
  searchLagMs?: number
  /** Clock in epoch ms. Default Date.now. */
  now?: () => number
  logger?: boolean
}

export interface Sandbox {
  readonly server: FastifyInstance
  readonly portalId: number
  /** Binds 127.0.0.1 (port 0 picks a free one) and resolves the base URL. */
  listen(port?: number): Promise<string>
  close(): Promise<void>
  registerApp(app: SandboxApp): void
  /** A static token for the portal, like a private app's; all scopes unless given. */
  createPrivateAppToken(scopes?: string[]): string
  readonly stats: {
    requests: number
    rateLimited: number
    tokenGrants: number
    refreshGrants: number
  }
  readonly store: SandboxStore
}

/** The user who installs apps in the sandbox: owner 61001001 of the demo portal. */
const INSTALLING_USER = { id: 9_100_001, email: 'avery.lindqvist@example.com' }

/** Starts a local HubSpot portal simulator (not listening until `listen`). */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now
  const store = createPortalStore({ seed: options.seed ?? 'demo', now,
    searchLagMs: options.searchLagMs ?? 1000 })
  const tokens = new TokenStore({ hubId: store.portalId, userId: INSTALLING_USER.id, now,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 1800 })
  const stats: SandboxStats = { requests: 0, rateLimited: 0, tokenGrants: 0, refreshGrants: 0 }
  const context: SandboxContext = {
    store, tokens, stats, now, user: INSTALLING_USER,
    hubDomain: `portal-${store.portalId}.sandbox.example.com`,
    tenSecondly: new RollingWindowLimiter(options.requestsPerTenSeconds ?? 110, 10_000, now),
    searchSecondly: new RollingWindowLimiter(options.searchPerSecond ?? 5, 1000, now),
  }
  const server = buildServer(context, options.logger ?? false)
  await server.ready()

  return {
    server,
    portalId: store.portalId,
    stats,
    store,
    async listen(port = 0) {
      await server.listen({ host: '127.0.0.1', port })
      const address = server.server.address()
      if (address === null || typeof address === 'string') {
        throw new TypeError('the sandbox is not listening on a TCP port')
      }

      return `http://127.0.0.1:${address.port}`
    },
    close: () => server.close(),
    registerApp: (app) => {
      tokens.registerApp(app)
    },
    createPrivateAppToken: (scopes) =>
      tokens.createPrivateAppToken(scopes ?? [...ALL_SCOPES]).token,
  }
}
