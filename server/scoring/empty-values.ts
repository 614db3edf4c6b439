/**
 * Values people type when they have nothing to enter. Compared after trimming and
 * lower-casing; one list so fill rates and validity agree on what "empty" means.
 */
export const PLACEHOLDER_VALUES: ReadonlySet<string> = new Set([
  'n/a',
  'n.a.',
  'na',
  'none',
  'null',
  'nil',
  'undefined',
  'unknown',
  'test',
  'asdf',
  'tbd',
  'tba',
  'xxx',
  'x',
  '-',
  '--',
  '.',
  '?',
])

// Runs of one filler character ("----", "....", "xxxxx") are placeholders of any length.
const FILLER_RUN = /^(?:-+|\.+|\?+|_+|\*+|x{2,})$/

/**
 * True for an absent, null, blank or placeholder value. Anything but a string counts as
 * absent: a property named like an Object member ("constructor") must not read the prototype.
 */
export function isEmptyValue(value: string | null | undefined): boolean {
  if (typeof value !== 'string') return true

  const trimmed = value.trim()
  if (trimmed === '') return true
  // Real values are mostly longer than any placeholder: skip the lookups for them.
  if (trimmed.length > 9) return false

  const lower = trimmed.toLowerCase()

  return PLACEHOLDER_VALUES.has(lower) || FILLER_RUN.test(lower)
}
