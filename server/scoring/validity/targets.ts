import type { PropertyMeta } from '../../../shared/crm.ts'

/** Which validity rule a property gets. */
export type ValidityKind =
  | 'email'
  | 'phone'
  | 'website'
  | 'domain'
  | 'date'
  | 'enumeration'
  | 'external'

export interface ValidityTarget {
  readonly meta: PropertyMeta
  readonly kind: ValidityKind
}

function kindOf(meta: PropertyMeta): ValidityKind | null {
  if (meta.name === 'email') return 'email'
  if (meta.name === 'domain') return 'domain'
  if (meta.name === 'website') return 'website'
  // Checked before the type: dealstage, owners and currencies are enumerations whose
  // options live elsewhere, and must never be judged against their empty option list.
  if (meta.externalOptions) return 'external'
  if (meta.type === 'enumeration' || meta.type === 'bool') {
    // An enumeration without options (and not external) has no rule to check against.
    return meta.options.length > 0 || meta.type === 'bool' ? 'enumeration' : null
  }
  if (meta.type === 'date' || meta.type === 'datetime') return 'date'
  if (meta.type === 'phone_number' || meta.fieldType === 'phonenumber') return 'phone'

  return null
}

/**
 * HubSpot fills its own read-only, calculated and hidden properties itself; a bad value
 * there is not the customer's to fix, so validity leaves them out.
 */
function isHubSpotManaged(meta: PropertyMeta): boolean {
  return meta.hubspotDefined && (meta.readOnlyValue || meta.calculated || meta.hidden)
}

/** The properties of a schema that get a validity check, in schema order. */
export function validityTargets(properties: Iterable<PropertyMeta>): ValidityTarget[] {
  const targets: ValidityTarget[] = []
  for (const meta of properties) {
    if (meta.archived || isHubSpotManaged(meta)) continue

    const kind = kindOf(meta)
    if (kind !== null) targets.push({ meta, kind })
  }

  return targets
}
