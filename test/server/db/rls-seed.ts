import type { Kysely } from 'kysely'

import { createAuditLog } from '../../../server/audit/audit-log.ts'
import type { Database } from '../../../server/db/database.ts'
import { claimFixKey, saveFixResult } from '../../../server/db/fix-applications.repository.ts'
import { upsertMember } from '../../../server/db/members.repository.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import { createScan, finishScan } from '../../../server/db/scans.repository.ts'
import { upsertTokens } from '../../../server/db/tokens.repository.ts'
import { createPortalDetails, createProperty, createReport } from './fixtures.ts'

/** The user who is a member of every seeded portal. */
export const SHARED_USER_ID = 7_000_001

/**
 * Gives each portal at least one row in every tenant table, written through the
 * repositories on the service connection as the service would write them. A new tenant
 * table needs a line here, or rls.test.ts reports it as unseeded.
 */
export async function seedEveryTenantTable(
  db: Kysely<Database>,
  portalIds: readonly number[],
): Promise<void> {
  const audit = createAuditLog({ db })
  for (const portalId of portalIds) {
    await upsertPortal(db, createPortalDetails({ portalId }))
    const scanId = await createScan(db, portalId, { kind: 'sample' })
    // createReport(0) carries object scores, checks and a duplicate group.
    await finishScan(db, portalId, scanId, createReport(0), {
      properties: { contacts: [createProperty()] },
      fillRates: { contacts: new Map([['email', 0.5]]) },
    })
    await upsertMember(db, portalId, SHARED_USER_ID, 'member')
    await upsertTokens(db, portalId, {
      keyId: 'k1',
      accessToken: `v1.k1.salt.nonce.tag.access${portalId}`,
      refreshToken: `v1.k1.salt.nonce.tag.refresh${portalId}`,
      expiresAtMs: Date.parse('2030-01-01T00:00:00Z'),
      lifetimeMs: 1_800_000,
      hubId: portalId,
      userId: SHARED_USER_ID,
      scopes: ['oauth'],
    })
    await audit.record({ portalId, action: 'data.scan', outcome: 'success' })
    await claimFixKey(db, portalId, `fix-key-${portalId}`, 'digest')
    await saveFixResult(db, portalId, `fix-key-${portalId}`, { status: 'applied' })
  }
}
