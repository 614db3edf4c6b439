import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { loadConfig } from '../config.ts'
import { connectDatabase } from '../db/connect.ts'
import { lockDataDir } from '../db/data-dir-lock.ts'
import { connectedAsAppRole } from '../db/ping.ts'
import { AppError, errors } from '../errors.ts'
import { createTokenCipher } from '../security/token-cipher.ts'
import { rotateTokenKeys } from '../tokens/rotate-keys.ts'
import { runCli, UsageError } from './run-cli.ts'

const USAGE = 'usage: npm run rotate-keys [-- --service-stopped]   ' +
  '(TOKEN_ENCRYPTION_KEYS lists the new key first)'
const STOPPED_FLAG = '--service-stopped'

/**
 * `npm run rotate-keys`: re-encrypts every stored OAuth grant under the first key of
 * TOKEN_ENCRYPTION_KEYS. Safe while the service runs on Postgres (each grant is rewritten
 * under its portal's lock), and safe to run again. Embedded PGlite allows one process per
 * data folder, so there the service must be stopped first (--service-stopped says it is).
 */
async function main(argv: string[]): Promise<void> {
  if (argv.some((arg) => arg !== STOPPED_FLAG)) throw new UsageError(USAGE)

  const config = loadConfig()
  // PGlite takes no lock on its folder: a second process writing beside a running service
  // would corrupt the database, so the operator confirms the service is down.
  if (!config.databaseUrl && !argv.includes(STOPPED_FLAG)) {
    throw new UsageError('the embedded database allows one process at a time: stop the ' +
      `service, then run npm run rotate-keys -- ${STOPPED_FLAG} (with DATABASE_URL set, ` +
      'rotate while it runs)')
  }
  const keys = config.security.tokenKeys
  if (keys.length === 0) {
    throw errors.configInvalid(['TOKEN_ENCRYPTION_KEYS must hold at least one id:secret'])
  }
  const cipher = createTokenCipher(keys)
  const pgliteDir = join(config.dataDir, 'pglite')
  // connectDatabase would create an empty database in a mistyped folder.
  if (!config.databaseUrl && !existsSync(pgliteDir)) {
    throw new AppError('NOT_FOUND', 404, `No embedded database in ${pgliteDir}: set DATA_DIR ` +
      'or DATABASE_URL to the one the service uses.')
  }
  // The flag is the operator's word; the folder's claim is the proof no service holds it.
  const releaseDataDir = config.databaseUrl ? () => {} : lockDataDir(config.dataDir)
  const database = await connectDatabase({ databaseUrl: config.databaseUrl,
    dataDir: pgliteDir })
  try {
    // Row-level security hides every grant from the app role: rotating as it would rotate
    // nothing and still report success.
    if (await connectedAsAppRole(database.admin)) {
      throw new UsageError('DATABASE_URL must be the role that owns the tables, not ' +
        'portalpilot_app: that role sees no grants to rotate')
    }
    const result = await rotateTokenKeys({ db: database.db, admin: database.admin, cipher })
    process.stdout.write(`rotated ${result.rotated} grant(s) to key ${cipher.currentKeyId}; ` +
      `${result.remaining} left under other keys\n`)
    if (result.remaining > 0) {
      throw new AppError('INTERNAL', 500, `${result.remaining} grant(s) are under a key ` +
        'that is not configured or were written under an older key meanwhile: check ' +
        'TOKEN_ENCRYPTION_KEYS on every instance, then run again')
    }
  } finally {
    await database.close()
    releaseDataDir()
  }
}

runCli(main)
