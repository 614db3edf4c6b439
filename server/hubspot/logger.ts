/** The slice of pino's logger the HubSpot layer writes to. */
export interface CallLogger {
  info(fields: object, message: string): void
  warn(fields: object, message: string): void
  error(fields: object, message: string): void
}

/** Writes nothing: for callers that do not log (one-off CLI checks). */
export const silentLogger: CallLogger = { info() {}, warn() {}, error() {} }

/** One line per HubSpot or OAuth call; never a token, code or record value. */
export function logCall(
  logger: CallLogger,
  fields: {
    operation: string
    status: number | 'network-error' | 'timeout'
    durationMs: number
    attempt: number
    portalId?: number | undefined
  },
): void {
  const line = { type: 'hubspot', ...fields }
  if (typeof fields.status !== 'number' || fields.status >= 500) {
    logger.error(line, 'hubspot call')
  } else if (fields.status >= 400) {
    logger.warn(line, 'hubspot call')
  } else {
    logger.info(line, 'hubspot call')
  }
}
