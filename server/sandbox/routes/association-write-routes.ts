import type { FastifyInstance } from 'fastify'

import { requireScope } from '../http/api-guard.ts'
import type { SandboxContext } from '../http/context.ts'
import { notFound, validationError } from '../http/hubspot-error.ts'
import { objectTypeParam, readScopes, writeScopes } from '../http/object-type-param.ts'
import type { ObjectTypeDef } from '../object-types.ts'
import { inverseOf, typeById, typesBetween } from '../store/association-types.ts'
import type { AssociationType } from '../store/types.ts'

type PairParams = { fromObjectType: string; toObjectType: string }
type EdgeParams = { objectType: string; objectId: string; toObjectType: string;
  toObjectId: string }

const required = () => validationError('associationCategory and associationTypeId are ' +
  'required for each association type, as [{associationCategory, associationTypeId}].')

/** An integer type id; JSON numbers and digit strings only, never a v3 type name. */
function typeIdOf(raw: unknown): number | undefined {
  const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw

  return typeof id === 'number' && Number.isInteger(id) ? id : undefined
}

/**
 * The types a create names, each defined from `from` to `to` under the category given
 * (fidelity item 21): a type name, a missing field or a HUBSPOT_DEFINED category on a
 * custom label is a 400.
 */
function typesOf(body: unknown, from: ObjectTypeDef, to: ObjectTypeDef): AssociationType[] {
  if (!Array.isArray(body) || body.length === 0) throw required()

  return body.map((item: { associationCategory?: unknown; associationTypeId?: unknown }) => {
    const category = item?.associationCategory
    const typeId = typeIdOf(item?.associationTypeId)
    if (typeof category !== 'string' || typeId === undefined) throw required()
    const found = typeById(from.name, category, typeId)
    if (!found || found.toType !== to.name) {
      throw validationError(`${category} association type ${typeId} is not defined from ` +
        `${from.name} to ${to.name}.`)
    }

    return found.type
  })
}

/** Association labels and creating one association: v4 paths and their 2026-03 twins. */
export async function associationWriteRoutes(app: FastifyInstance,
  options: { context: SandboxContext }) {
  const { context } = options
  const { store } = context

  for (const base of ['/crm/v4/associations', '/crm/associations/2026-03']) {
    app.get<{ Params: PairParams }>(`${base}/:fromObjectType/:toObjectType/labels`,
      async (request) => {
        const from = objectTypeParam(context, request.params.fromObjectType)
        const to = objectTypeParam(context, request.params.toObjectType)
        requireScope(request, readScopes(from))

        return { results: typesBetween(from.name, to.name).map((type) =>
          ({ category: type.category, typeId: type.typeId, label: type.label })) }
      })
  }

  for (const base of ['/crm/v4/objects', '/crm/objects/2026-03']) {
    app.put<{ Params: EdgeParams }>(
      `${base}/:objectType/:objectId/associations/:toObjectType/:toObjectId`,
      async (request, reply) => {
        const { params } = request
        const from = objectTypeParam(context, params.objectType)
        const to = objectTypeParam(context, params.toObjectType)
        requireScope(request, writeScopes(from))
        const types = typesOf(request.body, from, to)
        const source = store.find(from.name, params.objectId)
        const target = store.find(to.name, params.toObjectId)
        if (!source || source.archived) {
          throw notFound(`No ${from.singular.toLowerCase()} with id ${params.objectId}.`)
        }
        if (!target || target.archived) {
          throw notFound(`No ${to.singular.toLowerCase()} with id ${params.toObjectId}.`)
        }
        const inverse = types.flatMap((type) => inverseOf(from.name, to.name, type) ?? [])
        store.associate(from.name, source.id, to.name, target.id, types, inverse)

        return reply.code(201).send({
          fromObjectTypeId: from.objectTypeId, fromObjectId: Number(source.id),
          toObjectTypeId: to.objectTypeId, toObjectId: Number(target.id),
          labels: types.flatMap((type) => type.label ?? []),
        })
      })
  }
}
