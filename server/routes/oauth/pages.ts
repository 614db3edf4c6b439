/** The small HTML pages people see around the HubSpot consent screen. */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function page(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · PortalPilot</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>${escapeHtml(title)}</h1>
${body}
</body></html>
`
}

export const pages = {
  connected: (portalId: number) =>
    page('PortalPilot is connected', [
      `PortalPilot is now connected to HubSpot portal ${portalId}.`,
      'Your first health scan has started. It reads your property settings and a sample of ' +
        'up to 1,000 records per object, in memory only, and keeps just the scores.',
      'Next: open any contact, company or deal in HubSpot, choose Customize, and add the ' +
        'PortalPilot card from the card library to see the results and fix what it finds.',
    ]),
  declined: () =>
    page('Nothing was connected', [
      'You declined the connection on HubSpot, so PortalPilot has no access to your portal.',
      'You can start the install again from the HubSpot marketplace whenever you like.',
    ]),
  stateInvalid: () =>
    page('This link has expired', [
      'This sign-in or install link was already used or is more than ten minutes old.',
      'Start again from the beginning; nothing was connected.',
    ]),
  exchangeFailed: () =>
    page('HubSpot did not confirm the connection', [
      'HubSpot did not accept the confirmation code, so nothing was connected.',
      'Codes work once and only for a few minutes: start the install again.',
    ]),
  notMember: () =>
    page('No access to this portal', [
      'You signed in, but you have not installed or been added to PortalPilot on this ' +
        'HubSpot portal.',
    ]),
  signedIn: (token: string, expiresInSeconds: number) =>
    page('Signed in to PortalPilot', [
      `Your API session token (valid ${Math.round(expiresInSeconds / 60)} minutes):`,
      token,
      'Send it as "Authorization: Bearer <token>" to the PortalPilot API.',
    ]),
  tooMany: () =>
    page('Too many attempts', [
      'This address was asked too often in the last minute. Wait a minute and try again.',
    ]),
  failed: () =>
    page('Something went wrong', [
      'PortalPilot could not finish connecting. Nothing was half-saved; please try again.',
    ]),
}
