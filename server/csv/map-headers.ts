import { errors } from '../errors.ts'
import { type DedupeObject, duplicateKeyProperties } from '../scoring/duplicates/index.ts'
import {
  CONTACT_COMPANY_FIELDS,
  CONTACT_COMPANY_QUALIFIERS,
  HEADER_ALIASES,
  OWN_QUALIFIERS,
} from './header-aliases.ts'

/** A `--map "Column=property"` choice. */
export interface ColumnOverride {
  readonly column: string
  readonly property: string
}

/** One CSV column and the HubSpot property its values are read as. */
export interface MappedColumn {
  readonly index: number
  readonly column: string
  readonly property: string
}

const QUALIFIED = /^\s*([^:]+?)\s*:\s*(.+)$/

/**
 * Lower case, accents and punctuation dropped, words separated by one space. Letters of
 * every script stay, so two different non-Latin titles never collapse into one.
 */
export function normalizeHeader(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The property a column title stands for in an export of `object`, or null. */
export function propertyForHeader(title: string, object: DedupeObject): string | null {
  const aliases = HEADER_ALIASES[object]
  const direct = aliases[normalizeHeader(title)]
  if (direct !== undefined) return direct

  const qualified = QUALIFIED.exec(title)
  if (!qualified) return null

  const qualifier = normalizeHeader(qualified[1] ?? '')
  const field = normalizeHeader(qualified[2] ?? '')
  if (OWN_QUALIFIERS[object].has(qualifier)) return aliases[field] ?? null
  if (object === 'contacts' && CONTACT_COMPANY_QUALIFIERS.has(qualifier)) {
    return CONTACT_COMPANY_FIELDS[field] ?? null
  }

  return null
}

/** Parses one `--map` value, `Column=property`; the property must be one the engine reads. */
export function parseColumnOverride(text: string, object: DedupeObject): ColumnOverride {
  const at = text.lastIndexOf('=')
  const column = text.slice(0, Math.max(at, 0)).trim()
  const property = text.slice(at + 1).trim()
  if (at < 0 || column === '' || property === '') {
    throw errors.badRequest(`--map takes "Column=property", not "${text}".`)
  }
  const known = duplicateKeyProperties(object)
  if (!known.includes(property)) {
    throw errors.badRequest(
      `Unknown ${object} property "${property}" in --map; use one of: ${known.join(', ')}.`,
    )
  }

  return { column, property }
}

/**
 * Maps a header row to properties: automatic matches first, then `overrides`, which win.
 * When two columns claim one property the leftmost keeps it.
 */
export function mapHeaders(
  header: readonly string[],
  object: DedupeObject,
  overrides: readonly ColumnOverride[] = [],
): MappedColumn[] {
  const byProperty = new Map<string, MappedColumn>()
  header.forEach((column, index) => {
    const property = propertyForHeader(column, object)
    if (property !== null && !byProperty.has(property)) {
      byProperty.set(property, { index, column, property })
    }
  })

  for (const override of overrides) {
    const index = findColumn(header, override.column)
    for (const [property, mapped] of byProperty) {
      if (mapped.index === index) byProperty.delete(property)
    }
    byProperty.set(override.property, {
      index,
      column: header[index] ?? override.column,
      property: override.property,
    })
  }

  return [...byProperty.values()].sort((a, b) => a.index - b.index)
}

/** The column an override names: the exact title, else the title up to case and punctuation. */
function findColumn(header: readonly string[], column: string): number {
  const exact = header.indexOf(column)
  if (exact >= 0) return exact

  const wanted = normalizeHeader(column)
  // A name of punctuation only normalises to nothing and must match nothing.
  const loose = wanted === ''
    ? -1
    : header.findIndex((title) => normalizeHeader(title) === wanted)
  if (loose >= 0) return loose

  throw errors.csvUnknownColumn(column, header)
}
