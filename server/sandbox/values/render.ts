import type { ObjectTypeDef } from '../object-types.ts'
import { v3TypeName } from '../store/association-types.ts'
import type { SandboxStore } from '../store/store.ts'

/** Anything with the fields a record reply needs (a live record or a search snapshot). */
export interface RecordLike {
  readonly id: string
  readonly properties: Readonly<Record<string, string>>
  readonly createdAtMs: number
  readonly updatedAtMs: number
  readonly archived?: boolean
  readonly archivedAtMs?: number
}

/**
 * Which properties a reply carries (fidelity item 2): the type's defaults unless names are
 * given; names that are not properties of the type are dropped without an error.
 */
export function selectProperties(store: SandboxStore, def: ObjectTypeDef,
  requested: readonly string[] | undefined): string[] {
  if (!requested || requested.length === 0) return [...def.defaultProperties]
  const names = new Set<string>()
  for (const name of requested) {
    if (store.property(def.name, name)) names.add(name)
  }

  return [...names]
}

/** Splits `a,b` and repeated query keys into one list. */
export function listParam(value: unknown): string[] | undefined {
  if (value === undefined) return undefined
  const parts = (Array.isArray(value) ? value : [value]).flatMap((item) =>
    typeof item === 'string' ? item.split(',') : [])

  return parts.map((part) => part.trim()).filter(Boolean)
}

/**
 * How an unset property shows: `null` in reads and search, left out of batch reads. With the
 * '' a cleared property keeps, callers meet all three forms of "empty" (fidelity item 1).
 */
export type EmptyStyle = 'null' | 'omit'

export function renderRecord(record: RecordLike, names: readonly string[] | 'all',
  empty: EmptyStyle = 'null'): Record<string, unknown> {
  const properties: Record<string, string | null> = {}
  const keys = names === 'all' ? Object.keys(record.properties) : names
  for (const name of [...keys].sort()) {
    const value = record.properties[name]
    if (value !== undefined) properties[name] = value
    else if (empty === 'null') properties[name] = null
  }

  return {
    id: record.id,
    properties,
    createdAt: new Date(record.createdAtMs).toISOString(),
    updatedAt: new Date(record.updatedAtMs).toISOString(),
    archived: record.archived ?? false,
    ...(record.archivedAtMs !== undefined && {
      archivedAt: new Date(record.archivedAtMs).toISOString() }),
  }
}

const V3_ASSOCIATION_CAP = 100

/**
 * The v3 `associations` block of a record read: per type at most 100 results with a paging
 * link the caller cannot follow in a batch (fidelity item 20). v3 shows only HubSpot's own
 * type names, one entry per type.
 */
export function renderV3Associations(store: SandboxStore, def: ObjectTypeDef, id: string,
  toTypes: readonly ObjectTypeDef[], baseUrl: string): Record<string, unknown> | undefined {
  const block: Record<string, unknown> = {}
  for (const toType of toTypes) {
    const edges = store.associations(def.name, id, toType.name)
    if (edges.length === 0) continue
    const results = edges.slice(0, V3_ASSOCIATION_CAP).flatMap((edge) =>
      edge.types.flatMap((type) => {
        const name = type.category === 'HUBSPOT_DEFINED'
          ? v3TypeName(def.name, toType.name, type.typeId) : undefined

        return name ? [{ id: edge.toObjectId, type: name }] : []
      }))
    const next = edges[V3_ASSOCIATION_CAP]
    block[toType.name] = {
      results,
      ...(next && { paging: { next: { after: next.toObjectId,
        link: `${baseUrl}/crm/v3/objects/${def.name}/${id}/associations/${toType.name}` +
          `?after=${next.toObjectId}` } } }),
    }
  }

  return Object.keys(block).length > 0 ? block : undefined
}
