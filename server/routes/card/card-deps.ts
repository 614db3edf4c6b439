import type { AuditEntry } from '../../audit/audit-log.ts'
import { errors } from '../../errors.ts'
import type { HubSpotGateway } from '../../hubspot/gateway.ts'

/** What the record and fix routes need besides the database. */
export interface CardDeps {
  /** The gateway of one portal, with its token and rate budget. */
  readonly gatewayFor: (portalId: number) => HubSpotGateway
  /** For phone numbers written without a country (config DEFAULT_COUNTRY). */
  readonly defaultCountry: string
  /** Signs previews (the session secret). */
  readonly previewSecret: string
  readonly queueScan: (portalId: number) => void
  readonly audit: (entry: AuditEntry) => Promise<void>
  readonly now?: () => number
}

/** The deps, or a plain 500 when the service was built without them (route tests). */
export function requireCardDeps(deps: CardDeps | undefined): CardDeps {
  if (!deps) throw errors.internal(new Error('card routes built without their deps'))

  return deps
}
