import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Dev defaults only: a token-encryption key and a session secret made once per data folder
 * and kept beside the embedded database (mode 600), so tokens stored by one `npm start`
 * decrypt in the next. Production sets TOKEN_ENCRYPTION_KEYS and SESSION_SECRET itself.
 */
export function devSecretsEnv(dataDir: string): Record<string, string> {
  const file = join(dataDir, 'dev-secrets.json')
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  } catch {
    const secrets = {
      TOKEN_ENCRYPTION_KEYS: `dev1:${randomBytes(32).toString('base64url')}`,
      SESSION_SECRET: randomBytes(32).toString('base64url'),
    }
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 })

    return secrets
  }
}
