import type { FastifyRequest } from 'fastify'

import type { ObjectTypeDef } from '../object-types.ts'
import type { SandboxContext } from '../http/context.ts'
import { validationError } from '../http/hubspot-error.ts'
import { objectTypeParam } from '../http/object-type-param.ts'
import type { SandboxStore } from '../store/store.ts'
import type { SandboxRecord } from '../store/types.ts'
import type { PropertyProblem } from '../values/validate.ts'

/** The v3 objects prefix and its 2026-03 twin; every object route is served under both. */
export const OBJECT_BASES = ['/crm/v3/objects', '/crm/objects/2026-03'] as const

export type Query = Readonly<Record<string, string | string[] | undefined>>

export const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`

/** A query integer in [1, max], or the default when absent; 400 otherwise. */
export function limitParam(raw: unknown, fallback: number, max: number): number {
  if (raw === undefined) return fallback
  const limit = Number(raw)
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw validationError(`limit must be an integer between 1 and ${max}`)
  }

  return limit
}

export function typeOf(context: SandboxContext, request: FastifyRequest): ObjectTypeDef {
  const params = request.params as { objectType?: string }

  return objectTypeParam(context, params.objectType ?? '')
}

/**
 * HubSpot's VALIDATION_ERROR for bad property values: the per-property results embedded in
 * the message as JSON, and the same again in `errors[]` (fidelity item 12).
 */
export function propertyProblemsError(problems: readonly PropertyProblem[]) {
  const results = problems.map((problem) => ({
    isValid: false, message: problem.message, error: problem.error, name: problem.name,
    localizedErrorMessage: problem.message,
    ...(problem.value !== undefined && { propertyValue: problem.value }),
  }))

  return validationError(`Property values were not valid: ${JSON.stringify(results)}`, {
    errors: problems.map((problem) => ({ message: problem.message, code: problem.error,
      context: { propertyName: [problem.name] } })),
  })
}

/** Finds a record by id or by a unique property named in `idProperty`. */
export function findRecord(store: SandboxStore, def: ObjectTypeDef, id: string,
  idProperty: string | undefined): SandboxRecord | undefined {
  if (idProperty === undefined || idProperty === 'hs_object_id') return store.find(def.name, id)
  const property = store.property(def.name, idProperty)
  const unique = property?.hasUniqueValue || (def.name === 'contacts' && idProperty === 'email')
  if (!unique) throw validationError(`${idProperty} is not a unique property of ${def.name}`)

  return store.findByProperty(def.name, idProperty, id)[0]
}

/** The body of a write must be an object holding a `properties` object. */
export function propertiesOf(body: unknown): Readonly<Record<string, unknown>> {
  const properties = (body as { properties?: unknown } | null)?.properties
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    throw validationError('The request body must hold a "properties" object.')
  }

  return properties as Record<string, unknown>
}
