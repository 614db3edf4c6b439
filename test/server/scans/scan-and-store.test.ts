import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { upsertPortal } from '../../../server/db/portals.repository.ts'
import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { latestScan, readReport } from '../../../server/db/scans.repository.ts'
import { staticAccessToken } from '../../../server/hubspot/access-token.ts'
import { silentLogger } from '../../../server/hubspot/logger.ts'
import {
  createPortalBudgets,
  createPortalGateway,
} from '../../../server/hubspot/portal-gateway.ts'
import { scanAndStore } from '../../../server/scans/scan-and-store.ts'
import type { ScanOutcome } from '../../../server/scans/run-scan.ts'
import { createTestDatabase } from '../../support/database.ts'
import { connectSandbox } from '../../support/sandbox-scan.ts'

const SHARED_WITH_METADATA = new RegExp('^(hs_|createdate|lastmodifieddate|pp_sandbox|' +
  'hubspot_owner_id|pipeline|dealstage|lifecyclestage|industry|closedate)')

/** Every text value of every record in the sandbox that could identify a person or firm. */
function recordValues(store: Awaited<ReturnType<typeof connectSandbox>>['sandbox']['store']) {
  const values = new Set<string>()
  for (const type of ['contacts', 'companies', 'deals']) {
    for (const record of store.records(type)) {
      for (const [name, value] of Object.entries(record.properties)) {
        // Ids, dates, flags and enumeration codes are shared with metadata by design; names,
        // emails, phones, addresses, websites and amounts are what must never be stored.
        if (SHARED_WITH_METADATA.test(name)) continue
        const text = value.trim()
        if (text.length >= 6 && /[a-z@]/i.test(text)) values.add(text)
        if (/^\+?[\d\s().-]{7,}$/.test(text)) values.add(text)
      }
    }
  }

  return values
}

describe('scanAndStore', () => {
  let database: DatabaseHandle
  let portal: Awaited<ReturnType<typeof connectSandbox>>
  let stored: { scanId: number; outcome: ScanOutcome }

  beforeAll(async () => {
    database = await createTestDatabase()
    portal = await connectSandbox()
    await upsertPortal(database.db, await portal.gateway.accountDetails())
    stored = await scanAndStore(database.db, portal.sandbox.portalId, portal.deps,
      { kind: 'sample', sampleSize: 1_000, defaultCountry: 'US' })
  })
  afterAll(async () => {
    await portal.close()
    await database.close()
  })

  it('stores a report that reads back equal to the one the scan produced', async () => {
    const latest = await latestScan(database.db, portal.sandbox.portalId)
    const report = await readReport(database.db, portal.sandbox.portalId, stored.scanId)

    expect(latest?.scanId).toBe(stored.scanId)
    expect(latest?.status).toBe('finished')
    expect(report).toEqual(stored.outcome.report)
  })

  it('leaves no sampled record value in any table', async () => {
    const values = recordValues(portal.sandbox.store)
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(database.db)
    const dumps: string[] = []
    for (const { table_name: table } of tables.rows) {
      const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table)} t`
        .execute(database.db)
      dumps.push(...rows.rows.map((r) => r.row))
    }
    const everything = dumps.join('\n')

    // The check is only meaningful when there is plenty to look for and to look in.
    expect(values.size).toBeGreaterThan(3_000)
    expect(tables.rows.length).toBeGreaterThanOrEqual(6)
    expect(dumps.length).toBeGreaterThan(100)
    // A record value that also occurs in metadata HubSpot sends (the portal's time zone
    // America/Chicago, a label naming HubSpot) cannot be told apart, so it is not counted.
    const metadata = JSON.stringify([stored.outcome.details, stored.outcome.properties])
    const found = [...values]
      .filter((value) => !metadata.includes(value))
      .filter((value) => everything.includes(value))
    expect(found).toEqual([])
  })

  it('marks the scan failed with a stable code when HubSpot refuses the token', async () => {
    const portalId = portal.sandbox.portalId
    const refused = createPortalGateway({
      baseUrl: portal.baseUrl,
      portalId,
      tokens: staticAccessToken('not-a-token-the-sandbox-issued'),
      logger: silentLogger,
      timeoutMs: 5_000,
      budget: createPortalBudgets(105).forPortal('refused'),
    })

    await expect(
      scanAndStore(database.db, portalId, { ...portal.deps, gateway: refused },
        { kind: 'sample', sampleSize: 10, defaultCountry: 'US' }),
    ).rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })

    const history = await database.db.selectFrom('scans').select(['id', 'status', 'error_code'])
      .where('portal_id', '=', portalId).orderBy('id').execute()
    expect(history.at(-1)).toMatchObject({ status: 'failed', error_code: 'HUBSPOT_AUTH_FAILED' })
    const latest = await latestScan(database.db, portalId)
    expect(latest?.scanId).toBe(stored.scanId)
  })
})
