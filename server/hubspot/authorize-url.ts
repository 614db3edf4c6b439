import { paths } from './paths.ts'

/** The address that sends a user to HubSpot's consent screen for our app. */
export function authorizeUrl(options: {
  readonly authBaseUrl: string
  readonly clientId: string
  readonly redirectUri: string
  readonly scopes: readonly string[]
  readonly optionalScopes?: readonly string[]
  readonly state: string
}): string {
  const url = new URL(options.authBaseUrl + paths.authorize())
  url.searchParams.set('client_id', options.clientId)
  url.searchParams.set('redirect_uri', options.redirectUri)
  url.searchParams.set('scope', options.scopes.join(' '))
  if (options.optionalScopes?.length) {
    url.searchParams.set('optional_scope', options.optionalScopes.join(' '))
  }
  url.searchParams.set('state', options.state)

  return url.toString()
}
