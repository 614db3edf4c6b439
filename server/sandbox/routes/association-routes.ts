import type { FastifyInstance, FastifyRequest } from 'fastify'

import { requireScope } from '../http/api-guard.ts'
import type { SandboxContext } from '../http/context.ts'
import { decodeCursor, encodeCursor } from '../http/cursor.ts'
import { notFound, validationError } from '../http/hubspot-error.ts'
import { objectTypeParam, readScopes } from '../http/object-type-param.ts'
import type { AssociationEdge } from '../store/types.ts'
import { limitParam, origin } from './object-paths.ts'

const MAX_PAGE = 500
const MAX_BATCH_INPUTS = 1000

const renderEdge = (edge: AssociationEdge) => ({
  toObjectId: Number(edge.toObjectId),
  associationTypes: edge.types.map((type) => ({ category: type.category, typeId: type.typeId,
    label: type.label })),
})

/** One page of edges; the cursor is an opaque position (fidelity item 20). */
function pageOf(edges: readonly AssociationEdge[], after: string | undefined, limit: number) {
  const start = after === undefined ? 0 : decodeCursor(after)
  const end = start + limit

  return { page: edges.slice(start, end),
    next: end < edges.length ? encodeCursor(end) : undefined }
}

type ListParams = { objectType: string; objectId: string; toObjectType: string }

/** Associations v4 and their 2026-03 twins. v4 honours `after`; the last page has no paging. */
export async function associationRoutes(app: FastifyInstance,
  options: { context: SandboxContext }) {
  const { context } = options
  const { store } = context
  const types = (request: FastifyRequest, from: string, to: string) => {
    const fromDef = objectTypeParam(context, from)
    const toDef = objectTypeParam(context, to)
    requireScope(request, readScopes(fromDef))

    return { fromDef, toDef }
  }

  for (const base of ['/crm/v4/objects', '/crm/objects/2026-03']) {
    app.get<{ Params: ListParams; Querystring: { limit?: string; after?: string } }>(
      `${base}/:objectType/:objectId/associations/:toObjectType`, async (request) => {
        const { params, query } = request
        const { fromDef, toDef } = types(request, params.objectType, params.toObjectType)
        const limit = limitParam(query.limit, MAX_PAGE, MAX_PAGE)
        const record = store.find(fromDef.name, params.objectId)
        if (!record || record.archived) throw notFound()
        const edges = store.associations(fromDef.name, record.id, toDef.name)
        const { page, next } = pageOf(edges, query.after, limit)
        if (!next) return { results: page.map(renderEdge) }
        const link = new URL(`${origin(request)}${request.url}`)
        link.searchParams.set('after', next)

        return { results: page.map(renderEdge),
          paging: { next: { after: next, link: link.toString() } } }
      })
  }

  for (const base of ['/crm/v4/associations', '/crm/associations/2026-03']) {
    app.post<{ Params: { fromObjectType: string; toObjectType: string } }>(
      `${base}/:fromObjectType/:toObjectType/batch/read`, async (request, reply) => {
        const startedAt = new Date().toISOString()
        const { fromDef, toDef } = types(request, request.params.fromObjectType,
          request.params.toObjectType)
        const inputs = (request.body as { inputs?: unknown } | null)?.inputs
        if (!Array.isArray(inputs) || inputs.length > MAX_BATCH_INPUTS) {
          throw validationError(`inputs must be an array of at most ${MAX_BATCH_INPUTS} ids.`)
        }
        const results: unknown[] = []
        const errors: unknown[] = []
        for (const input of inputs as { id?: unknown; after?: unknown }[]) {
          const id = String(input?.id ?? '')
          const record = store.find(fromDef.name, id)
          const edges = record && !record.archived
            ? store.associations(fromDef.name, record.id, toDef.name) : []
          if (!record || edges.length === 0) {
            errors.push({ status: 'error', category: 'OBJECT_NOT_FOUND',
              subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
              context: { fromObjectId: [id] },
              message: `No ${toDef.singular.toLowerCase()} is associated with ` +
                `${fromDef.singular.toLowerCase()} ${id}.` })
            continue
          }
          const after = typeof input.after === 'string' ? input.after : undefined
          const { page, next } = pageOf(edges, after, MAX_PAGE)
          results.push({ from: { id: record.id }, to: page.map(renderEdge),
            ...(next && { paging: { next: { after: next } } }) })
        }
        const body = { status: 'COMPLETE', results,
          ...(errors.length > 0 && { numErrors: errors.length, errors }),
          startedAt, completedAt: new Date().toISOString() }

        return reply.code(errors.length > 0 ? 207 : 200).send(body)
      })
  }
}
