import type { ObjectType } from '../../shared/crm.ts'

/**
 * Every HubSpot path PortalPilot calls, and nothing else in the codebase knows one.
 * Date-versioned paths (2026-03) throughout: the v1 OAuth endpoints retire on 2027-02-16 and
 * v3/v4 CRM paths in 2027 (hubspot-platform.md §1).
 */
const VERSION = '2026-03'

const enc = encodeURIComponent

export const paths = {
  token: () => `/oauth/${VERSION}/token`,
  tokenRevoke: () => `/oauth/${VERSION}/token/revoke`,
  tokenIntrospect: () => `/oauth/${VERSION}/token/introspect`,
  appUninstall: () => `/appinstalls/${VERSION}/external-install`,
  authorize: () => '/oauth/authorize',
  accountDetails: () => `/account-info/${VERSION}/details`,
  properties: (type: ObjectType) => `/crm/properties/${VERSION}/${enc(type)}`,
  objects: (type: ObjectType) => `/crm/objects/${VERSION}/${enc(type)}`,
  batchRead: (type: ObjectType) => `/crm/objects/${VERSION}/${enc(type)}/batch/read`,
  search: (type: ObjectType) => `/crm/objects/${VERSION}/${enc(type)}/search`,
  associationsBatchRead: (from: ObjectType, to: ObjectType) =>
    `/crm/associations/${VERSION}/${enc(from)}/${enc(to)}/batch/read`,
  object: (type: ObjectType, id: string) => `/crm/objects/${VERSION}/${enc(type)}/${enc(id)}`,
  merge: (type: ObjectType) => `/crm/objects/${VERSION}/${enc(type)}/merge`,
  associationLabels: (from: ObjectType, to: ObjectType) =>
    `/crm/associations/${VERSION}/${enc(from)}/${enc(to)}/labels`,
  associate: (from: ObjectType, fromId: string, to: ObjectType, toId: string) =>
    `/crm/objects/${VERSION}/${enc(from)}/${enc(fromId)}/associations/${enc(to)}/${enc(toId)}`,
  dealPipelines: () => `/crm/pipelines/${VERSION}/deals`,
  owners: () => `/crm/owners/${VERSION}`,
} as const
