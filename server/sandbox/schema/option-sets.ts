import { options, type OptionSets } from './property-table.ts'

/** Option lists shared by several object types, with HubSpot's internal values. */

export const LIFECYCLE_STAGES = [
  ['subscriber', 'Subscriber'], ['lead', 'Lead'],
  ['marketingqualifiedlead', 'Marketing Qualified Lead'],
  ['salesqualifiedlead', 'Sales Qualified Lead'], ['opportunity', 'Opportunity'],
  ['customer', 'Customer'], ['evangelist', 'Evangelist'], ['other', 'Other'],
] as const

const industries = [
  'ACCOUNTING', 'AIRLINES_AVIATION', 'ARCHITECTURE_PLANNING', 'AUTOMOTIVE', 'BANKING',
  'BIOTECHNOLOGY', 'BROADCAST_MEDIA', 'BUILDING_MATERIALS', 'CHEMICALS',
  'CIVIC_SOCIAL_ORGANIZATION', 'COMPUTER_HARDWARE', 'COMPUTER_NETWORK_SECURITY',
  'COMPUTER_SOFTWARE', 'CONSTRUCTION', 'CONSUMER_GOODS', 'CONSUMER_SERVICES', 'DESIGN',
  'EDUCATION_MANAGEMENT', 'E_LEARNING', 'ENTERTAINMENT', 'ENVIRONMENTAL_SERVICES',
  'FINANCIAL_SERVICES', 'FOOD_BEVERAGES', 'FURNITURE', 'GOVERNMENT_ADMINISTRATION',
  'HIGHER_EDUCATION', 'HOSPITAL_HEALTH_CARE', 'HOSPITALITY', 'HUMAN_RESOURCES',
  'INDIVIDUAL_FAMILY_SERVICES', 'INFORMATION_TECHNOLOGY_AND_SERVICES', 'INSURANCE', 'INTERNET',
  'LEGAL_SERVICES', 'LOGISTICS_AND_SUPPLY_CHAIN', 'MANAGEMENT_CONSULTING',
  'MARKETING_AND_ADVERTISING', 'MEDICAL_DEVICES', 'NONPROFIT_ORGANIZATION_MANAGEMENT',
  'PHARMACEUTICALS', 'PRIMARY_SECONDARY_EDUCATION', 'REAL_ESTATE', 'RETAIL',
  'TELECOMMUNICATIONS', 'TEXTILES', 'TRANSPORTATION_TRUCKING_RAILROAD',
]

/** `COMPUTER_SOFTWARE` -> `Computer Software`; `E_LEARNING` -> `E Learning`. */
export function industryLabel(value: string): string {
  return value.split('_').map((word) => word.charAt(0) + word.slice(1).toLowerCase())
    .join(' ')
}

const analyticsSources = [
  ['ORGANIC_SEARCH', 'Organic Search'], ['PAID_SEARCH', 'Paid Search'],
  ['EMAIL_MARKETING', 'Email Marketing'], ['SOCIAL_MEDIA', 'Organic Social'],
  ['REFERRALS', 'Referrals'], ['OTHER_CAMPAIGNS', 'Other Campaigns'],
  ['DIRECT_TRAFFIC', 'Direct Traffic'], ['OFFLINE', 'Offline Sources'],
  ['PAID_SOCIAL', 'Paid Social'], ['AI_REFERRALS', 'AI Referrals'],
] as const

export const SHARED_OPTION_SETS: OptionSets = {
  lifecycle: options(LIFECYCLE_STAGES),
  leadStatus: options([
    ['NEW', 'New'], ['OPEN', 'Open'], ['IN_PROGRESS', 'In Progress'],
    ['OPEN_DEAL', 'Open Deal'], ['UNQUALIFIED', 'Unqualified'],
    ['ATTEMPTED_TO_CONTACT', 'Attempted to Contact'], ['CONNECTED', 'Connected'],
    ['BAD_TIMING', 'Bad Timing'],
  ]),
  industry: options(industries.map((value) => [value, industryLabel(value)] as const)),
  analyticsSource: options(analyticsSources),
  objectSource: options([
    ['CRM_UI', 'CRM UI'], ['IMPORT', 'Import'], ['INTEGRATION', 'Integration'],
    ['API', 'API'], ['FORM', 'Form'], ['MOBILE_IOS', 'Mobile iOS'], ['SALES', 'Sales'],
    ['WORKFLOWS', 'Workflows'], ['MERGE', 'Merge'], ['UNKNOWN', 'Unknown'],
  ]),
  salesActivity: options([
    ['CALL', 'Call'], ['EMAIL', 'Email'], ['MEETING', 'Meeting'], ['NOTE', 'Note'],
    ['TASK', 'Task'], ['SEQUENCE', 'Sequence'],
  ]),
  companyType: options([
    ['PROSPECT', 'Prospect'], ['PARTNER', 'Partner'], ['RESELLER', 'Reseller'],
    ['VENDOR', 'Vendor'], ['OTHER', 'Other'],
  ]),
  employeeRange: options([
    ['1', '1'], ['2_to_5', '2 to 5'], ['6_to_10', '6 to 10'], ['11_to_25', '11 to 25'],
    ['26_to_50', '26 to 50'], ['51_to_200', '51 to 200'], ['201_to_1000', '201 to 1,000'],
    ['1001_to_10000', '1,001 to 10,000'], ['10001_or_more', '10,001 or more'],
  ]),
  revenueRange: options([
    ['under_1m', 'Under $1M'], ['1m_to_10m', '$1M to $10M'], ['10m_to_50m', '$10M to $50M'],
    ['50m_to_100m', '$50M to $100M'], ['100m_or_more', '$100M or more'],
  ]),
  sentiment: options([['positive', 'Positive'], ['neutral', 'Neutral'], ['negative', 'Negative']]),
  icpTier: options([['tier_1', 'Tier 1'], ['tier_2', 'Tier 2'], ['tier_3', 'Tier 3']]),
  targetState: options([
    ['recommended', 'Recommended'], ['snoozed', 'Snoozed'], ['dismissed', 'Dismissed'],
    ['accepted', 'Accepted'],
  ]),
  buyingRole: options([
    ['BLOCKER', 'Blocker'], ['BUDGET_HOLDER', 'Budget Holder'], ['CHAMPION', 'Champion'],
    ['DECISION_MAKER', 'Decision Maker'], ['END_USER', 'End User'],
    ['EXECUTIVE_SPONSOR', 'Executive Sponsor'], ['INFLUENCER', 'Influencer'],
    ['LEGAL_AND_COMPLIANCE', 'Legal & Compliance'], ['OTHER', 'Other'],
  ]),
  webTechnologies: options([
    ['google_analytics', 'Google Analytics'], ['hubspot', 'HubSpot'],
    ['wordpress', 'WordPress'], ['shopify', 'Shopify'], ['salesforce', 'Salesforce'],
    ['stripe', 'Stripe'], ['zendesk', 'Zendesk'], ['intercom', 'Intercom'],
  ]),
}

/** Currencies the portal accepts in currency-code properties (external options). */
export const PORTAL_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD'] as const
