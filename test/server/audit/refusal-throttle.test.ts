import { describe, expect, it } from 'vitest'

import { createRefusalThrottle } from '../../../server/audit/refusal-throttle.ts'
import { createFakeClock } from '../../support/fake-clock.ts'

describe('createRefusalThrottle', () => {
  it('writes the first refusals of a window and counts the rest into the next window', () => {
    const clock = createFakeClock(0)
    const throttle = createRefusalThrottle({ perWindow: 2, windowMs: 60_000, now: clock.now })

    const first = [1, 2, 3, 4, 5].map(() => throttle.admit('stale'))
    clock.advance(60_000)
    const next = throttle.admit('stale')

    expect(first.map((a) => a.write)).toEqual([true, true, false, false, false])
    expect(next).toEqual({ write: true, suppressed: 3 })
  })

  it('keeps a separate budget per reason', () => {
    const throttle = createRefusalThrottle({ perWindow: 1, windowMs: 60_000, now: () => 0 })

    throttle.admit('stale')

    expect(throttle.admit('mismatch').write).toBe(true)
    expect(throttle.admit('stale').write).toBe(false)
  })
})
