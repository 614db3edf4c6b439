import { describe, expect, it } from 'vitest'

import { isEmptyValue, PLACEHOLDER_VALUES } from '../../../server/scoring/empty-values.ts'

describe('isEmptyValue', () => {
  it('treats absent, null and the empty string as empty', () => {
    expect(isEmptyValue(undefined)).toBe(true)
    expect(isEmptyValue(null)).toBe(true)
    expect(isEmptyValue('')).toBe(true)
  })

  it('treats whitespace-only values as empty', () => {
    expect(isEmptyValue('   ')).toBe(true)
    expect(isEmptyValue('\t\n ')).toBe(true)
  })

  it('treats placeholders as empty whatever their case and padding', () => {
    for (const value of ['n/a', 'N/A', ' NA ', 'None', 'NULL', 'unknown', 'Test', 'asdf',
      '-', '.', 'TBD', 'xxx', 'XXXX', '-----', '...', '?']) {
      expect(isEmptyValue(value), value).toBe(true)
    }
  })

  it('keeps real values, including ones that contain a placeholder', () => {
    for (const value of ['Maria', 'test@example.com', 'Nathan', 'none of your business',
      'x-ray', '0', 'false', 'Unknown Pleasures Ltd', 'n/a ltd']) {
      expect(isEmptyValue(value), value).toBe(false)
    }
  })

  it('treats a value read off the prototype as absent', () => {
    const properties: Record<string, string | null | undefined> = {}

    expect(isEmptyValue(properties.constructor as unknown as string)).toBe(true)
  })

  it('keeps its placeholders in lower case so the lookup matches', () => {
    for (const value of PLACEHOLDER_VALUES) expect(value).toBe(value.toLowerCase())
  })
})
