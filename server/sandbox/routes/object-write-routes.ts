import type { FastifyInstance } from 'fastify'

import { requireScope } from '../http/api-guard.ts'
import type { SandboxContext } from '../http/context.ts'
import { hubspotError, notFound, validationError } from '../http/hubspot-error.ts'
import { writeScopes } from '../http/object-type-param.ts'
import type { ObjectTypeDef } from '../object-types.ts'
import { inverseOf, typeById } from '../store/association-types.ts'
import type { SandboxStore } from '../store/store.ts'
import type { AssociationType } from '../store/types.ts'
import { renderRecord } from '../values/render.ts'
import { validateProperties } from '../values/validate.ts'
import { findRecord, OBJECT_BASES, propertiesOf, propertyProblemsError, type Query, typeOf }
  from './object-paths.ts'

/**
 * Email is a contact's unique key: a second contact with the same address is a 409 whose
 * existing id sits only inside the message text (fidelity item 6).
 */
export function assertEmailFree(store: SandboxStore, def: ObjectTypeDef,
  changes: Readonly<Record<string, string>>, selfId?: string): void {
  const email = changes.email
  if (def.name !== 'contacts' || !email) return
  const existing = store.findByProperty('contacts', 'email', email)
    .find((record) => record.id !== selfId)
  if (existing) {
    throw hubspotError(409, 'CONFLICT', `Contact already exists. Existing ID: ${existing.id}`)
  }
}

interface AssociationInput {
  readonly to?: { readonly id?: unknown }
  readonly types?: readonly { readonly associationCategory?: unknown;
    readonly associationTypeId?: unknown }[]
}

interface PlannedEdge {
  readonly toType: string
  readonly toId: string
  readonly type: AssociationType
  readonly inverse?: AssociationType
}

/**
 * Associations given on create need a category and a type id each (fidelity item 21).
 * Checked before the record exists, so a bad association creates nothing.
 */
function planAssociations(store: SandboxStore, def: ObjectTypeDef,
  inputs: readonly AssociationInput[]): PlannedEdge[] {
  return inputs.flatMap((input) => {
    const types = input.types ?? []
    if (types.length === 0) {
      throw validationError('associationCategory and associationTypeId are required for ' +
        'each association type.')
    }

    return types.map((type) => {
      const found = typeById(def.name, String(type.associationCategory),
        Number(type.associationTypeId))
      if (!found) {
        throw validationError(`${String(type.associationCategory)} association type ` +
          `${String(type.associationTypeId)} does not exist from ${def.name}.`)
      }
      const target = store.find(found.toType, String(input.to?.id ?? ''))
      if (!target || target.archived) {
        throw notFound(`No ${found.toType} record ${String(input.to?.id)}`)
      }
      const inverse = inverseOf(def.name, found.toType, found.type)

      return { toType: found.toType, toId: target.id, type: found.type,
        ...(inverse && { inverse }) }
    })
  })
}

/** Create and update by id (fidelity items 6, 12, 14, 15, 16). */
export async function objectWriteRoutes(app: FastifyInstance,
  options: { context: SandboxContext }) {
  const { store } = options.context

  for (const base of OBJECT_BASES) {
    app.post(`${base}/:objectType`, async (request, reply) => {
      const def = typeOf(options.context, request)
      requireScope(request, writeScopes(def))
      const { changes, problems } = validateProperties(store, def, propertiesOf(request.body))
      if (problems.length > 0) throw propertyProblemsError(problems)
      assertEmailFree(store, def, changes)
      const inputs = (request.body as { associations?: AssociationInput[] }).associations
      const edges = planAssociations(store, def, Array.isArray(inputs) ? inputs : [])
      const record = store.insert(def.name, changes)
      for (const edge of edges) {
        store.associate(def.name, record.id, edge.toType, edge.toId, [edge.type],
          edge.inverse ? [edge.inverse] : [])
      }

      return reply.code(201).send(renderRecord(record, 'all'))
    })

    app.patch<{ Params: { objectId: string }; Querystring: Query }>(
      `${base}/:objectType/:objectId`, async (request) => {
        const def = typeOf(options.context, request)
        requireScope(request, writeScopes(def))
        const idProperty = request.query.idProperty
        const record = findRecord(store, def, request.params.objectId,
          typeof idProperty === 'string' ? idProperty : undefined)
        if (!record || record.archived) throw notFound()
        const input = propertiesOf(request.body)
        const { changes, problems } = validateProperties(store, def, input, record)
        if (problems.length > 0) throw propertyProblemsError(problems)
        assertEmailFree(store, def, changes, record.id)
        const updated = Object.keys(changes).length > 0
          ? store.update(def.name, record.id, changes) : record

        return renderRecord(updated, 'all')
      })
  }
}
