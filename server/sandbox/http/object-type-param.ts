import { type ObjectTypeDef, resolveObjectType } from '../object-types.ts'
import type { SandboxContext } from './context.ts'
import { validationError } from './hubspot-error.ts'

/** The object type a path segment names, or 400 as HubSpot answers an unknown one. */
export function objectTypeParam(context: SandboxContext, segment: string,
  options: { readonly allowShortCustomName?: boolean } = {}): ObjectTypeDef {
  const store = context.store
  const def = resolveObjectType(store.objectTypes(), segment, store.portalId, options)
  if (!def) {
    throw validationError(`Unknown object type "${segment}": custom objects take their ` +
      'objectTypeId (2-...) or fully qualified name (p{portalId}_{name}).')
  }

  return def
}

const scopeNames: Readonly<Record<string, string>> = {
  contacts: 'contacts', companies: 'companies', deals: 'deals',
}

/** Scopes any one of which lets a token read records of this type. */
export function readScopes(def: ObjectTypeDef): string[] {
  if (def.name === 'tickets') return ['tickets']
  const name = scopeNames[def.name] ?? 'custom'

  return [`crm.objects.${name}.read`, `crm.objects.${name}.write`]
}

export function writeScopes(def: ObjectTypeDef): string[] {
  if (def.name === 'tickets') return ['tickets']

  return [`crm.objects.${scopeNames[def.name] ?? 'custom'}.write`]
}

/** Reading a schema works with the schema scope or the object's read scope. */
export function schemaScopes(def: ObjectTypeDef): string[] {
  const name = scopeNames[def.name] ?? 'custom'

  return [`crm.schemas.${name}.read`, ...readScopes(def)]
}
