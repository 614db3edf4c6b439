import type { PropertyValues } from '../../../shared/crm.ts'
import type { DuplicateGroup } from '../../../shared/report.ts'

import { forEachCandidatePair } from './blocking.ts'
import { buildGroups } from './build-groups.ts'
import { CompanyKeys } from './company-keys.ts'
import { matchCompanies } from './company-match.ts'
import { EdgeList } from './edge-list.ts'
import type { DuplicateFinder } from './finder.ts'
import { IdStore } from './id-store.ts'
import { COMPANY_MATCHES } from './match-kinds.ts'

/** Finds duplicate companies by domain, name, phone and street address. */
export class CompanyFinder implements DuplicateFinder {
  readonly #ids = new IdStore()
  readonly #keys: CompanyKeys

  constructor(defaultCountry: string) {
    this.#keys = new CompanyKeys(defaultCountry)
  }

  get size(): number {
    return this.#ids.length
  }

  add(id: string, properties: PropertyValues): void {
    this.#keys.add(properties)
    this.#ids.add(id)
  }

  finish(): DuplicateGroup[] {
    const keys = this.#keys
    keys.weighTokens()
    const edges = new EdgeList()
    const compare = (a: number, b: number) => {
      const kind = matchCompanies(keys, a, b)
      if (kind >= 0) edges.add(a, b, kind)
    }
    // Every rule needs an equal domain, name, phone or street, so these blocks see every
    // pair a rule can accept. Equal domains always match, so a chain links a domain block.
    forEachCandidatePair(keys.domain, keys.count, 'chain', compare)
    forEachCandidatePair(keys.street, keys.count, 'pairs', compare, keys.phoneLocal)
    forEachCandidatePair(keys.phoneLocal, keys.count, 'pairs', compare, keys.street)
    forEachCandidatePair(keys.name, keys.count, 'pairs', compare, keys.street)

    // A group never spans two zips, cities or domains, even through a sparse record that
    // matches both sides (a name-only "Acme Dental" must not join two Acme Dentals).
    return buildGroups(this.#ids, edges, COMPANY_MATCHES, [keys.zip, keys.city, keys.domain])
  }
}
