import { validationError } from './hubspot-error.ts'

/**
 * Opaque paging cursors, URL-safe base64 as in HubSpot's spec examples. Callers must treat
 * them as tokens: the sandbox rejects anything it did not issue.
 */
export function encodeCursor(position: number): string {
  return Buffer.from(`pp:${position}`).toString('base64url')
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8')
  const match = /^pp:(\d+)$/.exec(text)
  if (!match) throw validationError(`Invalid paging cursor: ${cursor}`)

  return Number(match[1])
}
