/** The object types the sandbox portal knows, and how a path segment names one. */

export interface ObjectTypeDef {
  /** Canonical name the store uses: `contacts`, `companies`, ..., or `p{portal}_brand`. */
  readonly name: string
  readonly objectTypeId: string
  /** Upper-case singular, as HubSpot writes it in error messages. */
  readonly singular: string
  /** Properties a read returns when the caller names none (fidelity item 2). */
  readonly defaultProperties: readonly string[]
  /** Properties the search `query` text matches. */
  readonly queryProperties: readonly string[]
  readonly lastModifiedProperty: string
  readonly custom: boolean
  /** First record id of this type; ids grow from there. */
  readonly idBase: number
}

const standard: readonly ObjectTypeDef[] = [
  {
    name: 'contacts', objectTypeId: '0-1', singular: 'CONTACT', custom: false,
    defaultProperties: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate',
      'lastname'],
    queryProperties: ['firstname', 'lastname', 'email', 'phone', 'company', 'mobilephone'],
    lastModifiedProperty: 'lastmodifieddate', idBase: 12_000_000_001,
  },
  {
    name: 'companies', objectTypeId: '0-2', singular: 'COMPANY', custom: false,
    defaultProperties: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
    queryProperties: ['name', 'domain', 'website', 'phone'],
    lastModifiedProperty: 'hs_lastmodifieddate', idBase: 18_000_000_001,
  },
  {
    name: 'deals', objectTypeId: '0-3', singular: 'DEAL', custom: false,
    defaultProperties: ['amount', 'closedate', 'createdate', 'dealname', 'dealstage',
      'hs_lastmodifieddate', 'hs_object_id', 'pipeline'],
    queryProperties: ['dealname', 'description'],
    lastModifiedProperty: 'hs_lastmodifieddate', idBase: 24_000_000_001,
  },
  {
    name: 'tickets', objectTypeId: '0-5', singular: 'TICKET', custom: false,
    defaultProperties: ['content', 'createdate', 'hs_lastmodifieddate', 'hs_object_id',
      'hs_pipeline', 'hs_pipeline_stage', 'hs_ticket_category', 'hs_ticket_priority', 'subject'],
    queryProperties: ['subject', 'content'],
    lastModifiedProperty: 'hs_lastmodifieddate', idBase: 30_000_000_001,
  },
]

/** The one custom object of the demo portal, reachable only by id or qualified name. */
export const BRAND_OBJECT_TYPE_ID = '2-41372650'

export function objectTypesFor(portalId: number): readonly ObjectTypeDef[] {
  const brand: ObjectTypeDef = {
    name: `p${portalId}_brand`, objectTypeId: BRAND_OBJECT_TYPE_ID, singular: 'BRAND',
    custom: true, defaultProperties: ['brand_name', 'createdate', 'hs_lastmodifieddate',
      'hs_object_id'],
    queryProperties: ['brand_name'], lastModifiedProperty: 'hs_lastmodifieddate',
    idBase: 36_000_000_001,
  }

  return [...standard, brand]
}

const singularAliases: Readonly<Record<string, string>> = {
  contact: 'contacts', company: 'companies', deal: 'deals', ticket: 'tickets',
}

/**
 * Resolves a path segment to a type. Custom objects answer only to their objectTypeId or
 * fully qualified name since 2025-04-29 (fidelity item 23); `p_{name}` works where HubSpot
 * allows it (the properties API).
 */
export function resolveObjectType(
  types: readonly ObjectTypeDef[],
  segment: string,
  portalId: number,
  options: { readonly allowShortCustomName?: boolean } = {},
): ObjectTypeDef | undefined {
  const raw = segment.toLowerCase()
  const name = singularAliases[raw] ?? raw
  const byName = types.find((type) => type.objectTypeId === raw || type.name === name)
  if (byName) return byName
  if (!options.allowShortCustomName || !raw.startsWith('p_')) return undefined

  return types.find((type) => type.custom && type.name === `p${portalId}_${raw.slice(2)}`)
}
