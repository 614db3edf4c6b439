import type { Interval } from '../../shared/report.ts'

// 1.959964 is the standard normal quantile for a two-sided 95 % interval.
const Z_95 = 1.959964

/**
 * The 95 % Wilson score interval of a pass rate: unlike the plain normal approximation it
 * stays inside [0, 1] and behaves at rates near 0 or 1 and for small samples.
 */
export function wilsonInterval(passes: number, sampleSize: number, z = Z_95): Interval {
  if (!Number.isInteger(sampleSize) || sampleSize <= 0) {
    throw new TypeError('wilsonInterval needs a positive whole sample size')
  }
  if (!Number.isInteger(passes) || passes < 0 || passes > sampleSize) {
    throw new TypeError('wilsonInterval needs 0 <= passes <= sampleSize')
  }

  const p = passes / sampleSize
  const z2n = (z * z) / sampleSize
  const centre = (p + z2n / 2) / (1 + z2n)
  const halfWidth =
    (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / sampleSize + (z * z) / (4 * sampleSize ** 2))

  return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) }
}
