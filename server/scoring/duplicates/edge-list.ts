import { ensureLength } from './growable.ts'

/** Matched record pairs with the kind of match, kept in typed arrays. */
export class EdgeList {
  from = new Uint32Array(1024)
  to = new Uint32Array(1024)
  kind = new Uint8Array(1024)
  length = 0

  add(a: number, b: number, kind: number): void {
    const need = this.length + 1
    this.from = ensureLength(this.from, need)
    this.to = ensureLength(this.to, need)
    this.kind = ensureLength(this.kind, need)
    this.from[this.length] = a
    this.to[this.length] = b
    this.kind[this.length] = kind
    this.length = need
  }

  /** Edge positions ordered by kind, i.e. strongest match first (counting sort). */
  byKind(kindCount: number): Uint32Array {
    const starts = new Uint32Array(kindCount + 1)
    for (let i = 0; i < this.length; i++) {
      const slot = (this.kind[i] ?? 0) + 1
      starts[slot] = (starts[slot] ?? 0) + 1
    }
    for (let k = 1; k <= kindCount; k++) starts[k] = (starts[k] ?? 0) + (starts[k - 1] ?? 0)
    const order = new Uint32Array(this.length)
    for (let i = 0; i < this.length; i++) {
      const kind = this.kind[i] ?? 0
      order[starts[kind] ?? 0] = i
      starts[kind] = (starts[kind] ?? 0) + 1
    }

    return order
  }
}
