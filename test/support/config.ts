import { type Config, loadConfig } from '../../server/config.ts'

/** Secrets made for tests only: never used outside this process. */
export const TEST_SECRETS = {
  TOKEN_ENCRYPTION_KEYS: 'test1:test-only-master-key-0123456789abcdef',
  SESSION_SECRET: 'test-only-session-secret-0123456789abcdef',
} as const

/** A service Config on embedded defaults, with test secrets and any overrides. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ ...TEST_SECRETS, ...env }, { forService: true })
}
