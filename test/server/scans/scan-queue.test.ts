import { describe, expect, it } from 'vitest'

import { createScanQueue } from '../../../server/scans/scan-queue.ts'

describe('createScanQueue', () => {
  it('runs one scan at a time in the order asked', async () => {
    const events: string[] = []
    const queue = createScanQueue({
      run: async (portalId) => {
        events.push(`start ${portalId}`)
        await new Promise((resolve) => setTimeout(resolve, 5))
        events.push(`end ${portalId}`)
      },
      onError: () => {},
    })

    void queue.enqueue(1)
    void queue.enqueue(2)
    await queue.idle()

    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2'])
  })

  it('joins a request for a portal that is already queued', async () => {
    let runs = 0
    const queue = createScanQueue({ run: async () => { runs++ }, onError: () => {} })

    await Promise.all([queue.enqueue(7), queue.enqueue(7), queue.enqueue(7)])

    expect(runs).toBe(1)
  })

  it('reports a failed scan and goes on with the next', async () => {
    const failed: number[] = []
    const ran: number[] = []
    const queue = createScanQueue({
      run: async (portalId) => {
        if (portalId === 1) throw new Error('boom')
        ran.push(portalId)
      },
      onError: (portalId) => failed.push(portalId),
    })

    void queue.enqueue(1)
    void queue.enqueue(2)
    await queue.idle()

    expect(failed).toEqual([1])
    expect(ran).toEqual([2])
  })
})
