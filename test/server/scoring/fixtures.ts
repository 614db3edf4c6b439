import type {
  CrmRecord,
  ObjectType,
  PropertyMeta,
  PropertyValues,
} from '../../../shared/crm.ts'
import { createObjectContext, type ObjectContext } from '../../../server/scoring/object-context.ts'

/** A custom, writable string property unless overridden. */
export function property(name: string, overrides: Partial<PropertyMeta> = {}): PropertyMeta {
  return {
    name,
    label: name,
    type: 'string',
    fieldType: 'text',
    groupName: 'info',
    description: '',
    options: [],
    externalOptions: false,
    hidden: false,
    calculated: false,
    readOnlyValue: false,
    hubspotDefined: false,
    archived: false,
    hasUniqueValue: false,
    ...overrides,
  }
}

let nextId = 1

export function record(
  properties: PropertyValues,
  associations?: CrmRecord['associations'],
  id = String(nextId++),
): CrmRecord {
  return associations === undefined ? { id, properties } : { id, properties, associations }
}

export const NOW = new Date('2026-03-15T12:00:00.000Z')

/** A context over every record of the object (no sampling) unless `total` is larger. */
export function context(
  type: ObjectType,
  records: readonly CrmRecord[],
  properties: readonly PropertyMeta[],
  total = records.length,
): ObjectContext {
  return createObjectContext(type, records, total, properties, NOW)
}

/** The id of each check with its `[affected, sampleSize]`, for compact assertions. */
export function counts(
  results: readonly { id: string; affected: number; sampleSize: number }[],
): Record<string, [number, number]> {
  return Object.fromEntries(results.map((r) => [r.id, [r.affected, r.sampleSize]]))
}
