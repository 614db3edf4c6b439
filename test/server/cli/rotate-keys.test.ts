import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { connectDatabase, openPglite } from '../../../server/db/connect.ts'
import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { migrate } from '../../../server/db/migrate.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import { findTokens, upsertTokens } from '../../../server/db/tokens.repository.ts'
import { createTokenCipher } from '../../../server/security/token-cipher.ts'
import type { TokenCipher } from '../../../server/security/token-cipher.ts'
import { sealTokenSet } from '../../../server/tokens/seal-tokens.ts'
import { createTestDatabase } from '../../support/database.ts'
import { expectOneErrorLine, runCliScript } from '../../support/run-cli.ts'
import { createPortalDetails } from '../db/fixtures.ts'

const SCRIPT = 'server/cli/rotate-keys.ts'
// Test-only keys, in TOKEN_ENCRYPTION_KEYS' id:secret form.
const OLD = { id: 'old', secret: 'old-cli-test-only-secret-0123456789' }
const NEW = { id: 'new', secret: 'new-cli-test-only-secret-9876543210' }
const LOST = { id: 'lost', secret: 'lost-cli-test-only-secret-000000000' }
const keysEnv = (...keys: { id: string; secret: string }[]) =>
  keys.map((key) => `${key.id}:${key.secret}`).join(',')

let dataDir: string

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'portalpilot-rotate-'))
})

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

/** Two portals with a grant each: 61 under `first`, 62 under `second`. */
async function seed(handle: DatabaseHandle, first: TokenCipher, second: TokenCipher) {
  for (const [portalId, cipher] of [[61, first], [62, second]] as const) {
    await upsertPortal(handle.db, createPortalDetails({ portalId }))
    await upsertTokens(handle.db, portalId, await sealTokenSet(cipher, {
      accessToken: `access-${portalId}`, refreshToken: `refresh-${portalId}`,
      expiresAtMs: Date.now() + 1_800_000, lifetimeMs: 1_800_000, hubId: portalId,
      userId: null, scopes: ['oauth'],
    }))
  }
}

async function withPglite<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await connectDatabase({ pglite: await openPglite(join(dataDir, 'pglite')) })
  try {
    return await work(handle)
  } finally {
    await handle.close()
  }
}

const pgliteEnv = (keys: string) =>
  ({ DATA_DIR: dataDir, DATABASE_URL: '', TOKEN_ENCRYPTION_KEYS: keys })

describe('npm run rotate-keys on the embedded database', () => {
  it('re-encrypts every grant under the first key and prints the counts', async () => {
    await withPglite(async (handle) => {
      await migrate(handle.db)
      await seed(handle, createTokenCipher([OLD]), createTokenCipher([OLD]))
    })

    const outcome = await runCliScript(SCRIPT, ['--service-stopped'],
      pgliteEnv(keysEnv(NEW, OLD)))

    expect(outcome).toMatchObject({ code: 0, stderr: '' })
    expect(outcome.stdout).toBe('rotated 2 grant(s) to key new; 0 left under other keys\n')
    await withPglite(async (handle) => {
      const row = await findTokens(handle.db, 62)
      expect(row?.keyId).toBe('new')
      await expect(createTokenCipher([NEW]).decrypt(row?.refreshToken ?? ''))
        .resolves.toBe('refresh-62')
    })
  })

  it('fails with one line when a grant stays under a key it was not given', async () => {
    await withPglite(async (handle) => {
      await handle.db.deleteFrom('portals').execute()
      await seed(handle, createTokenCipher([OLD]), createTokenCipher([LOST]))
    })

    const outcome = await runCliScript(SCRIPT, ['--service-stopped'],
      pgliteEnv(keysEnv(NEW, OLD)))

    expect(outcome.code).toBe(1)
    expect(outcome.stdout).toBe('rotated 1 grant(s) to key new; 1 left under other keys\n')
    expect(outcome.stderr).toMatch(/^error: 1 grant\(s\) are under a key that is not [^\n]+\n$/)
  })

  it('refuses to run beside a possibly running service without --service-stopped', async () => {
    const outcome = await runCliScript(SCRIPT, [], pgliteEnv(keysEnv(NEW, OLD)))

    expectOneErrorLine(outcome, 2, 'stop the service')
  })

  it('reports missing keys, a missing database and unknown arguments in one line', async () => {
    expectOneErrorLine(await runCliScript(SCRIPT, ['--service-stopped'], pgliteEnv('')), 1,
      'TOKEN_ENCRYPTION_KEYS')
    expectOneErrorLine(await runCliScript(SCRIPT, ['--service-stopped'],
      { ...pgliteEnv(keysEnv(NEW)), DATA_DIR: join(dataDir, 'nowhere') }), 1,
    'No embedded database')
    expectOneErrorLine(await runCliScript(SCRIPT, ['--force'], pgliteEnv(keysEnv(NEW))), 2,
      'usage: npm run rotate-keys')
  })
})

describe.runIf(process.env.TEST_DATABASE_URL)('npm run rotate-keys on Postgres', () => {
  it('rotates the grants of the DATABASE_URL database', async () => {
    const handle = await createTestDatabase()
    try {
      await seed(handle, createTokenCipher([OLD]), createTokenCipher([NEW]))
      const { rows } = await sql<{ name: string }>`select current_database() as name`
        .execute(handle.db)
      const url = new URL(process.env.TEST_DATABASE_URL ?? '')
      url.pathname = `/${rows[0]?.name}`

      const outcome = await runCliScript(SCRIPT, [],
        { DATABASE_URL: url.toString(), TOKEN_ENCRYPTION_KEYS: keysEnv(NEW, OLD) })

      expect(outcome.stdout).toBe('rotated 1 grant(s) to key new; 0 left under other keys\n')
      expect(outcome.code).toBe(0)
      expect((await findTokens(handle.db, 61))?.keyId).toBe('new')
    } finally {
      await handle.close()
    }
  })
})
