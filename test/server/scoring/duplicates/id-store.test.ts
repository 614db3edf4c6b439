import { describe, expect, it } from 'vitest'

import { IdStore } from '../../../../server/scoring/duplicates/id-store.ts'

describe('IdStore', () => {
  it('returns every id exactly as added, numeric or not', () => {
    const ids = ['1', '0', '123456789012345', '007', 'hs-42', '1e3', '', '9007199254740993']
    const store = new IdStore()
    for (const id of ids) store.add(id)

    expect(store.length).toBe(ids.length)
    expect(ids.map((_, i) => store.get(i))).toEqual(ids)
  })

  it('keeps many ids past its initial capacity', () => {
    const store = new IdStore()
    for (let i = 0; i < 5000; i++) store.add(String(i * 7))

    expect(store.get(4999)).toBe('34993')
  })

  it('throws a TypeError for a non-string id or a missing index', () => {
    const store = new IdStore()

    expect(() => store.add(5 as unknown as string)).toThrow(TypeError)
    expect(() => store.get(0)).toThrow(TypeError)
  })
})
