import type { ObjectTypeDef } from '../object-types.ts'
import { AssociationGraph } from './associations.ts'
import { type IndexedRecord, SearchIndex } from './search-index.ts'
import type {
  AssociationEdge, AssociationType, OwnerDef, PipelineDef, PropertyDefinition, SandboxRecord,
  SeedDefect,
} from './types.ts'

export interface StoreOptions {
  readonly portalId: number
  readonly objectTypes: readonly ObjectTypeDef[]
  readonly properties: ReadonlyMap<string, readonly PropertyDefinition[]>
  readonly pipelines: ReadonlyMap<string, readonly PipelineDef[]>
  readonly owners: readonly OwnerDef[]
  readonly now: () => number
  readonly searchLagMs: number
}

interface TypeState {
  readonly def: ObjectTypeDef
  readonly records: Map<string, SandboxRecord>
  /** Every id ever issued, ascending: ids only grow, so appending keeps the order. */
  readonly order: string[]
  readonly aliases: Map<string, string>
  issued: number
}

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * The portal's data. Tests read it for ground truth; the HTTP layer reads and writes it.
 * Records keep HubSpot's string values; an unset property has no key, a cleared one holds ''.
 * Reads hand out the live record objects: treat them as read-only and copy what must not
 * change under a later write.
 *
 * Reading: `records(type)` (live records in id order), `get`/`find` (by id; `find` follows
 * merge aliases), `resolveId`, `count`, `properties(type)`, `pipelines(type)`, `owners()`,
 * `associations(from, id, to)`, `defects` (the curated seed defects).
 */
export class SandboxStore {
  readonly portalId: number
  readonly searchIndex: SearchIndex
  readonly #types = new Map<string, TypeState>()
  readonly #graph = new AssociationGraph()
  readonly #options: StoreOptions
  readonly #defects: SeedDefect[] = []

  constructor(options: StoreOptions) {
    this.portalId = options.portalId
    this.#options = options
    this.searchIndex = new SearchIndex(options.now, options.searchLagMs)
    for (const def of options.objectTypes) {
      this.#types.set(def.name, { def, records: new Map(), order: [], aliases: new Map(),
        issued: 0 })
    }
  }

  objectTypes(): readonly ObjectTypeDef[] {
    return this.#options.objectTypes
  }

  /** A type by canonical name (`contacts`) or objectTypeId (`0-1`). */
  objectType(nameOrId: string): ObjectTypeDef | undefined {
    return this.#options.objectTypes.find((def) =>
      def.name === nameOrId || def.objectTypeId === nameOrId)
  }

  /** Live property definitions, or only archived ones when asked (as the API does). */
  properties(type: string, options: { readonly archived?: boolean } = {}):
    readonly PropertyDefinition[] {
    const all = this.#options.properties.get(type) ?? []

    return all.filter((property) => property.archived === (options.archived ?? false))
  }

  /** A live (not archived) property definition. */
  property(type: string, name: string): PropertyDefinition | undefined {
    return this.properties(type).find((property) => property.name === name)
  }

  pipelines(type: string): readonly PipelineDef[] {
    return this.#options.pipelines.get(type) ?? []
  }

  owners(): readonly OwnerDef[] {
    return this.#options.owners
  }

  /** Seeded data defects, documented in seed/demo-seed.ts. */
  get defects(): readonly SeedDefect[] {
    return this.#defects
  }

  noteDefect(defect: SeedDefect): void {
    this.#defects.push(defect)
  }

  /** Live records of a type (or only archived ones), in id order. */
  records(type: string, options: { readonly archived?: boolean } = {}): SandboxRecord[] {
    const state = this.#state(type)
    const archived = options.archived ?? false
    const list: SandboxRecord[] = []
    for (const id of state.order) {
      const record = state.records.get(id)
      if (record && record.archived === archived) list.push(record)
    }

    return list
  }

  count(type: string): number {
    let total = 0
    for (const record of this.#state(type).records.values()) if (!record.archived) total += 1

    return total
  }

  /** A record by its own id, live or archived; merged-away ids give undefined. */
  get(type: string, id: string): SandboxRecord | undefined {
    return this.#state(type).records.get(id)
  }

  /** Follows merge aliases: the id of the record that now stands for `id`. */
  resolveId(type: string, id: string): string {
    const aliases = this.#state(type).aliases
    let current = id
    for (let hops = 0; aliases.has(current) && hops < 1000; hops += 1) {
      current = aliases.get(current) as string
    }

    return current
  }

  /** A record by id or by a merged-away id, as GET by id resolves it. */
  find(type: string, id: string): SandboxRecord | undefined {
    return this.get(type, this.resolveId(type, id))
  }

  /** Live records whose value of `name` equals `value`, ignoring case. */
  findByProperty(type: string, name: string, value: string): SandboxRecord[] {
    const wanted = value.trim().toLowerCase()

    return this.records(type).filter((record) =>
      record.properties[name]?.trim().toLowerCase() === wanted)
  }

  /**
   * One page of records in id order, starting at the first id >= `fromId`. `nextId` is the id
   * the following page starts at, absent on the last page.
   */
  page(type: string, options: { readonly fromId?: string; readonly limit: number;
    readonly archived: boolean }): { records: SandboxRecord[]; nextId?: string } {
    const state = this.#state(type)
    const from = options.fromId === undefined ? 0 : Number(options.fromId)
    let index = lowerBound(state.order, from)
    const records: SandboxRecord[] = []
    for (; index < state.order.length; index += 1) {
      const record = state.records.get(state.order[index] as string)
      if (!record || record.archived !== options.archived) continue
      if (records.length === options.limit) return { records, nextId: record.id }
      records.push(record)
    }

    return { records }
  }

  associations(fromType: string, fromId: string, toType: string): AssociationEdge[] {
    return this.#graph.list(fromType, fromId, toType)
  }

  /** Creates a record with HubSpot's bookkeeping properties filled in. */
  insert(type: string, properties: Readonly<Record<string, string>>,
    options: { readonly createdAtMs?: number; readonly updatedAtMs?: number;
      readonly seed?: boolean } = {}): SandboxRecord {
    const state = this.#state(type)
    const id = this.#issueId(state)
    const createdAtMs = options.createdAtMs ?? this.#options.now()
    const updatedAtMs = options.updatedAtMs ?? createdAtMs
    const record: SandboxRecord = {
      id, objectType: type, createdAtMs, updatedAtMs, archived: false,
      properties: {
        ...properties,
        hs_object_id: id,
        createdate: iso(createdAtMs),
        [state.def.lastModifiedProperty]: iso(updatedAtMs),
      },
    }
    if (type === 'contacts') record.properties.hs_lastmodifieddate = iso(updatedAtMs)
    if (!state.def.custom) record.properties.hs_createdate = iso(createdAtMs)
    state.records.set(id, record)
    state.order.push(id)
    this.#index(type, record, options.seed ?? false)

    return record
  }

  /** Applies already-validated values: strings set, '' clears (HubSpot keeps the ''). */
  update(type: string, id: string, changes: Readonly<Record<string, string>>,
    options: { readonly seed?: boolean } = {}): SandboxRecord {
    const record = this.#live(type, id)
    const now = this.#options.now()
    Object.assign(record.properties, changes)
    if (!options.seed) {
      record.updatedAtMs = now
      record.properties[this.#state(type).def.lastModifiedProperty] = iso(now)
      if (type === 'contacts') record.properties.hs_lastmodifieddate = iso(now)
    }
    this.#index(type, record, options.seed ?? false)

    return record
  }

  archive(type: string, id: string, options: { readonly atMs?: number;
    readonly seed?: boolean } = {}): SandboxRecord {
    const record = this.#live(type, id)
    record.archived = true
    record.archivedAtMs = options.atMs ?? this.#options.now()
    this.#index(type, record, options.seed ?? false)

    return record
  }

  associate(fromType: string, fromId: string, toType: string, toId: string,
    forward: readonly AssociationType[], inverse: readonly AssociationType[]): void {
    this.#graph.add(fromType, fromId, toType, toId, forward)
    this.#graph.add(toType, toId, fromType, fromId, inverse)
  }

  /**
   * Merges two live records into a new one with a new id (fidelity item 19). Values come
   * from the primary; the secondary's primary-labelled associations lose that label when
   * the primary already has a primary association of the same kind.
   */
  merge(type: string, primaryId: string, secondaryId: string): SandboxRecord {
    const primary = this.#live(type, primaryId)
    const secondary = this.#live(type, secondaryId)
    if (primary === secondary) throw new TypeError('cannot merge a record with itself')
    const state = this.#state(type)
    const mergedIds = new Set<string>([primary.id, secondary.id])
    for (const record of [primary, secondary]) {
      for (const old of (record.properties.hs_merged_object_ids ?? '').split(';')) {
        if (old) mergedIds.add(old)
      }
    }
    const properties: Record<string, string> = { ...primary.properties,
      hs_merged_object_ids: [...mergedIds].sort((a, b) => Number(a) - Number(b)).join(';') }
    const secondaryEmail = secondary.properties.email
    if (type === 'contacts' && secondaryEmail && secondaryEmail !== primary.properties.email) {
      const known = (properties.hs_additional_emails ?? '').split(';').filter(Boolean)
      properties.hs_additional_emails = [...known, secondaryEmail].join(';')
    }
    const merged = this.insert(type, properties, { createdAtMs: primary.createdAtMs,
      updatedAtMs: this.#options.now() })
    const primaryEdges = this.#graph.detach(type, primary.id)
    const secondaryEdges = this.#graph.detach(type, secondary.id)
    const hasPrimaryLabel = (toType: string) => primaryEdges.some((edge) =>
      edge.toType === toType && edge.types.some((t) => t.label === 'Primary'))
    for (const edge of primaryEdges) {
      this.associate(type, merged.id, edge.toType, edge.toId, edge.types, edge.inverse)
    }
    for (const edge of secondaryEdges) {
      const drop = hasPrimaryLabel(edge.toType)
      const keep = (t: AssociationType) => !drop || t.label !== 'Primary'
      this.associate(type, merged.id, edge.toType, edge.toId, edge.types.filter(keep),
        edge.inverse.filter(keep))
    }
    for (const old of [primary, secondary]) {
      state.records.delete(old.id)
      state.aliases.set(old.id, merged.id)
      this.searchIndex.write(type, old.id, null)
    }

    return merged
  }

  #live(type: string, id: string): SandboxRecord {
    const record = this.get(type, id)
    if (!record || record.archived) throw new TypeError(`no live ${type} record ${id}`)

    return record
  }

  #index(type: string, record: SandboxRecord, seed: boolean): void {
    const snapshot: IndexedRecord | null = record.archived ? null : {
      id: record.id, properties: { ...record.properties }, createdAtMs: record.createdAtMs,
      updatedAtMs: record.updatedAtMs,
    }
    if (seed) this.searchIndex.seed(type, record.id, snapshot)
    else this.searchIndex.write(type, record.id, snapshot)
  }

  #issueId(state: TypeState): string {
    // Ids grow but are not contiguous, as in a real portal: clients must not assume +1.
    const id = state.def.idBase + Math.floor(state.issued * 1.37)
    state.issued += 1

    return String(id)
  }

  #state(type: string): TypeState {
    const state = this.#types.get(type)
    if (!state) throw new TypeError(`unknown object type ${type}`)

    return state
  }
}

function lowerBound(ids: readonly string[], value: number): number {
  let low = 0
  let high = ids.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (Number(ids[mid]) < value) low = mid + 1
    else high = mid
  }

  return low
}
