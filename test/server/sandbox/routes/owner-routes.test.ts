import { describe, expect, it } from 'vitest'

import { testPortal } from '../helpers.ts'

describe('owners', () => {
  it('pages owners and shows archived ones only on request', async () => {
    const portal = await testPortal({ seed: 'empty' })

    const first = await portal.call('GET', '/crm/v3/owners?limit=4')
    const rest = await portal.call('GET',
      `/crm/owners/2026-03?limit=100&after=${first.body.paging.next.after}`)
    const archived = await portal.call('GET', '/crm/v3/owners?archived=true')

    const active = [...first.body.results, ...rest.body.results]
    // 12 owners, two archived: 10 live ones over two pages.
    expect(active).toHaveLength(10)
    expect(rest.body.paging).toBeUndefined()
    expect(active.filter((o: { userId: number | null }) => o.userId === null)).toHaveLength(2)
    expect(archived.body.results.map((o: { id: string }) => o.id))
      .toEqual(['61001010', '61001012'])
    expect(archived.body.results.every((o: { archived: boolean }) => o.archived)).toBe(true)
  })
})
