import { describe, expect, it } from 'vitest'

import { createRateBudget } from '../../../server/hubspot/rate-budget.ts'
import { createFakeClock } from '../../support/fake-clock.ts'

describe('createRateBudget', () => {
  const setup = () => {
    const clock = createFakeClock(0)
    const budget = createRateBudget({
      requestsPerWindow: 3,
      windowMs: 10_000,
      marginMs: 100,
      searchSpacingMs: 250,
      now: clock.now,
      sleep: clock.sleep,
    })

    return { clock, budget }
  }

  it('lets a full window through, then holds the next call until one leaves', async () => {
    const { clock, budget } = setup()

    for (let i = 0; i < 3; i++) await budget.take('standard')
    expect(clock.now()).toBe(0)
    await budget.take('standard')

    // The first call was booked at 0; it leaves the window at 10,000 + 100 ms of margin.
    expect(clock.now()).toBe(10_100)
  })

  it('never books more calls than the limit inside any window', async () => {
    const { clock, budget } = setup()
    const booked: number[] = []

    for (let i = 0; i < 20; i++) {
      await budget.take('standard')
      booked.push(clock.now())
      clock.advance(700)
    }

    for (const start of booked) {
      const inWindow = booked.filter((t) => t >= start && t < start + 10_000)
      expect(inWindow.length).toBeLessThanOrEqual(3)
    }
  })

  it('spaces search calls on their own lane without touching the standard one', async () => {
    const { clock, budget } = setup()

    await budget.take('search')
    await budget.take('search')
    expect(clock.now()).toBe(250)
    for (let i = 0; i < 3; i++) await budget.take('standard')

    expect(clock.now()).toBe(250)
  })

  it('holds every lane during a pause booked after a 429', async () => {
    const { clock, budget } = setup()

    budget.pause(5_000)
    await budget.take('standard')

    expect(clock.now()).toBe(5_000)
  })
})
