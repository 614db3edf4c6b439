import type { FastifyInstance } from 'fastify'

import { requireScope } from '../http/api-guard.ts'
import type { SandboxContext } from '../http/context.ts'
import { hubspotError, notFound, validationError } from '../http/hubspot-error.ts'
import { writeScopes } from '../http/object-type-param.ts'
import { renderRecord } from '../values/render.ts'
import { OBJECT_BASES, typeOf } from './object-paths.ts'

const MERGEABLE = new Set(['contacts', 'companies'])
/** HubSpot refuses a merge once the records together hold more than 250 merged ids. */
const MAX_MERGED_IDS = 250

/**
 * `POST .../merge` (fidelity item 19): the result has a new id; both old ids become aliases
 * of it and its `hs_merged_object_ids` lists them.
 */
export async function mergeRoutes(app: FastifyInstance, options: { context: SandboxContext }) {
  const { store } = options.context

  for (const base of OBJECT_BASES) {
    app.post(`${base}/:objectType/merge`, async (request) => {
      const def = typeOf(options.context, request)
      if (!MERGEABLE.has(def.name)) throw notFound()
      requireScope(request, writeScopes(def))
      const body = (request.body ?? {}) as { primaryObjectId?: unknown;
        objectIdToMerge?: unknown }
      if (body.primaryObjectId === undefined || body.objectIdToMerge === undefined) {
        throw validationError('primaryObjectId and objectIdToMerge are required.')
      }
      const primary = store.find(def.name, String(body.primaryObjectId))
      const secondary = store.find(def.name, String(body.objectIdToMerge))
      if (!primary || primary.archived || !secondary || secondary.archived) throw notFound()
      if (primary.id === secondary.id) {
        throw validationError('A record cannot be merged with itself.')
      }
      const mergedIds = [primary, secondary].flatMap((record) =>
        (record.properties.hs_merged_object_ids ?? '').split(';').filter(Boolean))
      if (mergedIds.length + 2 > MAX_MERGED_IDS) {
        throw hubspotError(414, 'VALIDATION_ERROR',
          `These records have been merged too often: at most ${MAX_MERGED_IDS} merged ids.`)
      }
      const merged = store.merge(def.name, primary.id, secondary.id)

      return renderRecord(merged, 'all')
    })
  }
}
