import type { Logger } from 'pino'

import { type App, buildApp } from './app.ts'
import { createAuditLog } from './audit/audit-log.ts'
import { createRefusalThrottle } from './audit/refusal-throttle.ts'
import { startAuditRetention } from './audit/retention.ts'
import type { Config } from './config.ts'
import { AppError } from './errors.ts'
import type { DatabaseHandle } from './db/connect.ts'
import { isMember, upsertMember } from './db/members.repository.ts'
import { consumeStateNonce, rememberStateNonce } from './db/oauth-states.repository.ts'
import { inPortalTransaction } from './db/portal-scope.ts'
import { pingDatabase } from './db/ping.ts'
import { findPortal, setConnectionStatus, upsertPortal } from './db/portals.repository.ts'
import { staticAccessToken } from './hubspot/access-token.ts'
import { createOAuthClient } from './hubspot/oauth-client.ts'
import { createPortalBudgets, createPortalGateway } from './hubspot/portal-gateway.ts'
import { scanAndStore } from './scans/scan-and-store.ts'
import { createScanQueue, type ScanQueue } from './scans/scan-queue.ts'
import type { ScanProgress } from './scans/run-scan.ts'
import { loadDisposableDomains } from './scoring/disposable-domains.ts'
import { createStateSigner } from './security/oauth-state.ts'
import { createTokenCipher } from './security/token-cipher.ts'
import { issueSessionToken, SESSION_MAX_LIFETIME_SECONDS } from './security/session-token.ts'
import { createTokenService, type TokenService } from './tokens/token-service.ts'

/** The HubSpot app this service talks to: HubSpot itself, or the sandbox in dev. */
export interface HubSpotApp {
  readonly apiBaseUrl: string
  readonly authBaseUrl: string
  readonly clientId: string
  readonly clientSecret: string
}

export interface Service {
  readonly app: App
  readonly tokens: TokenService
  readonly scans: ScanQueue
  close(): Promise<void>
}

const AUDIT_PRUNE_INTERVAL_MS = 6 * 60 * 60 * 1000

/**
 * The composition root: every production part wired once, from config and the open
 * database. Tests and `npm start` build the service through here, so they run the same code.
 */
export async function createService(
  config: Config,
  database: DatabaseHandle,
  logger: Logger,
  hubspot: HubSpotApp,
  options: { readonly onScanProgress?: (progress: ScanProgress) => void } = {},
): Promise<Service> {
  const { db, admin } = database
  const timeoutMs = config.hubspot.requestTimeoutMs
  const audit = createAuditLog({ db })
  const record = (entry: Parameters<typeof audit.record>[0]) =>
    audit.record(entry).catch((error: unknown) => {
      logger.error({ type: 'audit', err: error }, 'audit write failed')
    })
  const oauth = createOAuthClient({ baseUrl: hubspot.apiBaseUrl, clientId: hubspot.clientId,
    clientSecret: hubspot.clientSecret, logger, timeoutMs })
  const tokens = createTokenService({
    db,
    admin,
    cipher: createTokenCipher(config.security.tokenKeys),
    oauth,
    onRefreshFailure: (portalId) => {
      void record({ portalId, action: 'auth.token_refresh', outcome: 'failure' })
    },
  })
  const budgets = createPortalBudgets(config.hubspot.requestsPerTenSeconds)
  const gatewayFor = (portalId: number) => createPortalGateway({
    baseUrl: hubspot.apiBaseUrl, portalId, tokens: tokens.accessTokenSource(portalId), logger,
    timeoutMs, budget: budgets.forPortal(String(portalId)),
  })
  const disposableDomains = await loadDisposableDomains()

  const scans = createScanQueue({
    run: async (portalId) => {
      // A portal whose grant HubSpot refused waits for its admin to reconnect it.
      const portal = await findPortal(db, portalId)
      if (!portal || portal.connectionStatus !== 'connected') return

      await scanAndStore(db, portalId,
        { gateway: gatewayFor(portalId), disposableDomains, now: () => new Date(),
          random: Math.random },
        { kind: 'sample', sampleSize: config.scan.sampleSize,
          defaultCountry: config.scan.defaultCountry, onProgress: options.onScanProgress })
      await record({ portalId, action: 'data.scan', outcome: 'success' })
    },
    onError: (portalId, error) => {
      logger.error({ type: 'scan', portalId, err: error }, 'scan failed')
      void record({ portalId, action: 'data.scan', outcome: 'failure' })
    },
  })

  const refusals = createRefusalThrottle({ perWindow: 30, windowMs: 60_000 })
  const recordRefusal = async (action: 'auth.signature' | 'auth.session', reason: string) => {
    const { write, suppressed } = refusals.admit(`${action}:${reason}`)
    if (write) {
      await record({ portalId: null, action, outcome: 'denied', detail: { reason, suppressed } })
    }
  }

  const states = createStateSigner(config.security.sessionSecret)
  const app = await buildApp({ ...config, hubspot: { ...config.hubspot,
    authBaseUrl: hubspot.authBaseUrl, clientId: hubspot.clientId } }, {
    logger,
    pingDatabase: () => pingDatabase(db),
    db,
    isMember: (portalId, userId) => isMember(db, portalId, userId),
    hubspotClientSecret: hubspot.clientSecret,
    onSignatureFailure: (reason) => recordRefusal('auth.signature', reason),
    onSessionFailure: (reason) => recordRefusal('auth.session', reason),
    onDataAccess: (access) =>
      record({ portalId: access.portalId, userId: access.userId,
        action: access.write ? 'data.write' : 'data.read', outcome: 'success',
        detail: { operation: access.operation } }),
    card: {
      gatewayFor,
      defaultCountry: config.scan.defaultCountry,
      previewSecret: config.security.sessionSecret,
      queueScan: (portalId) => {
        void scans.enqueue(portalId)
      },
      audit: (entry) => record(entry),
    },
    disconnect: async (portalId, userId) => {
      // Uninstall needs a working token, so it goes before the revoke. A grant HubSpot has
      // already ended (or a second disconnect) has nothing left to uninstall: go on and
      // forget it; only an outage stops here, to be tried again.
      await gatewayFor(portalId).uninstallApp().catch((error: unknown) => {
        if (!(error instanceof AppError && error.code === 'HUBSPOT_AUTH_FAILED')) throw error
      })
      await tokens.revokeAndForget(portalId)
      await record({ portalId, userId, action: 'auth.disconnect', outcome: 'success' })
    },
    oauth: {
      config: { ...config, hubspot: { ...config.hubspot, authBaseUrl: hubspot.authBaseUrl,
        clientId: hubspot.clientId } },
      oauth,
      states,
      rememberState: (nonce, expiresAt) => rememberStateNonce(db, nonce, expiresAt),
      consumeState: (nonce) => consumeStateNonce(db, nonce),
      accountDetails: (accessToken) => createPortalGateway({
        baseUrl: hubspot.apiBaseUrl, tokens: staticAccessToken(accessToken), logger,
        timeoutMs, budget: budgets.forPortal('install'),
      }).accountDetails(),
      connectPortal: async (details, userId, tokenSet) => {
        await inPortalTransaction(db, details.portalId, async (trx) => {
          await upsertPortal(trx, details)
          await upsertMember(trx, details.portalId, userId, 'admin')
        })
        await tokens.save(details.portalId, tokenSet)
        await setConnectionStatus(db, details.portalId, 'connected')
      },
      isMember: (portalId, userId) => isMember(db, portalId, userId),
      issueSession: async (userId) => ({
        token: await issueSessionToken(config.security.sessionSecret, userId),
        expiresInSeconds: SESSION_MAX_LIFETIME_SECONDS,
      }),
      audit: (entry) => record(entry),
      queueScan: (portalId) => {
        void scans.enqueue(portalId)
      },
    },
  })
  const stopRetention = startAuditRetention(admin, {
    intervalMs: AUDIT_PRUNE_INTERVAL_MS,
    onError: (error) => logger.error({ type: 'audit', err: error }, 'audit pruning failed'),
  })

  return {
    app,
    tokens,
    scans,
    close: async () => {
      stopRetention()
      await app.close()
      await scans.idle()
    },
  }
}
