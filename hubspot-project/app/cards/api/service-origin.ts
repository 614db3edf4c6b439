/** The config-profile variable that holds the PortalPilot service origin. */
export const SERVICE_ORIGIN_VARIABLE = 'SERVICE_ORIGIN'

type Variables = Readonly<Record<string, unknown>> | undefined

/**
 * Reads the service origin the active config profile set (hsprofile.<name>.json). The same
 * variable fills `permittedUrls.fetch`, so the card can only call the origin HubSpot allows.
 * Returns null when the profile is missing it or it is not a bare HTTPS origin.
 */
export function serviceOriginFrom(variables: Variables): string | null {
  const value = variables?.[SERVICE_ORIGIN_VARIABLE]
  if (typeof value !== 'string') return null

  return isHttpsOrigin(value) ? value : null
}

/** True for `https://host[:port]` with no path, query, credentials or trailing slash. */
export function isHttpsOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false
  const url = new URL(value)
  if (url.protocol !== 'https:' || url.hostname === 'localhost') return false

  return url.origin === value
}
