import type { FastifyInstance } from 'fastify'

import { requireScope } from '../http/api-guard.ts'
import type { SandboxContext } from '../http/context.ts'
import { notFound, validationError } from '../http/hubspot-error.ts'
import { readScopes } from '../http/object-type-param.ts'
import { resolveObjectType, type ObjectTypeDef } from '../object-types.ts'
import { listParam, renderRecord, renderV3Associations, selectProperties }
  from '../values/render.ts'
import { findRecord, limitParam, OBJECT_BASES, origin, type Query, typeOf }
  from './object-paths.ts'

const first = (value: string | string[] | undefined) => Array.isArray(value) ? value[0] : value

/** `GET` list and read by id (fidelity items 1, 2, 3, 19, 23). */
export async function objectReadRoutes(app: FastifyInstance,
  options: { context: SandboxContext }) {
  const { context } = options
  const { store } = context
  const associationTypes = (query: Query): ObjectTypeDef[] =>
    (listParam(query.associations) ?? []).flatMap((name) => {
      const def = resolveObjectType(store.objectTypes(), name, store.portalId)

      return def ? [def] : []
    })

  for (const base of OBJECT_BASES) {
    app.get<{ Querystring: Query }>(`${base}/:objectType`, async (request) => {
      const def = typeOf(context, request)
      requireScope(request, readScopes(def))
      const query = request.query
      const limit = limitParam(first(query.limit), 10, 100)
      const after = first(query.after)
      // `after` is opaque to callers; here it is the id the page starts at.
      if (after !== undefined && !/^\d+$/.test(after)) {
        throw validationError(`Invalid paging cursor: ${after}`)
      }
      const archived = first(query.archived) === 'true'
      const names = selectProperties(store, def, listParam(query.properties))
      const toTypes = associationTypes(query)
      const page = store.page(def.name, { ...(after !== undefined && { fromId: after }),
        limit, archived })
      const results = page.records.map((record) => {
        const associations = renderV3Associations(store, def, record.id, toTypes,
          origin(request))

        return { ...renderRecord(record, names), ...(associations && { associations }) }
      })
      if (page.nextId === undefined) return { results }
      const link = new URL(`${origin(request)}${request.url}`)
      link.searchParams.set('after', page.nextId)

      return { results, paging: { next: { after: page.nextId, link: link.toString() } } }
    })

    app.get<{ Params: { objectId: string }; Querystring: Query }>(
      `${base}/:objectType/:objectId`, async (request) => {
        const def = typeOf(context, request)
        requireScope(request, readScopes(def))
        const query = request.query
        const archived = first(query.archived) === 'true'
        const record = findRecord(store, def, request.params.objectId, first(query.idProperty))
        if (!record || record.archived !== archived) throw notFound()
        const names = selectProperties(store, def, listParam(query.properties))
        const associations = renderV3Associations(store, def, record.id,
          associationTypes(query), origin(request))

        return { ...renderRecord(record, names), ...(associations && { associations }) }
      })
  }
}
