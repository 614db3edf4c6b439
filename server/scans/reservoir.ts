/**
 * A uniform random sample of at most `capacity` items from a stream of unknown length
 * (reservoir sampling, Algorithm R): HubSpot's list endpoint has no random access, and the
 * first page holds the oldest records, which would bias every score.
 */
export function createReservoir<T>(capacity: number, random: () => number) {
  const items: T[] = []
  let seen = 0

  return {
    offer(item: T): void {
      seen++
      if (items.length < capacity) {
        items.push(item)
        return
      }
      const slot = Math.floor(random() * seen)
      if (slot < capacity) items[slot] = item
    },
    get items(): readonly T[] {
      return items
    },
    get seen(): number {
      return seen
    },
  }
}
