/** Postgres type OID of int8 (bigint), the type of every id and count column. */
export const INT8_OID = 20

/**
 * The one int8 parser both drivers use: `pg` would hand out strings and PGlite numbers or
 * bigints, so each engine is configured with this instead (see connect.ts). Our ids and
 * counts stay far below 2^53; a larger value is a bug worth failing loudly on.
 */
export function parseInt8(text: string): number {
  const value = Number(text)
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`int8 value ${text} does not fit in a JavaScript number`)
  }

  return value
}
