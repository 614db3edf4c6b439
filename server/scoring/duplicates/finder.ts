import type { PropertyValues } from '../../../shared/crm.ts'
import type { DuplicateGroup } from '../../../shared/report.ts'

/** A streaming duplicate search over one object type. */
export interface DuplicateFinder {
  /** Adds one record; only its compact keys are kept, never the values. */
  add(id: string, properties: PropertyValues): void
  /** Groups of two or more ids, most confident first. */
  finish(): DuplicateGroup[]
  /** Records added so far. */
  readonly size: number
}
