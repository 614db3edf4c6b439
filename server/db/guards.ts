/**
 * Argument checks shared by the repositories. A wrong id is a programming error, not a
 * request error, so these throw TypeError; a NaN portal id in particular must never reach
 * a `where portal_id = ...` where it would quietly match nothing.
 */
export function assertPortalId(portalId: number): void {
  if (!Number.isSafeInteger(portalId) || portalId <= 0) {
    throw new TypeError(`portalId must be a positive integer, got ${String(portalId)}`)
  }
}

export function assertScanId(scanId: number): void {
  if (!Number.isSafeInteger(scanId) || scanId <= 0) {
    throw new TypeError(`scanId must be a positive integer, got ${String(scanId)}`)
  }
}

export function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a non-negative integer, got ${String(value)}`)
  }
}

/** Splits rows for multi-row inserts that stay far below Postgres' 65,535 bound values. */
export function chunked<T>(rows: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size))

  return chunks
}
