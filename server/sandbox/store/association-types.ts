import type { AssociationType } from './types.ts'

/**
 * HubSpot-defined association type ids between the standard objects, with the v3 type names,
 * and the portal's own (USER_DEFINED) labels. Pairs are `from|to`.
 */
interface PairTypes {
  readonly unlabeled: number
  readonly primary?: number
}

const pairs: Readonly<Record<string, PairTypes>> = {
  'contacts|companies': { primary: 1, unlabeled: 279 },
  'companies|contacts': { primary: 2, unlabeled: 280 },
  'deals|contacts': { unlabeled: 3 },
  'contacts|deals': { unlabeled: 4 },
  'deals|companies': { primary: 5, unlabeled: 341 },
  'companies|deals': { primary: 6, unlabeled: 342 },
  'contacts|tickets': { unlabeled: 15 },
  'tickets|contacts': { unlabeled: 16 },
  'companies|tickets': { primary: 25, unlabeled: 340 },
  'tickets|companies': { primary: 26, unlabeled: 339 },
  'deals|tickets': { unlabeled: 27 },
  'tickets|deals': { unlabeled: 28 },
}

/** The portal's custom labels, both directions, ids as a portal would get them. */
export const USER_LABELS = {
  siteDirector: { fromContact: 9, fromCompany: 10, label: 'Site director' },
  executiveDirector: { fromContact: 11, fromCompany: 12, label: 'Executive director' },
} as const

const singular = (type: string) => type.replace(/ies$/, 'y').replace(/s$/, '')

/** The types an association carries from each side: unlabeled always, primary optionally. */
export function hubspotTypes(fromType: string, toType: string, primary: boolean): {
  readonly forward: AssociationType[]
  readonly inverse: AssociationType[]
} {
  const forward = pairs[`${fromType}|${toType}`]
  const inverse = pairs[`${toType}|${fromType}`]
  if (!forward || !inverse) throw new TypeError(`no association from ${fromType} to ${toType}`)
  const build = (types: PairTypes, withPrimary: boolean): AssociationType[] => {
    const list: AssociationType[] = [
      { category: 'HUBSPOT_DEFINED', typeId: types.unlabeled, label: null },
    ]
    if (withPrimary && types.primary !== undefined) {
      list.unshift({ category: 'HUBSPOT_DEFINED', typeId: types.primary, label: 'Primary' })
    }

    return list
  }

  return { forward: build(forward, primary), inverse: build(inverse, primary) }
}

/**
 * Every type defined from one object to another, as the v4 labels endpoint lists them:
 * HubSpot's own (label null when unlabelled) first, then the portal's USER_DEFINED labels.
 */
export function typesBetween(fromType: string, toType: string): AssociationType[] {
  const types = pairs[`${fromType}|${toType}`]
  if (!types) return []
  const list: AssociationType[] = []
  if (types.primary !== undefined) {
    list.push({ category: 'HUBSPOT_DEFINED', typeId: types.primary, label: 'Primary' })
  }
  list.push({ category: 'HUBSPOT_DEFINED', typeId: types.unlabeled, label: null })
  for (const label of Object.values(USER_LABELS)) {
    const typeId = fromType === 'contacts' && toType === 'companies' ? label.fromContact
      : fromType === 'companies' && toType === 'contacts' ? label.fromCompany : undefined
    if (typeId !== undefined) list.push({ category: 'USER_DEFINED', typeId, label: label.label })
  }

  return list
}

/** The v3 name of a HubSpot-defined type (`contact_to_company_unlabeled`), or undefined. */
export function v3TypeName(fromType: string, toType: string, typeId: number): string | undefined {
  const types = pairs[`${fromType}|${toType}`]
  if (!types) return undefined
  const base = `${singular(fromType)}_to_${singular(toType)}`
  if (typeId === types.primary) return base
  if (typeId !== types.unlabeled) return undefined

  return types.primary === undefined ? base : `${base}_unlabeled`
}

/**
 * The target type and definition of an association type id seen from `fromType`, for writes
 * that name only `{associationCategory, associationTypeId}`.
 */
export function typeById(fromType: string, category: string, typeId: number):
  { readonly toType: string; readonly type: AssociationType } | undefined {
  if (category === 'HUBSPOT_DEFINED') {
    for (const [key, types] of Object.entries(pairs)) {
      const [from = '', to = ''] = key.split('|')
      if (from !== fromType) continue
      if (types.primary === typeId) {
        return { toType: to, type: { category, typeId, label: 'Primary' } }
      }
      if (types.unlabeled === typeId) return { toType: to, type: { category, typeId, label: null } }
    }

    return undefined
  }
  if (category !== 'USER_DEFINED') return undefined
  for (const label of Object.values(USER_LABELS)) {
    if (fromType === 'contacts' && label.fromContact === typeId) {
      return { toType: 'companies', type: { category, typeId, label: label.label } }
    }
    if (fromType === 'companies' && label.fromCompany === typeId) {
      return { toType: 'contacts', type: { category, typeId, label: label.label } }
    }
  }

  return undefined
}

/** The type the other side of an association holds for `type`. */
export function inverseOf(fromType: string, toType: string, type: AssociationType):
  AssociationType | undefined {
  if (type.category === 'USER_DEFINED') {
    const label = Object.values(USER_LABELS).find((candidate) =>
      candidate.fromContact === type.typeId || candidate.fromCompany === type.typeId)
    if (!label) return undefined
    const typeId = fromType === 'contacts' ? label.fromCompany : label.fromContact

    return { category: 'USER_DEFINED', typeId, label: label.label }
  }
  const back = pairs[`${toType}|${fromType}`]
  const forward = pairs[`${fromType}|${toType}`]
  if (!back || !forward) return undefined
  if (type.typeId === forward.primary && back.primary !== undefined) {
    return { category: 'HUBSPOT_DEFINED', typeId: back.primary, label: 'Primary' }
  }

  return { category: 'HUBSPOT_DEFINED', typeId: back.unlabeled, label: null }
}
