/**
 * Wraps a pure judgement of a string in a cache of its answers per distinct value. CRM
 * values repeat (switchboard numbers, shared domains, enumeration options), so each
 * distinct value is judged once; the cache is emptied when full so memory stays bounded.
 */
export function cachePerValue<T>(
  judge: (value: string) => T,
  limit = 100_000,
): (value: string) => T {
  if (!Number.isInteger(limit) || limit < 1) throw new TypeError('limit must be a positive integer')
  const answers = new Map<string, T>()

  return (value) => {
    const known = answers.get(value)
    if (known !== undefined || answers.has(value)) return known as T

    const answer = judge(value)
    if (answers.size >= limit) answers.clear()
    answers.set(value, answer)

    return answer
  }
}
