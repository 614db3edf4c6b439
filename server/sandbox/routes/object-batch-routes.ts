import type { FastifyInstance } from 'fastify'

import { requireScope } from '../http/api-guard.ts'
import type { SandboxContext } from '../http/context.ts'
import { hubspotError, validationError } from '../http/hubspot-error.ts'
import { readScopes, writeScopes } from '../http/object-type-param.ts'
import type { ObjectTypeDef } from '../object-types.ts'
import type { SandboxRecord } from '../store/types.ts'
import { listParam, renderRecord, selectProperties } from '../values/render.ts'
import { type PropertyProblem, validateProperties } from '../values/validate.ts'
import { findRecord, OBJECT_BASES, propertiesOf, propertyProblemsError, type Query, typeOf }
  from './object-paths.ts'
import { assertEmailFree } from './object-write-routes.ts'

const MAX_INPUTS = 100

interface BatchBody {
  readonly inputs?: unknown
  readonly properties?: unknown
  readonly idProperty?: unknown
}

function inputsOf(body: unknown): { id?: unknown; properties?: unknown }[] {
  const inputs = (body as BatchBody | null)?.inputs
  if (!Array.isArray(inputs)) throw validationError('The request body must hold "inputs".')
  if (inputs.length > MAX_INPUTS) {
    throw validationError(`Batch requests take at most ${MAX_INPUTS} inputs; got ${inputs.length}.`)
  }

  return inputs as { id?: unknown; properties?: unknown }[]
}

/** The batch reply: 200, or 207 with `numErrors` and `errors[]` when some ids failed. */
function batchReply(def: ObjectTypeDef, results: unknown[], missing: string[], verb: string,
  startedAt: string) {
  const body = {
    status: 'COMPLETE', results,
    ...(missing.length > 0 && {
      numErrors: 1,
      errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND',
        message: `Could not ${verb} ${missing.length} ${def.singular} id(s): they were ` +
          'deleted or never existed.',
        context: { ids: missing } }],
    }),
    startedAt, completedAt: new Date().toISOString(),
  }

  return { statusCode: missing.length > 0 ? 207 : 200, body }
}

/** `batch/read` and `batch/update`, at most 100 inputs each. */
export async function objectBatchRoutes(app: FastifyInstance,
  options: { context: SandboxContext }) {
  const { store } = options.context

  for (const base of OBJECT_BASES) {
    app.post<{ Querystring: Query }>(`${base}/:objectType/batch/read`, async (request, reply) => {
      const startedAt = new Date().toISOString()
      const def = typeOf(options.context, request)
      requireScope(request, readScopes(def))
      const body = request.body as BatchBody
      const names = selectProperties(store, def, listParam(body.properties))
      const idProperty = typeof body.idProperty === 'string' ? body.idProperty : undefined
      const archived = request.query.archived === 'true'
      const seen = new Set<string>()
      const results: unknown[] = []
      const missing: string[] = []
      for (const input of inputsOf(body)) {
        const id = String(input.id ?? '')
        const record = findRecord(store, def, id, idProperty)
        if (!record || record.archived !== archived) missing.push(id)
        else if (!seen.has(record.id)) {
          seen.add(record.id)
          // Batch reads leave unset properties out instead of sending null.
          results.push(renderRecord(record, names, 'omit'))
        }
      }
      const { statusCode, body: replyBody } = batchReply(def, results, missing, 'get', startedAt)

      return reply.code(statusCode).send(replyBody)
    })

    app.post(`${base}/:objectType/batch/update`, async (request, reply) => {
      const startedAt = new Date().toISOString()
      const def = typeOf(options.context, request)
      requireScope(request, writeScopes(def))
      const planned: { record: SandboxRecord; changes: Record<string, string> }[] = []
      const problems: PropertyProblem[] = []
      const missing: string[] = []
      for (const input of inputsOf(request.body)) {
        const record = store.find(def.name, String(input.id ?? ''))
        if (!record || record.archived) {
          missing.push(String(input.id ?? ''))
          continue
        }
        const checked = validateProperties(store, def, propertiesOf(input), record)
        problems.push(...checked.problems)
        planned.push({ record, changes: checked.changes })
      }
      // One bad value fails the whole batch, as HubSpot validates before writing.
      if (problems.length > 0) throw propertyProblemsError(problems)
      for (const { record, changes } of planned) assertEmailFree(store, def, changes, record.id)
      if (planned.length === 0 && missing.length > 0) {
        throw hubspotError(404, 'OBJECT_NOT_FOUND', `No ${def.name} records found to update.`)
      }
      const results = planned.map(({ record, changes }) => renderRecord(
        Object.keys(changes).length > 0 ? store.update(def.name, record.id, changes) : record,
        'all'))
      const { statusCode, body } = batchReply(def, results, missing, 'update', startedAt)

      return reply.code(statusCode).send(body)
    })
  }
}
