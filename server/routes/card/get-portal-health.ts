import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'

import type { PortalHealth } from '../../../shared/card-api.ts'
import type { Database } from '../../db/database.ts'
import { readPortalHealth } from '../../db/portal-health.ts'
import { scanHistory } from '../../db/scan-reads.ts'
import { OPERATIONS } from '../../operations.ts'

const TREND_POINTS = 12

/** `GET /card/portal-health`: the portal is the one HubSpot signed, never a parameter. */
const getPortalHealth: FastifyPluginAsync<{ db: Kysely<Database> }> = async (app, options) => {
  app.get('/card/portal-health', { config: { operation: OPERATIONS.cardPortalHealthRead } },
    async (request): Promise<PortalHealth> => {
      const { portalId } = request.hubspot
      const health = await readPortalHealth(options.db, portalId)
      const attempt = health.latestAttempt
      const scores = health.latestScores
      const history = await scanHistory(options.db, portalId, TREND_POINTS)

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
        // A finished scan that measured nothing has no score to draw.
        trend: history.flatMap((point) => point.score === null ? []
          : [{ scannedAt: point.finishedAt, score: point.score }]),
      }
    })
}

export default getPortalHealth
