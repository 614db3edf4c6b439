import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'

import type { RecordDuplicate, RecordHealth } from '../../../shared/card-api.ts'
import type { Database } from '../../db/database.ts'
import { duplicateGroupsForRecord } from '../../db/scan-reads.ts'
import { findRecordProblems } from '../../fixes/find-problems.ts'
import { stageOf } from '../../fixes/stage-rules.ts'
import { OPERATIONS } from '../../operations.ts'
import { createPhoneJudge } from '../../scoring/validity/phone.ts'
import { type CardDeps, requireCardDeps } from './card-deps.ts'
import { loadRecord, nameOf, parseObjectId, parseObjectType } from './record-loader.ts'

/**
 * `GET /card/record`: what is wrong with the record on screen, from a fresh read of just
 * this record and the duplicate groups of the portal's latest scan.
 */
const getRecord: FastifyPluginAsync<{ db: Kysely<Database>; deps?: CardDeps }> =
  async (app, options) => {
    app.get('/card/record', { config: { operation: OPERATIONS.cardRecordRead } },
      async (request): Promise<RecordHealth> => {
        const query = request.query as Record<string, unknown>
        const objectType = parseObjectType(query.objectType)
        const objectId = parseObjectId(query.objectId)
        const deps = requireCardDeps(options.deps)
        const { portalId } = request.hubspot
        const gateway = deps.gatewayFor(portalId)
        const schema = await gateway.properties(objectType)
        // A merged-away id answers the surviving record: from here on that id counts.
        const loaded = await loadRecord(gateway, objectType, objectId, schema)
        const id = loaded.record.id
        // A deal is judged against its own pipeline: its stage adds what matters there.
        const pipelines = objectType === 'deals' ? await gateway.dealPipelines() : null
        const env = { nowMs: (deps.now ?? Date.now)(), pipelines, owners: null,
          phoneJudge: createPhoneJudge(deps.defaultCountry) }
        const view = { ...loaded.view,
          stage: pipelines ? stageOf(loaded.record.properties, pipelines) : null }
        const findings = findRecordProblems(view, env, deps.defaultCountry)
        const groups = await duplicateGroupsForRecord(options.db, portalId, objectType, id)

        return { objectType, objectId: id, lastModified: loaded.lastModified, findings,
          duplicates: await duplicatesOf(gateway, objectType, id, groups) }
      })
  }

async function duplicatesOf(
  gateway: ReturnType<CardDeps['gatewayFor']>,
  objectType: Parameters<typeof duplicateGroupsForRecord>[2],
  id: string,
  groups: Awaited<ReturnType<typeof duplicateGroupsForRecord>>,
): Promise<RecordDuplicate[]> {
  const best = new Map<string, { confidence: number; reason: string }>()
  for (const group of groups) {
    for (const other of group.ids) {
      if (other === id) continue
      const known = best.get(other)
      if (!known || known.confidence < group.confidence) {
        best.set(other, { confidence: group.confidence, reason: group.reason })
      }
    }
  }
  if (best.size === 0) return []
  // Names are read fresh for display only; a record gone since the scan is left out.
  const records = await gateway.batchRead(objectType, [...best.keys()],
    ['firstname', 'lastname', 'email', 'name'])
  const byId = new Map(records.map((record) => [record.id, record]))

  return [...best].flatMap(([recordId, match]) => {
    const record = byId.get(recordId)

    return record ? [{ recordId, name: nameOf(record), ...match }] : []
  })
}

export default getRecord
