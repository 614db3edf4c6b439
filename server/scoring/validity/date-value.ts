/**
 * Why a date value is suspicious; `null` when it looks right.
 * `seconds-epoch`: ten digits, i.e. seconds sent where HubSpot wants milliseconds, which
 * lands in January 1970; `too-early`: before 1980; `too-late`: more than
 * `FUTURE_LIMIT_YEARS` ahead; `unparseable`: neither epoch milliseconds nor ISO 8601.
 */
export type DateProblem = 'seconds-epoch' | 'too-early' | 'too-late' | 'unparseable'

/** CRM dates before this are almost always import or unit mistakes. */
export const EARLIEST_PLAUSIBLE_MS = Date.UTC(1980, 0, 1)

/** How far ahead a date may lie before it looks like a typo ("2204" for "2024"). */
export const FUTURE_LIMIT_YEARS = 20

const DIGITS = /^\d+$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Epoch milliseconds of a HubSpot date value (epoch ms or ISO 8601), or NaN. */
export function parseDateValue(value: string): number {
  const trimmed = value.trim()
  if (DIGITS.test(trimmed)) return Number(trimmed)
  if (!ISO_DATE.test(trimmed)) return Number.NaN

  return Date.parse(trimmed)
}

/** The latest plausible date: `FUTURE_LIMIT_YEARS` after `nowMs`. */
export function latestPlausibleMs(nowMs: number): number {
  const limit = new Date(nowMs)
  limit.setUTCFullYear(limit.getUTCFullYear() + FUTURE_LIMIT_YEARS)

  return limit.getTime()
}

/**
 * Builds a judge of date values relative to `nowMs`. `allowEarly` lifts the 1980 rule for
 * dates that may truly be old, such as birth dates.
 */
export function createDateJudge(
  nowMs: number,
  allowEarly = false,
): (value: string) => DateProblem | null {
  const latestMs = latestPlausibleMs(nowMs)

  return (value) => {
    const trimmed = value.trim()
    if (trimmed.length === 10 && DIGITS.test(trimmed)) return 'seconds-epoch'

    const ms = parseDateValue(trimmed)
    if (Number.isNaN(ms)) return 'unparseable'
    if (!allowEarly && ms < EARLIEST_PLAUSIBLE_MS) return 'too-early'

    return ms > latestMs ? 'too-late' : null
  }
}
