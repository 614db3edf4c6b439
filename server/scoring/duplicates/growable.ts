/** Typed-array helpers: records are stored column-wise, not as one JS object each. */

type NumberArray = Float64Array | Int32Array | Uint32Array | Uint8Array

/** Returns `array`, or a copy twice as long when `length` values do not fit. */
export function ensureLength<T extends NumberArray>(array: T, length: number): T {
  if (length <= array.length) return array

  let size = Math.max(array.length, 16)
  while (size < length) size *= 2
  const bigger = new (array.constructor as new (size: number) => T)(size)
  bigger.set(array as never)

  return bigger
}
