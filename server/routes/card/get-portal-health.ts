import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'

import type { CheckCategory } from '../../../shared/report.ts'
import type { Database } from '../../db/database.ts'
import { readPortalHealth } from '../../db/portal-health.ts'
import type { ScanProgress } from '../../db/scan-summary.ts'
import { OPERATIONS } from '../../operations.ts'

/** The card's view of its portal. */
export interface PortalHealthReply {
  readonly portalId: number
  readonly status: 'never-scanned' | 'running' | 'finished' | 'failed'
  /** Of the latest finished scan, so a running rescan still shows the last score. */
  readonly score: number | null
  readonly categoryScores: Readonly<Record<CheckCategory, number | null>> | null
  readonly scannedAt: string | null
  /** Only while a scan runs. */
  readonly progress: ScanProgress | null
  readonly connection: 'connected' | 'needs_reconnect'
}

/** `GET /card/portal-health`: the portal is the one HubSpot signed, never a parameter. */
const getPortalHealth: FastifyPluginAsync<{ db: Kysely<Database> }> = async (app, options) => {
  app.get('/card/portal-health', { config: { operation: OPERATIONS.cardPortalHealthRead } },
    async (request): Promise<PortalHealthReply> => {
      const { portalId } = request.hubspot
      const health = await readPortalHealth(options.db, portalId)
      const attempt = health.latestAttempt
      const scores = health.latestScores

      return {
        portalId,
        status: attempt?.status ?? 'never-scanned',
        score: scores?.score ?? null,
        categoryScores: scores?.categoryScores ?? null,
        scannedAt: scores?.scannedAt ?? null,
        progress: attempt?.status === 'running' ? attempt.progress : null,
        // A portal we hold no working grant for (never installed, refresh token refused,
        // disconnected) is one the card must offer to reconnect.
        connection: health.connectionStatus === 'connected' ? 'connected' : 'needs_reconnect',
      }
    })
}

export default getPortalHealth
