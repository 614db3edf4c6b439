import { type Check, fail, ok } from './check.ts'

const DAY_MS = 86_400_000
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const DIGITS = /^-?\d+$/

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** Epoch ms from `YYYY-MM-DD`, an ISO-8601 date-time or epoch-ms digits; NaN otherwise. */
function toEpochMs(value: string): number {
  const text = value.trim()
  if (DIGITS.test(text)) return Number(text)
  const day = DATE_ONLY.exec(text)
  if (day) {
    const ms = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
    // Reject 2024-02-31 and the like, which Date.UTC would roll over.
    return new Date(ms).toISOString().startsWith(text) ? ms : Number.NaN
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return Number.NaN

  return Date.parse(text)
}

/**
 * `date` properties take midnight UTC only, as epoch ms or `YYYY-MM-DD`, and are stored as
 * `YYYY-MM-DD` (fidelity item 14). A seconds value is read as ms, so it is rejected unless it
 * happens to fall on a midnight.
 */
export function checkDate(value: string): Check {
  const ms = toEpochMs(value)
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    return fail('INVALID_DATE', `${value} is not a valid date`)
  }
  const offset = ((ms % DAY_MS) + DAY_MS) % DAY_MS
  if (offset !== 0) {
    const at = new Date(ms)
    const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:` +
      `${pad(at.getUTCSeconds())}.${pad(at.getUTCMilliseconds(), 3)}`

    return fail('INVALID_DATE', `${value} is at ${time} UTC, not midnight!`)
  }

  return ok(new Date(ms).toISOString().slice(0, 10))
}

/** `datetime` properties take any epoch ms or ISO-8601 value; stored as ISO-8601 UTC. */
export function checkDatetime(value: string): Check {
  const ms = toEpochMs(value)
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    return fail('INVALID_DATETIME', `${value} is not a valid date-time`)
  }

  return ok(new Date(ms).toISOString())
}
