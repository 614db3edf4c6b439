import type { CheckCategory, Severity } from '../../shared/report.ts'

/** Every check category, in report order. */
export const CHECK_CATEGORIES: readonly CheckCategory[] = [
  'fill',
  'validity',
  'duplicates',
  'associations',
  'pipeline',
  'ownership',
]

/** 0 means "no problem"; a higher rank is a worse problem. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  info: 1,
  warning: 2,
  critical: 3,
}

const CATEGORY_INDEX = new Map(CHECK_CATEGORIES.map((category, index) => [category, index]))
const CATEGORY_COUNT = CHECK_CATEGORIES.length

function categoryIndex(category: CheckCategory): number {
  const index = CATEGORY_INDEX.get(category)
  if (index === undefined) throw new TypeError(`Unknown check category ${category}`)

  return index
}

/**
 * The worst problem each sampled record has in each category. Keeping only the worst one
 * is what stops a record with three problems from being counted three times in a score.
 */
export class RecordFindings {
  readonly size: number
  readonly #worst: Uint8Array
  readonly #measured = new Set<CheckCategory>()

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 0) throw new TypeError('size must be a whole number')
    this.size = size
    this.#worst = new Uint8Array(size * CATEGORY_COUNT)
  }

  /** Notes that a check of this category looked at one or more records. */
  noteMeasured(category: CheckCategory): void {
    this.#measured.add(category)
  }

  isMeasured(category: CheckCategory): boolean {
    return this.#measured.has(category)
  }

  /** Records a failed finding of `record` (its index in the sample). */
  mark(record: number, category: CheckCategory, severity: Severity): void {
    const slot = record * CATEGORY_COUNT + categoryIndex(category)
    const rank = SEVERITY_RANK[severity]
    if ((this.#worst[slot] ?? 0) < rank) this.#worst[slot] = rank
  }

  /** The worst rank of a record's findings, in one category or across all of them. */
  worstRank(record: number, category?: CheckCategory): number {
    const base = record * CATEGORY_COUNT
    if (category !== undefined) return this.#worst[base + categoryIndex(category)] ?? 0

    let worst = 0
    for (let offset = 0; offset < CATEGORY_COUNT; offset++) {
      const rank = this.#worst[base + offset] ?? 0
      if (rank > worst) worst = rank
    }

    return worst
  }
}
