import { objectTypesFor } from './object-types.ts'
import { demoOwners } from './owners.ts'
import { dealPipelines, ticketPipelines } from './pipelines.ts'
import { companyProperties } from './schema/company-properties.ts'
import { contactProperties } from './schema/contact-properties.ts'
import { dealProperties } from './schema/deal-properties.ts'
import { brandProperties, ticketProperties } from './schema/ticket-properties.ts'
import { seedDemo, seedEmpty } from './seed/demo-seed.ts'
import { SandboxStore } from './store/store.ts'

/** The demo portal's hub id: fixed, so links and fixtures stay stable. */
export const DEMO_PORTAL_ID = 48_213_907

export interface PortalOptions {
  readonly seed: 'demo' | 'empty'
  readonly now: () => number
  readonly searchLagMs: number
}

/** Builds the portal's store: schema, pipelines, owners, then the chosen seed. */
export function createPortalStore(options: PortalOptions): SandboxStore {
  const objectTypes = objectTypesFor(DEMO_PORTAL_ID)
  const brand = objectTypes.find((type) => type.custom)
  const properties = new Map([
    ['contacts', contactProperties()],
    ['companies', companyProperties()],
    ['deals', dealProperties()],
    ['tickets', ticketProperties()],
    ...(brand ? [[brand.name, brandProperties()] as const] : []),
  ])
  const store = new SandboxStore({
    portalId: DEMO_PORTAL_ID, objectTypes, properties, owners: demoOwners(),
    pipelines: new Map([['deals', dealPipelines()], ['tickets', ticketPipelines()]]),
    now: options.now, searchLagMs: options.searchLagMs,
  })
  if (options.seed === 'demo') seedDemo(store)
  else seedEmpty(store)

  return store
}
