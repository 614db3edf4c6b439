/**
 * What search sees. HubSpot indexes writes asynchronously, so a record read by id can be
 * newer than the same record in search results (fidelity item 6). Every write is queued and
 * becomes searchable `lagMs` after it happened; until then search sees the previous state.
 */
export interface IndexedRecord {
  readonly id: string
  readonly properties: Readonly<Record<string, string>>
  readonly createdAtMs: number
  readonly updatedAtMs: number
}

interface PendingWrite {
  readonly objectType: string
  readonly id: string
  /** null removes the record from the index (merged away or archived). */
  readonly snapshot: IndexedRecord | null
  readonly visibleAtMs: number
}

export class SearchIndex {
  readonly #byType = new Map<string, Map<string, IndexedRecord>>()
  readonly #pending: PendingWrite[] = []
  readonly #now: () => number
  readonly #lagMs: number

  constructor(now: () => number, lagMs: number) {
    if (!(lagMs >= 0)) throw new TypeError('lagMs must be zero or more')
    this.#now = now
    this.#lagMs = lagMs
  }

  /** Seeds a record as already indexed (or removed), with no lag. */
  seed(objectType: string, id: string, snapshot: IndexedRecord | null): void {
    if (snapshot) this.#type(objectType).set(id, snapshot)
    else this.#type(objectType).delete(id)
  }

  /** Queues a write; search sees it once the lag has passed. */
  write(objectType: string, id: string, snapshot: IndexedRecord | null): void {
    this.#pending.push({ objectType, id, snapshot, visibleAtMs: this.#now() + this.#lagMs })
  }

  /** Indexed records of a type, as search sees them now, in id order. */
  records(objectType: string): IndexedRecord[] {
    this.#flush()

    return [...this.#type(objectType).values()].sort((a, b) => Number(a.id) - Number(b.id))
  }

  #flush(): void {
    const now = this.#now()
    const waiting: PendingWrite[] = []
    for (const write of this.#pending) {
      if (write.visibleAtMs > now) {
        waiting.push(write)
        continue
      }
      const records = this.#type(write.objectType)
      if (write.snapshot) records.set(write.id, write.snapshot)
      else records.delete(write.id)
    }
    this.#pending.splice(0, this.#pending.length, ...waiting)
  }

  #type(objectType: string): Map<string, IndexedRecord> {
    let records = this.#byType.get(objectType)
    if (!records) {
      records = new Map()
      this.#byType.set(objectType, records)
    }

    return records
  }
}
