import type { PropertyValues } from '../../../shared/crm.ts'
import type { DuplicateGroup } from '../../../shared/report.ts'

import { forEachCandidatePair } from './blocking.ts'
import { buildGroups } from './build-groups.ts'
import { EdgeList } from './edge-list.ts'
import type { DuplicateFinder } from './finder.ts'
import { IdStore } from './id-store.ts'
import { ensureLength } from './growable.ts'
import { hashKey } from './hash-key.ts'
import { CONTACT_MATCHES } from './match-kinds.ts'
import { companyNameKey, personNameKey } from './normalize-name.ts'
import { isSharedDomain } from './normalize-domain.ts'
import { emailDomain, normalizeEmail } from './normalize-email.ts'

/** Properties the contact rules read. */
export const CONTACT_KEY_PROPERTIES = [
  'email', 'firstname', 'lastname', 'company', 'associatedcompanyid',
] as const

// Indexes into CONTACT_MATCHES, and the key column each one blocks on.
const KEY_COLUMNS = ['email', 'nameAndCompanyId', 'nameAndCompany', 'nameAndDomain'] as const

/**
 * Finds duplicate contacts by email address, and by first and last name together with the
 * company: its name, the associated company record, or a work email domain. Each of these
 * is an exact key, so equal keys always match and blocks are linked as chains.
 */
export class ContactFinder implements DuplicateFinder {
  readonly #ids = new IdStore()
  readonly #columns = KEY_COLUMNS.map(() => new Float64Array(1024))

  get size(): number {
    return this.#ids.length
  }

  add(id: string, properties: PropertyValues): void {
    const at = this.#ids.length
    this.#ids.add(id)
    for (let c = 0; c < this.#columns.length; c++) {
      this.#columns[c] = ensureLength(this.#columns[c] ?? new Float64Array(0), at + 1)
    }

    const email = normalizeEmail(properties.email)
    const person = personNameKey(properties.firstname, properties.lastname)
    const companyId = properties.associatedcompanyid?.trim()
    const company = companyNameKey(properties.company)
    const domain = email === null ? null : emailDomain(email)
    const keys = [
      email,
      person && companyId ? `${person}|id:${companyId}` : null,
      person && company ? `${person}|name:${company}` : null,
      person && domain && !isSharedDomain(domain) ? `${person}|domain:${domain}` : null,
    ]
    keys.forEach((key, c) => {
      const column = this.#columns[c]
      if (key !== null && column) column[at] = hashKey(key)
    })
  }

  finish(): DuplicateGroup[] {
    const edges = new EdgeList()
    this.#columns.forEach((column, kind) => {
      forEachCandidatePair(column, this.#ids.length, 'chain', (a, b) => edges.add(a, b, kind))
    })

    return buildGroups(this.#ids, edges, CONTACT_MATCHES)
  }
}
