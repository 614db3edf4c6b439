/** Disjoint sets over record indexes, with path halving and union by size. */
export class UnionFind {
  #parent: Uint32Array
  #size: Uint32Array

  constructor(count: number) {
    this.#parent = new Uint32Array(count)
    this.#size = new Uint32Array(count).fill(1)
    for (let i = 0; i < count; i++) this.#parent[i] = i
  }

  find(index: number): number {
    let at = index
    let parent = this.#parent[at] ?? at
    while (parent !== at) {
      const grand = this.#parent[parent] ?? parent
      this.#parent[at] = grand
      at = grand
      parent = this.#parent[at] ?? at
    }

    return at
  }

  /** Joins the sets of `a` and `b`; false when they were already one set. */
  union(a: number, b: number): boolean {
    let rootA = this.find(a)
    let rootB = this.find(b)
    if (rootA === rootB) return false

    if ((this.#size[rootA] ?? 0) < (this.#size[rootB] ?? 0)) [rootA, rootB] = [rootB, rootA]
    this.#parent[rootB] = rootA
    this.#size[rootA] = (this.#size[rootA] ?? 0) + (this.#size[rootB] ?? 0)

    return true
  }
}
