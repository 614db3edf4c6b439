import { readFileSync } from 'node:fs'

import { parse } from 'csv-parse/sync'
import { parse as parseHost } from 'tldts'

import type { ChicagoRow } from './chicago-people.ts'

const CSV_URL = new URL('../data/chicago-early-childhood-sites_with_true_ids.csv',
  import.meta.url)

/** Every row of the Chicago file, with the header's column names. */
export function readChicagoRows(): ChicagoRow[] {
  return parse(readFileSync(CSV_URL, 'utf8'), { columns: true }) as ChicagoRow[]
}

/**
 * The registrable host of a website value, lower-cased and without `www.`, or undefined
 * when the value holds no real host name (`Yes`, `No`, `http//typo`).
 */
export function domainFromWebsite(website: string): string | undefined {
  const host = parseHost(website.trim().toLowerCase())
  if (!host.isIcann || !host.domain) return undefined

  return host.domain
}

/**
 * A Chicago row as a company, mapped exactly as the CSV import tool maps it: raw values from
 * `Site name`, `Address`, `Zip`, `Phone`, `Website`; `city` Chicago; `domain` derived from
 * the website; `True Id` in the hidden `pp_sandbox_cluster_id`. An empty cell sets nothing,
 * as a HubSpot import leaves a property unset for an empty cell.
 */
export function chicagoCompanyProperties(row: ChicagoRow): Record<string, string> {
  const properties: Record<string, string> = { city: 'Chicago' }
  const columns: readonly (readonly [string, string])[] = [
    ['name', 'Site name'], ['address', 'Address'], ['zip', 'Zip'], ['phone', 'Phone'],
    ['website', 'Website'], ['pp_sandbox_cluster_id', 'True Id'],
  ]
  for (const [property, column] of columns) {
    const value = row[column] ?? ''
    if (value !== '') properties[property] = value
  }
  const domain = domainFromWebsite(row.Website ?? '')
  if (domain) properties.domain = domain

  return properties
}
