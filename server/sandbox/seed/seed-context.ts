import { ACTIVE_OWNER_IDS, DEACTIVATED_OWNER_IDS } from '../owners.ts'
import type { Random } from '../../random.ts'
import { hubspotTypes } from '../store/association-types.ts'
import type { SandboxStore } from '../store/store.ts'
import type { AssociationType, SandboxRecord, SeedDefectKind } from '../store/types.ts'

/** What the seed steps share: the store, one seeded PRNG and a few helpers. */
export interface SeedContext {
  readonly store: SandboxStore
  readonly random: Random
  /** An owner id drawn from the portal's mix: 72 % active, 12 % deactivated, 16 % none. */
  drawOwner(): string | undefined
  create(type: string, properties: Record<string, string>, createdAtMs: number,
    updatedAfterMs?: number): SandboxRecord
  link(from: SandboxRecord, to: SandboxRecord, options?: { readonly primary?: boolean;
    readonly label?: AssociationType; readonly inverseLabel?: AssociationType }): void
  defect(kind: SeedDefectKind, record: SandboxRecord, property?: string): void
}

export function createSeedContext(store: SandboxStore, random: Random): SeedContext {
  const iso = (ms: number) => new Date(ms).toISOString()

  return {
    store,
    random,
    drawOwner() {
      const roll = random.next()
      if (roll < 0.72) return random.pick(ACTIVE_OWNER_IDS)
      if (roll < 0.84) return random.pick(DEACTIVATED_OWNER_IDS)

      return undefined
    },
    create(type, properties, createdAtMs, updatedAfterMs = 0) {
      const owner = properties.hubspot_owner_id
      const withOwner = owner && !properties.hubspot_owner_assigneddate
        ? { ...properties, hubspot_owner_assigneddate: iso(createdAtMs) }
        : properties

      return store.insert(type, withOwner, { createdAtMs, seed: true,
        updatedAtMs: createdAtMs + updatedAfterMs })
    },
    link(from, to, options = {}) {
      const { forward, inverse } = hubspotTypes(from.objectType, to.objectType,
        options.primary ?? false)
      if (options.label) forward.push(options.label)
      if (options.inverseLabel) inverse.push(options.inverseLabel)
      store.associate(from.objectType, from.id, to.objectType, to.id, forward, inverse)
    },
    defect(kind, record, property) {
      const value = property === undefined ? undefined : record.properties[property]
      store.noteDefect({ kind, objectType: record.objectType, id: record.id,
        ...(property !== undefined && { property }), ...(value !== undefined && { value }) })
    },
  }
}
