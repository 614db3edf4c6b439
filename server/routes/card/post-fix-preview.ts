import type { FastifyPluginAsync } from 'fastify'

import type { FixChange, FixKind, FixPreview, FixPreviewRequest }
  from '../../../shared/card-api.ts'
import { errors } from '../../errors.ts'
import { findRecordProblems } from '../../fixes/find-problems.ts'
import { MERGE_RULE, planMerge } from '../../fixes/merge-plan.ts'
import { planRecordFix } from '../../fixes/plan-fix.ts'
import { PREVIEW_LIFETIME_MS, type PreviewClaims, signPreview }
  from '../../fixes/preview-token.ts'
import { normalizeDomain } from '../../fixes/normalize.ts'
import { OPERATIONS } from '../../operations.ts'
import { emailDomain } from '../../scoring/validity/email.ts'
import { createPhoneJudge } from '../../scoring/validity/phone.ts'
import { type CardDeps, requireCardDeps } from './card-deps.ts'
import { type LoadedRecord, loadRecord, nameOf, parseObjectId, parseObjectType }
  from './record-loader.ts'

const FIX_KINDS: readonly FixKind[] = ['normalize-email', 'normalize-phone', 'normalize-url',
  'normalize-domain', 'domain-from-website', 'clear-placeholder', 'enum-label-to-value',
  'associate-company-by-domain', 'merge']

const MERGE_WARNING = 'A merge cannot be undone: HubSpot keeps one record with a new id.'

function parseRequest(body: unknown): FixPreviewRequest {
  const input = (body ?? {}) as Record<string, unknown>
  if (!(FIX_KINDS as readonly unknown[]).includes(input.fix)) {
    throw errors.badRequest('fix must be one of the fix kinds.')
  }
  const fix = input.fix as FixKind
  const findingId = typeof input.findingId === 'string' ? input.findingId : undefined
  if (fix === 'merge') {
    return { objectType: parseObjectType(input.objectType),
      objectId: parseObjectId(input.objectId), fix, otherId: parseObjectId(input.otherId) }
  }
  if (!findingId) throw errors.badRequest('findingId is required for this fix.')

  return { objectType: parseObjectType(input.objectType),
    objectId: parseObjectId(input.objectId), fix, findingId }
}

/** The company whose domain matches the contact's email domain, when exactly one does. */
async function companyChange(deps: CardDeps, portalId: number, loaded: LoadedRecord)
  : Promise<FixChange[]> {
  const email = loaded.record.properties.email
  const domain = emailDomain(typeof email === 'string' ? email.trim() : '')
  if (domain === null) return []
  const companies = await deps.gatewayFor(portalId).companiesByDomain(domain,
    ['name', 'domain'])
  const matching = companies.filter((company) =>
    normalizeDomain(company.properties.domain ?? '') === domain)
  const company = matching.length === 1 ? matching[0] : undefined
  if (!company) return []

  return [{ property: 'associations.companies', label: `Company: ${nameOf(company)}`,
    before: null, after: company.id }]
}

/** `POST /card/fixes/preview`: exactly what a fix would change, signed for apply. */
const postFixPreview: FastifyPluginAsync<{ deps?: CardDeps }> = async (app, options) => {
  app.post('/card/fixes/preview', { config: { operation: OPERATIONS.cardFixPreview } },
    async (request): Promise<FixPreview> => {
      const input = parseRequest(request.body)
      const deps = requireCardDeps(options.deps)
      const { portalId } = request.hubspot
      const gateway = deps.gatewayFor(portalId)
      const schema = await gateway.properties(input.objectType)
      const loaded = await loadRecord(gateway, input.objectType, input.objectId, schema)
      const objectId = loaded.record.id
      const nowMs = (deps.now ?? Date.now)()
      const base = { portalId, objectType: input.objectType, objectId, fix: input.fix,
        expiresAtMs: nowMs + PREVIEW_LIFETIME_MS }

      if (input.fix === 'merge') {
        if (input.objectType === 'deals') throw errors.badRequest('Deals cannot be merged.')
        const other = await loadRecord(gateway, input.objectType, input.otherId ?? '', schema)
        if (other.record.id === objectId) throw errors.fixNotAvailable('These are one record')
        const plan = planMerge(loaded.record, other.record, schema)
        const claims: PreviewClaims = { ...base, findingId: null, changes: [],
          lastModified: { [objectId]: loaded.lastModified,
            [other.record.id]: other.lastModified },
          merge: plan }

        return { previewId: signPreview(deps.previewSecret, claims), fix: input.fix,
          objectType: input.objectType, objectId, changes: [], warnings: [MERGE_WARNING],
          irreversible: true, merge: { ...plan, rule: MERGE_RULE } }
      }

      const env = { nowMs, pipelines: null, owners: null,
        phoneJudge: createPhoneJudge(deps.defaultCountry) }
      const finding = findRecordProblems(loaded.view, env, deps.defaultCountry)
        .find((candidate) => candidate.id === input.findingId && candidate.fix === input.fix)
      if (!finding) throw errors.fixNotAvailable(`Finding ${String(input.findingId)}`)
      const changes = input.fix === 'associate-company-by-domain'
        ? await companyChange(deps, portalId, loaded)
        : finding.property === null ? []
          : planRecordFix(input.fix, finding.property, loaded.record.properties, schema,
            deps.defaultCountry)
      if (changes.length === 0) throw errors.fixNotAvailable(`Finding ${finding.id}`)
      const claims: PreviewClaims = { ...base, findingId: finding.id, changes,
        lastModified: { [objectId]: loaded.lastModified }, merge: null }

      return { previewId: signPreview(deps.previewSecret, claims), fix: input.fix,
        objectType: input.objectType, objectId, changes, warnings: [], irreversible: false,
        merge: null }
    })
}

export default postFixPreview
