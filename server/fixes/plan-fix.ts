import type { FixChange, FixKind } from '../../shared/card-api.ts'
import type { PropertyMeta, PropertyValues } from '../../shared/crm.ts'
import { isEmptyValue } from '../scoring/empty-values.ts'
import { createEnumValidator } from '../scoring/validity/enumeration.ts'
import { normalizeDomain, normalizeEmail, normalizePhone, normalizeWebsite }
  from './normalize.ts'

/** HubSpot takes a change only on these (sandbox-fidelity item 16). */
export function isWritable(meta: PropertyMeta): boolean {
  return !meta.readOnlyValue && !meta.calculated && !meta.archived
}

/**
 * The value a one-property fix would store, or null when it cannot fix this value.
 * Clearing answers '' (HubSpot ignores null, sandbox-fidelity item 15).
 */
export function planPropertyFix(
  kind: FixKind,
  meta: PropertyMeta,
  value: string,
  defaultCountry: string,
): string | null {
  if (!isWritable(meta)) return null
  const after = ((): string | null => {
    switch (kind) {
      case 'normalize-email': return normalizeEmail(value)
      case 'normalize-phone': return normalizePhone(value, defaultCountry)
      case 'normalize-url': return normalizeWebsite(value)
      case 'normalize-domain':
      case 'domain-from-website': return normalizeDomain(value)
      case 'clear-placeholder': return isEmptyValue(value) && value !== '' ? '' : null
      case 'enum-label-to-value': {
        const verdict = createEnumValidator(meta)(value)

        return verdict.valid ? null : verdict.fix
      }
      default: return null
    }
  })()

  return after === value ? null : after
}

/** The property a fix reads its value from, when it is not the property it writes. */
const SOURCE_OF: Partial<Record<FixKind, string>> = { 'domain-from-website': 'website' }

/**
 * The changes one property fix makes to a record: one entry, or none when the fix does not
 * apply to it (any more). `property` is the property written.
 */
export function planRecordFix(
  kind: FixKind,
  property: string,
  values: PropertyValues,
  schema: readonly PropertyMeta[],
  defaultCountry: string,
): FixChange[] {
  const meta = schema.find((candidate) => candidate.name === property)
  if (!meta) return []
  const source = SOURCE_OF[kind] ?? property
  const current = values[property]
  const input = values[source]
  if (typeof input !== 'string') return []
  if (kind === 'domain-from-website' && !isEmptyValue(current)) return []
  const after = planPropertyFix(kind, meta, input, defaultCountry)
  if (after === null) return []
  const before = typeof current === 'string' && current !== '' ? current : null

  return [{ property, label: meta.label, before, after: after === '' ? null : after }]
}
