import { validationError } from '../http/hubspot-error.ts'
import type { ObjectTypeDef } from '../object-types.ts'
import type { SandboxStore } from '../store/store.ts'

export const OPERATORS = ['EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IN', 'NOT_IN',
  'HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'CONTAINS_TOKEN', 'NOT_CONTAINS_TOKEN'] as const
export type Operator = (typeof OPERATORS)[number]

export interface Filter {
  readonly propertyName: string
  readonly operator: Operator
  readonly value?: string
  readonly values?: readonly string[]
  readonly highValue?: string
}

export interface SearchRequest {
  readonly filterGroups: readonly (readonly Filter[])[]
  readonly sort?: { readonly propertyName: string; readonly descending: boolean }
  readonly query?: string
  readonly properties?: readonly string[]
  readonly limit: number
  readonly offset: number
}

/** HubSpot's documented limits; the sandbox enforces the smaller numbers (fidelity item 7). */
export const SEARCH_LIMITS = {
  groups: 5, filtersPerGroup: 6, filters: 18, queryChars: 3000, pageSize: 200,
  results: 10_000, sorts: 1,
} as const

const scalar = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value) : undefined

function parseFilter(raw: unknown, store: SandboxStore, def: ObjectTypeDef): Filter {
  const input = (raw ?? {}) as Record<string, unknown>
  const operator = input.operator as Operator
  const propertyName = scalar(input.propertyName) ?? ''
  if (!OPERATORS.includes(operator)) {
    throw validationError(`Unknown filter operator: ${String(input.operator)}`)
  }
  if (!store.property(def.name, propertyName)) {
    throw validationError(`Property "${propertyName}" does not exist on ${def.name}.`)
  }
  const value = scalar(input.value)
  if ((operator === 'HAS_PROPERTY' || operator === 'NOT_HAS_PROPERTY') && 'value' in input) {
    // Assumed strictness: the public report does not quote HubSpot's reply (item 7).
    throw validationError(`${operator} takes no value; remove "value" from the filter on ` +
      `${propertyName}.`)
  }
  if (operator === 'IN' || operator === 'NOT_IN') {
    if (!Array.isArray(input.values) || input.values.length === 0) {
      throw validationError(`${operator} needs a non-empty "values" array.`)
    }

    return { propertyName, operator, values: input.values.map((v) => scalar(v) ?? '') }
  }
  if (operator === 'HAS_PROPERTY' || operator === 'NOT_HAS_PROPERTY') {
    return { propertyName, operator }
  }
  if (value === undefined) throw validationError(`${operator} needs a "value".`)
  const highValue = scalar(input.highValue)
  if (operator === 'BETWEEN' && highValue === undefined) {
    throw validationError('BETWEEN needs a "highValue".')
  }

  return { propertyName, operator, value, ...(highValue !== undefined && { highValue }) }
}

function parseSort(raw: unknown): SearchRequest['sort'] {
  if (typeof raw === 'string') {
    const descending = raw.startsWith('-')

    return { propertyName: descending ? raw.slice(1) : raw, descending }
  }
  const input = (raw ?? {}) as { propertyName?: unknown; direction?: unknown }

  return { propertyName: String(input.propertyName ?? 'hs_object_id'),
    descending: input.direction === 'DESCENDING' }
}

/** Validates a search body against the limits HubSpot documents. */
export function parseSearchRequest(body: unknown, store: SandboxStore,
  def: ObjectTypeDef): SearchRequest {
  const input = (body ?? {}) as Record<string, unknown>
  const groups = Array.isArray(input.filterGroups) ? input.filterGroups : []
  if (groups.length > SEARCH_LIMITS.groups) {
    throw validationError(`A search takes at most ${SEARCH_LIMITS.groups} filterGroups.`)
  }
  const filterGroups = groups.map((group: { filters?: unknown }) => {
    const filters = Array.isArray(group?.filters) ? group.filters : []
    if (filters.length > SEARCH_LIMITS.filtersPerGroup) {
      throw validationError(`A filterGroup takes at most ${SEARCH_LIMITS.filtersPerGroup} ` +
        'filters.')
    }

    return filters.map((filter: unknown) => parseFilter(filter, store, def))
  })
  if (filterGroups.flat().length > SEARCH_LIMITS.filters) {
    throw validationError(`A search takes at most ${SEARCH_LIMITS.filters} filters in all.`)
  }
  const query = input.query === undefined ? undefined : String(input.query)
  if (query !== undefined && query.length > SEARCH_LIMITS.queryChars) {
    throw validationError(`query is longer than ${SEARCH_LIMITS.queryChars} characters.`)
  }
  const sorts = Array.isArray(input.sorts) ? input.sorts : []
  if (sorts.length > SEARCH_LIMITS.sorts) throw validationError('A search takes one sort.')
  const limit = input.limit === undefined ? 10 : Number(input.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMITS.pageSize) {
    throw validationError(`limit must be between 1 and ${SEARCH_LIMITS.pageSize}.`)
  }
  const offset = input.after === undefined || input.after === '' ? 0 : Number(input.after)
  if (!Number.isInteger(offset) || offset < 0) {
    throw validationError(`Invalid paging cursor: ${String(input.after)}`)
  }
  if (offset + limit > SEARCH_LIMITS.results) {
    // Search pages stop at 10,000 results even when `total` is larger (fidelity item 4).
    throw validationError(`Search results are capped at ${SEARCH_LIMITS.results}: after ` +
      `(${offset}) plus limit (${limit}) must not exceed it. Narrow the filters instead.`)
  }
  const properties = Array.isArray(input.properties)
    ? input.properties.map((name) => String(name)) : undefined

  return {
    filterGroups, limit, offset,
    ...(sorts.length === 1 && { sort: parseSort(sorts[0]) }),
    ...(query !== undefined && { query }),
    ...(properties && { properties }),
  }
}
