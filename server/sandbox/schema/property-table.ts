import type { PropertyDefinition, PropertyKind, PropertyOptionDef } from '../store/types.ts'

/**
 * Property schemas are written as compact tables, one property a line:
 *
 *   name|label|type|fieldType|groupName|flags|options
 *
 * type `enum` stands for `enumeration`.
 * flags: h hidden, r readOnlyValue, c calculated (also read-only), x externalOptions,
 * u hasUniqueValue, n custom (not hubspotDefined), a archived.
 * options: a key of the option sets passed in, or inline `value=Label;value=Label`.
 * groupName may be a short alias from GROUP_ALIASES, to keep the tables narrow.
 */
export type OptionSets = Readonly<Record<string, readonly PropertyOptionDef[]>>

const DEFAULT_CREATED_AT = '2019-08-06T02:41:52.162Z'
const CUSTOM_CREATED_AT = '2023-02-14T16:05:11.418Z'
const GROUP_ALIASES: Readonly<Record<string, string>> = {
  info: 'companyinformation', social: 'social_media_information', activity: 'company_activity',
  analytics: 'analyticsinformation', conversion: 'conversioninformation',
  deal: 'deal_information', target: 'target_account_information',
  intent: 'intent_information', sales: 'sales_properties', contact: 'contactinformation',
  contact_activity: 'contact_activity', email: 'emailinformation', dealinfo: 'dealinformation',
  ticket: 'ticketinformation',
}

const kinds = new Set<string>(['bool', 'date', 'datetime', 'enumeration', 'number',
  'phone_number', 'string', 'object_coordinates'])

export function options(pairs: readonly (readonly [string, string])[]): PropertyOptionDef[] {
  return pairs.map(([value, label], displayOrder) => ({ label, value, displayOrder,
    hidden: false }))
}

export const BOOL_OPTIONS = options([['true', 'True'], ['false', 'False']])

function parseOptions(spec: string, sets: OptionSets, type: string): PropertyOptionDef[] {
  if (type === 'bool') return [...BOOL_OPTIONS]
  if (spec === '') return []
  const set = sets[spec]
  if (set) return [...set]
  if (!spec.includes('=')) throw new TypeError(`unknown option set "${spec}"`)

  return options(spec.split(';').map((pair) => {
    const [value = '', label = value] = pair.split('=')

    return [value, label] as const
  }))
}

function parseLine(line: string, sets: OptionSets, order: number): PropertyDefinition {
  const cells = line.split('|').map((cell) => cell.trim())
  const [name = '', label = '', rawType = '', fieldType = '', group = '', flags = '',
    optionSpec = ''] = cells
  const groupName = GROUP_ALIASES[group] ?? group
  const type = rawType === 'enum' ? 'enumeration' : rawType
  if (!name || !kinds.has(type)) throw new TypeError(`bad property line: ${line}`)
  const has = (flag: string) => flags.includes(flag)
  const custom = has('n')
  const calculated = has('c')
  const readOnlyValue = calculated || has('r')
  const hidden = has('h')
  const createdAt = custom ? CUSTOM_CREATED_AT : DEFAULT_CREATED_AT
  const base: PropertyDefinition = {
    name, label, type: type as PropertyKind, fieldType, groupName, description: '',
    options: parseOptions(optionSpec, sets, type),
    displayOrder: hidden || readOnlyValue ? -1 : order,
    hidden, calculated, externalOptions: has('x'), hasUniqueValue: has('u'),
    hubspotDefined: !custom, archived: has('a'),
    formField: !hidden && !readOnlyValue && !has('a'),
    readOnlyValue, readOnlyDefinition: !custom, archivable: custom,
    createdAt, updatedAt: createdAt,
  }
  const extra: Partial<Mutable<PropertyDefinition>> = {}
  if (name.endsWith('owner_id') || name === 'hs_all_owner_ids') {
    extra.referencedObjectType = 'OWNER'
  }
  if (type === 'number' && /amount|revenue|value|raised/.test(name)) {
    extra.showCurrencySymbol = true
  }
  if (base.archived) extra.archivedAt = '2024-05-02T09:14:27.301Z'

  return { ...base, ...extra }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Parses a property table; blank lines and lines starting with `#` are skipped. */
export function propertyTable(table: string, sets: OptionSets = {}): PropertyDefinition[] {
  const lines = table.split('\n').map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))

  return lines.map((line, index) => parseLine(line, sets, index))
}
