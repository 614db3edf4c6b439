import { createHash } from 'node:crypto'

import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'

import type { FixResult } from '../../../shared/card-api.ts'
import type { Database } from '../../db/database.ts'
import { claimFixKey, releaseFixKey, saveFixResult }
  from '../../db/fix-applications.repository.ts'
import { errors } from '../../errors.ts'
import type { HubSpotGateway } from '../../hubspot/gateway.ts'
import { verifyPreview } from '../../fixes/preview-token.ts'
import { OPERATIONS } from '../../operations.ts'
import { applyFix } from './apply-fix.ts'
import { type CardDeps, requireCardDeps } from './card-deps.ts'

const KEY = /^[\w-]{8,128}$/

function parseBody(body: unknown) {
  const input = (body ?? {}) as Record<string, unknown>
  if (typeof input.previewId !== 'string' || input.previewId.length > 64_000) {
    throw errors.badRequest('previewId is required.')
  }
  if (typeof input.idempotencyKey !== 'string' || !KEY.test(input.idempotencyKey)) {
    throw errors.badRequest('idempotencyKey must be 8 to 128 letters, digits, - or _.')
  }
  const winners: Record<string, 'primary' | 'secondary'> = {}
  if (input.winners !== undefined) {
    if (typeof input.winners !== 'object' || input.winners === null) {
      throw errors.badRequest('winners must map properties to primary or secondary.')
    }
    for (const [property, winner] of Object.entries(input.winners)) {
      if (winner !== 'primary' && winner !== 'secondary') {
        throw errors.badRequest('winners must map properties to primary or secondary.')
      }
      winners[property] = winner
    }
  }

  return { previewId: input.previewId, key: input.idempotencyKey, winners }
}

/** The gateway, noting whether a change was sent and what id a merge answered with. */
function trackWrites(gateway: HubSpotGateway) {
  const tracker = {
    sent: false,
    mergedId: undefined as string | undefined,
    gateway: {
      ...gateway,
      updateRecord: (...args: Parameters<HubSpotGateway['updateRecord']>) => {
        tracker.sent = true

        return gateway.updateRecord(...args)
      },
      associate: (...args: Parameters<HubSpotGateway['associate']>) => {
        tracker.sent = true

        return gateway.associate(...args)
      },
      mergeRecords: async (...args: Parameters<HubSpotGateway['mergeRecords']>) => {
        tracker.sent = true
        const merged = await gateway.mergeRecords(...args)
        tracker.mergedId = merged.id

        return merged
      },
    } satisfies HubSpotGateway,
  }

  return tracker
}

/**
 * `POST /card/fixes/apply`: applies a signed preview once per idempotency key, verifies it
 * took, and writes the audit entry. Failures of HubSpot's making are a `failed` result.
 */
const postFixApply: FastifyPluginAsync<{ db: Kysely<Database>; deps?: CardDeps }> =
  async (app, options) => {
    app.post('/card/fixes/apply', { config: { operation: OPERATIONS.cardFixApply } },
      async (request): Promise<FixResult> => {
        const { previewId, key, winners } = parseBody(request.body)
        const deps = requireCardDeps(options.deps)
        const { portalId, userId } = request.hubspot
        const check = verifyPreview(deps.previewSecret, previewId, (deps.now ?? Date.now)())
        if (!check.ok) {
          throw check.reason === 'expired' ? errors.previewExpired() : errors.previewInvalid()
        }
        const claims = check.claims
        // A preview made for another portal is not one this caller may use.
        if (claims.portalId !== portalId) throw errors.previewInvalid()
        const digest = createHash('sha256').update(previewId)
          .update(JSON.stringify(winners)).digest('hex')
        const claim = await claimFixKey(options.db, portalId, key, digest)
        if (claim.state === 'done') return claim.result as FixResult
        if (claim.state === 'pending') throw errors.fixInProgress()
        if (claim.state === 'other-preview') throw errors.idempotencyKeyReused()

        let result: FixResult
        const writes = trackWrites(deps.gatewayFor(portalId))
        try {
          const schema = await writes.gateway.properties(claims.objectType)
          result = await applyFix(options.db, writes.gateway, claims, schema, winners)
        } catch (error) {
          // Nothing reached HubSpot as a change: the same key may try again.
          if (!writes.sent) {
            await releaseFixKey(options.db, portalId, key)
            throw error
          }
          // A change was sent (a merge cannot be taken back) but not confirmed: the outcome
          // is kept under the key and audited, and the card is sent to the record as it is.
          request.log.error({ type: 'fix', err: error }, 'fix sent but not confirmed')
          result = { status: 'failed', objectId: writes.mergedId ?? claims.objectId,
            errors: [{ property: null, code: 'OTHER', message: 'HubSpot took the change, ' +
              'but PortalPilot could not confirm it: reload the record before trying again.' }] }
        }
        await saveFixResult(options.db, portalId, key, result)
        await deps.audit({ portalId, userId, action: 'data.write',
          outcome: result.status === 'applied' ? 'success' : 'failure',
          detail: { fix: claims.fix, objectType: claims.objectType,
            objectId: claims.objectId, resultId: result.objectId } })

        return result
      })
  }

export default postFixApply
