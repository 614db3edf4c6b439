import type { AssociationEdge, AssociationType } from './types.ts'

export interface DetachedEdge {
  readonly toType: string
  readonly toId: string
  readonly types: readonly AssociationType[]
  readonly inverse: readonly AssociationType[]
}

/** Associations kept per direction: `from|to` -> from id -> to id -> types. */
export class AssociationGraph {
  readonly #edges = new Map<string, Map<string, Map<string, AssociationType[]>>>()

  add(fromType: string, fromId: string, toType: string, toId: string,
    types: readonly AssociationType[]): void {
    const targets = this.#targets(fromType, fromId, toType, true)
    const existing = targets.get(toId) ?? []
    const merged = [...existing]
    for (const type of types) {
      if (!merged.some((known) => known.typeId === type.typeId)) merged.push(type)
    }
    targets.set(toId, merged)
  }

  /** Edges from one record to one type, ordered by target id. */
  list(fromType: string, fromId: string, toType: string): AssociationEdge[] {
    const targets = this.#targets(fromType, fromId, toType, false)
    if (!targets) return []

    return [...targets.entries()]
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([toObjectId, types]) => ({ toObjectId, types }))
  }

  /** Every `to` type a record has associations with. */
  targetTypes(fromType: string, fromId: string): string[] {
    const types: string[] = []
    for (const [key, byFrom] of this.#edges) {
      const [from = '', to = ''] = key.split('|')
      if (from === fromType && (byFrom.get(fromId)?.size ?? 0) > 0) types.push(to)
    }

    return types
  }

  /** Removes every edge of a record, both directions, and returns what it had. */
  detach(type: string, id: string): DetachedEdge[] {
    const removed: DetachedEdge[] = []
    for (const toType of this.targetTypes(type, id)) {
      for (const edge of this.list(type, id, toType)) {
        const back = this.#edges.get(`${toType}|${type}`)?.get(edge.toObjectId)
        removed.push({ toType, toId: edge.toObjectId, types: edge.types,
          inverse: back?.get(id) ?? [] })
        back?.delete(id)
      }
      this.#edges.get(`${type}|${toType}`)?.delete(id)
    }

    return removed
  }

  #targets(fromType: string, fromId: string, toType: string, create: true):
    Map<string, AssociationType[]>
  #targets(fromType: string, fromId: string, toType: string, create: false):
    Map<string, AssociationType[]> | undefined
  #targets(fromType: string, fromId: string, toType: string, create: boolean) {
    const key = `${fromType}|${toType}`
    let byFrom = this.#edges.get(key)
    if (!byFrom && !create) return undefined
    if (!byFrom) {
      byFrom = new Map()
      this.#edges.set(key, byFrom)
    }
    let targets = byFrom.get(fromId)
    if (!targets && create) {
      targets = new Map()
      byFrom.set(fromId, targets)
    }

    return targets
  }
}
