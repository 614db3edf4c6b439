const COUNT_FORMAT = new Intl.NumberFormat('en-US')

/** A whole count with thousands separators: 12345 -> "12,345". */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count)
}

/**
 * A 0..1 share as a percentage with at most one decimal: 0.1875 -> "18.8 %", 0.1 -> "10 %".
 * A share above zero that would round to zero reads "< 0.1 %", so a problem never hides.
 */
export function formatPercent(share: number): string {
  const tenths = Math.round(share * 1000)
  if (tenths === 0 && share > 0) return '< 0.1 %'

  const text = tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1)

  return `${text} %`
}

/** "contacts" -> "Contacts". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A count with the matching form of its words: (1, 'deal is', 'deals are') -> "1 deal is". */
export function countOf(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}
