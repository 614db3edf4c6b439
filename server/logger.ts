import pino, { type Logger } from 'pino'

import type { Config } from './config.ts'

/**
 * Paths pino blanks out wherever they appear, a second wall behind the rule that no log line
 * is ever given a token, code, signature or email in the first place.
 */
export const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'accessToken',
  'refreshToken',
  '*.accessToken',
  '*.refreshToken',
  'access_token',
  'refresh_token',
  'code',
  'clientSecret',
  'client_secret',
  'email',
  '*.email',
  'x-hubspot-signature-v3',
  '*["x-hubspot-signature-v3"]',
]

export function createLogger(
  config: Pick<Config, 'logLevel'>,
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: 'portalpilot' },
    },
    destination,
  )
}
