/**
 * Stable names of every operation the service serves; request logs carry them, and each
 * route's config names one.
 */
export const OPERATIONS = {
  healthRead: 'health.read',
  cardPortalHealthRead: 'card.portal-health.read',
  cardRecordRead: 'card.record.read',
  cardScanStart: 'card.scan.start',
  cardFixPreview: 'card.fix.preview',
  cardFixApply: 'card.fix.apply',
  apiReportRead: 'api.report.read',
  apiMeRead: 'api.me.read',
  apiPortalDisconnect: 'api.portal.disconnect',
  oauthInstall: 'oauth.install',
  oauthLogin: 'oauth.login',
  oauthCallback: 'oauth.callback',
} as const

export type Operation = (typeof OPERATIONS)[keyof typeof OPERATIONS]

declare module 'fastify' {
  interface FastifyContextConfig {
    operation?: Operation
  }
}
