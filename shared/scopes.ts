/**
 * The one list of OAuth scopes PortalPilot asks for, each with why. The app config in
 * hubspot-project/ is checked against it by a test, so the two cannot drift, and the
 * security page quotes these justifications.
 */

/** Required scopes are granted at install or the install fails; optional ones may not be. */
export type ScopeTier = 'required' | 'optional'

/** One scope and the reason we ask for it, in words a portal admin understands. */
export interface ScopeEntry {
  readonly scope: string
  readonly tier: ScopeTier
  readonly why: string
}

export const SCOPES: readonly ScopeEntry[] = [
  { scope: 'oauth', tier: 'required',
    why: 'Identifies the portal and lets us uninstall ourselves when you disconnect.' },
  { scope: 'crm.schemas.contacts.read', tier: 'required',
    why: 'Reads contact property definitions to check fill rate and valid values.' },
  { scope: 'crm.schemas.contacts.write', tier: 'required',
    why: 'Adds descriptions you approve to contact properties.' },
  { scope: 'crm.objects.contacts.read', tier: 'required',
    why: 'Samples contacts in memory to score them; values are never stored.' },
  { scope: 'crm.objects.contacts.write', tier: 'required',
    why: 'Applies a contact fix only after you preview and confirm it.' },
  { scope: 'crm.schemas.companies.read', tier: 'required',
    why: 'Reads company property definitions to check fill rate and valid values.' },
  { scope: 'crm.schemas.companies.write', tier: 'required',
    why: 'Adds descriptions you approve to company properties.' },
  { scope: 'crm.objects.companies.read', tier: 'required',
    why: 'Samples companies in memory and finds duplicate companies.' },
  { scope: 'crm.objects.companies.write', tier: 'required',
    why: 'Applies a company fix or merge only after you preview and confirm it.' },
  { scope: 'crm.schemas.deals.read', tier: 'required',
    why: 'Reads deal property definitions to check fill rate and valid values.' },
  { scope: 'crm.schemas.deals.write', tier: 'required',
    why: 'Adds descriptions you approve to deal properties.' },
  { scope: 'crm.objects.deals.read', tier: 'required',
    why: 'Samples deals to check pipeline health, close dates and amounts.' },
  { scope: 'crm.objects.deals.write', tier: 'required',
    why: 'Applies a deal fix only after you preview and confirm it.' },
  { scope: 'crm.objects.owners.read', tier: 'required',
    why: 'Finds records owned by deactivated or archived users.' },
  { scope: 'tickets', tier: 'required',
    why: 'Scores ticket data health: fill, pipeline stage and ownership.' },
  { scope: 'e-commerce', tier: 'required',
    why: 'Checks products and line items that deals depend on.' },
  { scope: 'crm.objects.line_items.read', tier: 'required',
    why: 'Finds deals whose line items do not add up or point at missing products.' },
  { scope: 'crm.objects.quotes.read', tier: 'required',
    why: 'Finds quotes left on closed or missing deals.' },
  { scope: 'crm.objects.products.read', tier: 'required',
    why: 'Finds products without a price or SKU.' },
  { scope: 'crm.lists.read', tier: 'required',
    why: 'Finds empty, stale and duplicate lists.' },
  { scope: 'settings.users.read', tier: 'required',
    why: 'Tells active users from deactivated ones when judging ownership.' },
  { scope: 'crm.objects.leads.read', tier: 'optional',
    why: 'Scores leads where the portal has the leads object (Sales Hub Pro and up).' },
  { scope: 'crm.schemas.custom.read', tier: 'optional',
    why: 'Reads custom object definitions where the portal has custom objects.' },
  { scope: 'crm.objects.custom.read', tier: 'optional',
    why: 'Samples custom object records where the portal has custom objects.' },
  { scope: 'automation', tier: 'optional',
    why: 'Finds broken and switched-off workflows (Professional tiers).' },
  { scope: 'crm.objects.goals.read', tier: 'optional',
    why: 'Checks that goals point at live pipelines and owners.' },
  { scope: 'communication_preferences.read', tier: 'optional',
    why: 'Counts contacts without a subscription status, never who they are.' },
  { scope: 'settings.users.teams.read', tier: 'optional',
    why: 'Groups ownership gaps by team.' },
]

/** The scopes of one tier, in list order. */
export function scopesOf(tier: ScopeTier): string[] {
  return SCOPES.filter((entry) => entry.tier === tier).map((entry) => entry.scope)
}
