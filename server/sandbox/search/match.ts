import type { IndexedRecord } from '../store/search-index.ts'
import type { PropertyDefinition } from '../store/types.ts'
import type { Filter } from './search-request.ts'

type Kind = 'number' | 'time' | 'multi' | 'exact' | 'text'

function kindOf(property: PropertyDefinition): Kind {
  if (property.type === 'number') return 'number'
  if (property.type === 'date' || property.type === 'datetime') return 'time'
  if (property.type === 'enumeration' && property.fieldType === 'checkbox') return 'multi'
  if (property.type === 'enumeration' || property.type === 'bool') return 'exact'

  return 'text'
}

/** Epoch ms from stored or filter values: digits, `YYYY-MM-DD` or ISO-8601. */
function toNumber(value: string, kind: Kind): number {
  if (kind === 'number') return Number(value)
  if (/^-?\d+$/.test(value.trim())) return Number(value)

  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
}

const tokens = (value: string) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)

function equals(stored: string, wanted: string, kind: Kind): boolean {
  switch (kind) {
    case 'number':
    case 'time':
      return toNumber(stored, kind) === toNumber(wanted, kind)
    case 'multi':
      return stored.split(';').includes(wanted)
    case 'exact':
      return stored === wanted
    default:
      return stored.trim().toLowerCase() === wanted.trim().toLowerCase()
  }
}

function compare(stored: string, wanted: string, kind: Kind): number {
  if (kind === 'number' || kind === 'time') return toNumber(stored, kind) - toNumber(wanted, kind)

  return stored.toLowerCase().localeCompare(wanted.toLowerCase())
}

function containsToken(stored: string, wanted: string): boolean {
  const needle = wanted.toLowerCase()
  if (needle.includes('*')) {
    const pattern = needle.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')

    return new RegExp(`^${pattern}$`).test(stored.toLowerCase()) ||
      tokens(stored).some((token) => new RegExp(`^${pattern}$`).test(token))
  }

  return stored.toLowerCase() === needle || tokens(stored).includes(needle)
}

/** Whether one indexed record passes one filter. */
export function matchesFilter(record: IndexedRecord, filter: Filter,
  property: PropertyDefinition): boolean {
  const stored = record.properties[filter.propertyName]
  const present = stored !== undefined && stored !== ''
  const kind = kindOf(property)
  const value = filter.value ?? ''
  switch (filter.operator) {
    case 'HAS_PROPERTY': return present
    case 'NOT_HAS_PROPERTY': return !present
    case 'EQ': return present && equals(stored, value, kind)
    case 'NEQ': return !present || !equals(stored, value, kind)
    case 'IN': return present && (filter.values ?? []).some((v) => equals(stored, v, kind))
    case 'NOT_IN': return !present || !(filter.values ?? []).some((v) => equals(stored, v, kind))
    case 'LT': return present && compare(stored, value, kind) < 0
    case 'LTE': return present && compare(stored, value, kind) <= 0
    case 'GT': return present && compare(stored, value, kind) > 0
    case 'GTE': return present && compare(stored, value, kind) >= 0
    case 'BETWEEN':
      return present && compare(stored, value, kind) >= 0 &&
        compare(stored, filter.highValue ?? value, kind) <= 0
    case 'CONTAINS_TOKEN': return present && containsToken(stored, value)
    case 'NOT_CONTAINS_TOKEN': return !present || !containsToken(stored, value)
  }
}

/** Free-text `query`: every word must start a word of one of the type's text properties. */
export function matchesQuery(record: IndexedRecord, query: string,
  queryProperties: readonly string[]): boolean {
  const words = tokens(query)
  if (words.length === 0) return true
  const haystack = queryProperties.flatMap((name) => tokens(record.properties[name] ?? ''))

  return words.every((word) => haystack.some((token) => token.startsWith(word)))
}

/** Orders records by one property; records without it go last, ties by id. */
export function sortRecords(records: IndexedRecord[], property: PropertyDefinition,
  descending: boolean): IndexedRecord[] {
  const kind = kindOf(property)
  const byId = (a: IndexedRecord, b: IndexedRecord) => Number(a.id) - Number(b.id)

  return records.sort((a, b) => {
    const left = a.properties[property.name]
    const right = b.properties[property.name]
    if (!left || !right) return left ? -1 : right ? 1 : byId(a, b)
    const order = compare(left, right, kind) * (descending ? -1 : 1)

    return order !== 0 ? order : byId(a, b)
  })
}
