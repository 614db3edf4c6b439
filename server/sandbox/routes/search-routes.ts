import type { FastifyInstance } from 'fastify'

import { requireScope } from '../http/api-guard.ts'
import type { SandboxContext } from '../http/context.ts'
import { validationError } from '../http/hubspot-error.ts'
import { readScopes } from '../http/object-type-param.ts'
import { matchesFilter, matchesQuery, sortRecords } from '../search/match.ts'
import { parseSearchRequest } from '../search/search-request.ts'
import { renderRecord, selectProperties } from '../values/render.ts'
import { OBJECT_BASES, typeOf } from './object-paths.ts'

/**
 * `POST .../search` (fidelity items 4 to 7). It reads the search index, which trails writes
 * by `searchLagMs`; `total` is the true count while pages stop at 10,000.
 */
export async function searchRoutes(app: FastifyInstance, options: { context: SandboxContext }) {
  const { store } = options.context

  for (const base of OBJECT_BASES) {
    app.post(`${base}/:objectType/search`, async (request) => {
      const def = typeOf(options.context, request)
      requireScope(request, readScopes(def))
      const search = parseSearchRequest(request.body, store, def)
      const propertyOf = (name: string) => {
        const property = store.property(def.name, name)
        if (!property) throw validationError(`Property "${name}" does not exist on ${def.name}.`)

        return property
      }
      let hits = store.searchIndex.records(def.name).filter((record) =>
        (search.filterGroups.length === 0 || search.filterGroups.some((group) =>
          group.every((filter) => matchesFilter(record, filter,
            propertyOf(filter.propertyName))))) &&
        (search.query === undefined || matchesQuery(record, search.query, def.queryProperties)))
      if (search.sort) {
        hits = sortRecords(hits, propertyOf(search.sort.propertyName), search.sort.descending)
      }
      const names = selectProperties(store, def, search.properties)
      const page = hits.slice(search.offset, search.offset + search.limit)
      const nextOffset = search.offset + search.limit
      const results = page.map((record) => renderRecord(record, names))

      return {
        total: hits.length, results,
        ...(nextOffset < hits.length && { paging: { next: { after: String(nextOffset) } } }),
      }
    })
  }
}
