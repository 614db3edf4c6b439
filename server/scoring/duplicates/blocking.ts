import { blockBits } from './hash-key.ts'

/**
 * Blocking: records are compared only with records that share a key, found by sorting
 * (key, record) pairs once per key. Cost stays about linear: small blocks compare every pair,
 * large blocks (a placeholder phone, a chain's head-office address) compare each record with
 * a fixed window of neighbours only, ordered by a second key so likely matches sit together.
 */

/** All pairs up to this block size; 64 records make 2,016 pairs at most. */
export const MAX_FULL_BLOCK = 64
/** Neighbours each record of a larger block is compared with. */
export const BLOCK_WINDOW = 24

export type VisitPair = (a: number, b: number) => void

// Where the halves of a 64-bit sort key sit in its two 32-bit words on this machine.
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1
const HIGH = LITTLE_ENDIAN ? 1 : 0
const LOW = 1 - HIGH

/**
 * Calls `visit(a, b)` (a < b) for records whose `keys` are equal and non-zero. `mode`
 * 'chain' visits only consecutive members, enough when equal keys alone make a match;
 * 'pairs' visits every pair of a small block and a window of neighbours in a large one,
 * ordered by `order` (one value per record).
 */
export function forEachCandidatePair(
  keys: Float64Array,
  count: number,
  mode: 'chain' | 'pairs',
  visit: VisitPair,
  order?: Float64Array,
): void {
  if (count > 2 ** 32) throw new TypeError('too many records for one finder')

  const sorted = sortByBlock(keys, count)
  const words = new Uint32Array(sorted.buffer)
  let start = 0
  while (start < sorted.length) {
    const bits = words[start * 2 + HIGH]
    let end = start + 1
    while (end < sorted.length && words[end * 2 + HIGH] === bits) end++
    if (end - start > 1) {
      const members: number[] = []
      for (let k = start; k < end; k++) members.push(words[k * 2 + LOW] ?? 0)
      for (const block of splitByFullKey(members, keys)) {
        if (mode === 'chain') visitChain(block, visit)
        else visitBlock(block, visit, order)
      }
    }
    start = end
  }
}

/** (block bits << 32 | record) for every keyed record, sorted natively as 64-bit integers. */
function sortByBlock(keys: Float64Array, count: number): BigUint64Array {
  let keyed = 0
  for (let i = 0; i < count; i++) if (keys[i] !== 0) keyed++
  const sorted = new BigUint64Array(keyed)
  // The high half holds the block bits, the low half the record index.
  const words = new Uint32Array(sorted.buffer)
  let at = 0
  for (let i = 0; i < count; i++) {
    const key = keys[i] ?? 0
    if (key === 0) continue
    words[at * 2 + LOW] = i
    words[at * 2 + HIGH] = blockBits(key)
    at++
  }
  sorted.sort()

  return sorted
}

/** Splits a block whose 32 bits collided into runs of truly equal keys (rarely needed). */
function splitByFullKey(members: number[], keys: Float64Array): number[][] {
  const first = keys[members[0] ?? 0]
  if (members.every((member) => keys[member] === first)) return [members]

  const byKey = new Map<number, number[]>()
  for (const member of members) {
    const key = keys[member] ?? 0
    const list = byKey.get(key)
    if (list) list.push(member)
    else byKey.set(key, [member])
  }

  return [...byKey.values()].filter((list) => list.length > 1)
}

function visitChain(members: readonly number[], visit: VisitPair): void {
  for (let i = 1; i < members.length; i++) visit(members[i - 1] ?? 0, members[i] ?? 0)
}

function visitBlock(members: number[], visit: VisitPair, order?: Float64Array): void {
  const full = members.length <= MAX_FULL_BLOCK
  if (!full && order) members.sort((a, b) => (order[a] ?? 0) - (order[b] ?? 0) || a - b)
  const reach = full ? members.length : BLOCK_WINDOW + 1
  for (let i = 0; i < members.length; i++) {
    const last = Math.min(members.length, i + reach)
    for (let j = i + 1; j < last; j++) {
      const a = members[i] ?? 0
      const b = members[j] ?? 0
      visit(Math.min(a, b), Math.max(a, b))
    }
  }
}
