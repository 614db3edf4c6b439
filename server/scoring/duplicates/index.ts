/**
 * The duplicate engine: pure, streaming, and blind to record values once keys are taken.
 * Records are added one at a time; `finish` blocks them on compact keys and returns groups.
 */
import { CompanyFinder } from './company-finder.ts'
import { COMPANY_KEY_PROPERTIES } from './company-keys.ts'
import { CONTACT_KEY_PROPERTIES, ContactFinder } from './contact-finder.ts'
import type { DuplicateFinder } from './finder.ts'

export type { DuplicateFinder } from './finder.ts'

export type DedupeObject = 'contacts' | 'companies'

/** The objects the engine can search, in report order. */
export const DEDUPE_OBJECTS: readonly DedupeObject[] = ['contacts', 'companies']

export interface DuplicateFinderOptions {
  /** ISO 3166 region for phones written without a country code; US by default. */
  readonly defaultCountry?: string
}

/** Property names the engine reads (the scan requests exactly these for every record). */
export function duplicateKeyProperties(type: DedupeObject): readonly string[] {
  if (type === 'contacts') return CONTACT_KEY_PROPERTIES
  if (type === 'companies') return COMPANY_KEY_PROPERTIES

  throw new TypeError(`no duplicate rules for object type ${String(type)}`)
}

/** A finder for one object type; add every record, then call `finish` once. */
export function createDuplicateFinder(
  type: DedupeObject,
  options: DuplicateFinderOptions = {},
): DuplicateFinder {
  const defaultCountry = (options.defaultCountry ?? 'US').toUpperCase()
  if (!/^[A-Z]{2}$/.test(defaultCountry)) {
    throw new TypeError('defaultCountry must be a two-letter region code')
  }
  if (type === 'contacts') return new ContactFinder()
  if (type === 'companies') return new CompanyFinder(defaultCountry)

  throw new TypeError(`no duplicate rules for object type ${String(type)}`)
}
