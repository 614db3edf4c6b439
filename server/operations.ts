/**
 * Stable names of every operation the service serves; request logs carry them, and each
 * route's config names one.
 */
export const OPERATIONS = {
  healthRead: 'health.read',
} as const

export type Operation = (typeof OPERATIONS)[keyof typeof OPERATIONS]

declare module 'fastify' {
  interface FastifyContextConfig {
    operation?: Operation
  }
}
