import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'

import type { Database } from '../../db/database.ts'
import { latestScan, readReport } from '../../db/scans.repository.ts'
import { errors } from '../../errors.ts'
import { OPERATIONS } from '../../operations.ts'
import { pathPortalId } from '../../plugins/session-auth.ts'

/** `GET /api/portals/:portalId/report`: the latest stored report of a portal of the user. */
const getReport: FastifyPluginAsync<{ db: Kysely<Database> }> = async (app, options) => {
  app.get('/api/portals/:portalId/report', { config: { operation: OPERATIONS.apiReportRead } },
    async (request) => {
      // The session hook has already checked membership of this portal.
      const portalId = pathPortalId(request)
      const scan = await latestScan(options.db, portalId)
      if (!scan) throw errors.notFound('A report of this portal')

      return readReport(options.db, portalId, scan.scanId)
    })
}

export default getReport
