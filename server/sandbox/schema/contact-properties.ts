import type { PropertyDefinition } from '../store/types.ts'
import { analyticsBlock, ownershipBlock, salesActivityBlock } from './activity-families.ts'
import { lifecycleFamilies } from './families.ts'
import { SHARED_OPTION_SETS } from './option-sets.ts'
import { options, propertyTable } from './property-table.ts'

/**
 * Contact properties: HubSpot's defaults (read-only bookkeeping, email and analytics blocks,
 * lifecycle families) plus a few custom ones the fidelity items use: `nps_score` (number),
 * `newsletter_opt_in` and `is_beta_tester` (bool, the second never set), `interests`
 * (multi-checkbox, item 12) and `trial_end_date` (date, item 14).
 */
const table = `
address|Street Address|string|text|contact
annualrevenue|Annual Revenue|string|text|contact
city|City|string|text|contact
company|Company Name|string|text|contact
company_size|Company size|string|text|contact
country|Country/Region|string|text|contact
createdate|Create Date|datetime|date|contact|r
date_of_birth|Date of birth|string|text|contact
degree|Degree|string|text|contact
email|Email|string|text|contact
fax|Fax Number|string|text|contact
field_of_study|Field of study|string|text|contact
firstname|First Name|string|text|contact
gender|Gender|string|text|contact
graduation_date|Graduation date|string|text|contact
hs_additional_emails|Additional email addresses|enum|checkbox|contact|r
hs_all_contact_vids|All vids for a contact|enum|checkbox|contact|hr
hs_avatar_filemanager_key|Avatar FileManager key|string|text|contact|hr
hs_buying_role|Buying Role|enum|checkbox|contact||buyingRole
hs_calculated_form_submissions|All form submissions|enum|checkbox|contact|hr
hs_calculated_merged_vids|Merged vids with timestamps|enum|checkbox|contact|hr
hs_calculated_mobile_number|Calculated Mobile Number|string|text|contact|hr
hs_calculated_phone_number|Calculated Phone Number|string|text|contact|hr
hs_calculated_phone_number_area_code|Phone area code|string|text|contact|hr
hs_calculated_phone_number_country_code|Phone country code|string|text|contact|hr
hs_calculated_phone_number_region_code|Phone region|string|text|contact|hr
hs_content_membership_email|Member email|string|text|contact
hs_content_membership_status|Status|enum|select|contact||membership
hs_country_region_code|Country/Region Code|string|text|contact|r
hs_email_domain|Email Domain|string|text|contact|r
hs_full_name_or_email|Full name or email|string|text|contact|c
hs_language|Preferred language|enum|select|contact||language
hs_lastmodifieddate|Object last modified date/time|datetime|date|contact|hr
hs_lead_status|Lead Status|enum|radio|sales||leadStatus
hs_legal_basis|Legal basis for processing contact's data|enum|checkbox|contact||legalBasis
hs_marketable_status|Marketing contact status|enum|select|contact|r|marketable
hs_persona|Persona|enum|radio|contact||persona
hs_pipeline|Pipeline|enum|select|contact|hrx
hs_state_code|State/Region Code|string|text|contact|r
hs_timezone|Time Zone|string|text|contact
hs_whatsapp_phone_number|WhatsApp Phone Number|string|phonenumber|contact
hubspotscore|HubSpot Score|number|number|contact|r
industry|Industry|string|text|contact
ip_city|IP City|string|text|contact|r
ip_country|IP Country|string|text|contact|r
ip_state|IP State/Region|string|text|contact|r
job_function|Job function|string|text|contact
jobtitle|Job Title|string|text|contact
lastmodifieddate|Last Modified Date|datetime|date|contact|r
lastname|Last Name|string|text|contact
lifecyclestage|Lifecycle Stage|enum|radio|contact||lifecycle
marital_status|Marital Status|string|text|contact
message|Message|string|textarea|contact
military_status|Military status|string|text|contact
mobilephone|Mobile Phone Number|string|phonenumber|contact
numemployees|Number of Employees|enum|select|contact||employees
owneremail|HubSpot Owner Email (legacy)|string|text|contact|hr
ownername|HubSpot Owner Name (legacy)|string|text|contact|hr
phone|Phone Number|string|phonenumber|contact
relationship_status|Relationship Status|string|text|contact
salutation|Salutation|string|text|contact
school|School|string|text|contact
seniority|Seniority|string|text|contact
start_date|Start date|string|text|contact
state|State/Region|string|text|contact
website|Website URL|string|text|contact
work_email|Work email|string|text|contact
zip|Postal Code|string|text|contact
# email
hs_email_bounce|Marketing emails bounced|number|number|email|r
hs_email_click|Marketing emails clicked|number|number|email|r
hs_email_delivered|Marketing emails delivered|number|number|email|r
hs_email_first_send_date|First marketing email send date|datetime|date|email|r
hs_email_hard_bounce_reason_enum|Email hard bounce reason|enum|select|email|r|bounce
hs_email_last_click_date|Last marketing email click date|datetime|date|email|r
hs_email_last_email_name|Last marketing email name|string|text|email|r
hs_email_last_open_date|Last marketing email open date|datetime|date|email|r
hs_email_last_send_date|Last marketing email send date|datetime|date|email|r
hs_email_open|Marketing emails opened|number|number|email|r
hs_email_optout|Unsubscribed from all email|bool|booleancheckbox|email|r
hs_email_quarantined|Email address quarantined|bool|booleancheckbox|email|r
hs_email_sends_since_last_engagement|Sends since last engagement|number|number|email|r
hs_emailconfirmationstatus|Email Confirmation Status|enum|select|email|r|confirmation
hs_sales_email_last_clicked|Recent Sales Email Clicked Date|datetime|date|email|r
hs_sales_email_last_opened|Recent Sales Email Opened Date|datetime|date|email|r
hs_sequences_enrolled_count|Number of sequences enrolled|number|number|contact_activity|r
hs_sequences_is_enrolled|Currently in Sequence|bool|booleancheckbox|contact_activity|r
hs_last_sales_activity_timestamp|Last Engagement Date|datetime|date|contact_activity|r
hs_last_sales_activity_type|Last Engagement Type|enum|select|contact_activity|r|salesActivity
hs_time_to_first_engagement|Time to first engagement|number|calculation_equation|contact_activity|c
# analytics extras and conversions
hs_analytics_average_page_views|Average Pageviews|number|number|analytics|r
hs_analytics_first_referrer|First Referring Site|string|text|analytics|r
hs_analytics_first_url|First Page Seen|string|text|analytics|r
hs_analytics_last_referrer|Last Referring Site|string|text|analytics|r
hs_analytics_last_url|Last Page Seen|string|text|analytics|r
hs_analytics_num_event_completions|Number of event completions|number|number|analytics|r
hs_analytics_revenue|Event Revenue|number|number|analytics|r
hs_social_facebook_clicks|Facebook Clicks|number|number|social|r
hs_social_last_engagement|Most Recent Social Click|datetime|date|social|r
hs_social_linkedin_clicks|LinkedIn Clicks|number|number|social|r
hs_social_num_broadcast_clicks|Broadcast Clicks|number|number|social|r
hs_social_twitter_clicks|Twitter Clicks|number|number|social|r
first_conversion_date|First Conversion Date|datetime|date|conversion|r
first_conversion_event_name|First Conversion|string|text|conversion|r
num_conversion_events|Number of Form Submissions|number|number|conversion|r
num_unique_conversion_events|Number of Unique Forms Submitted|number|number|conversion|r
recent_conversion_date|Recent Conversion Date|datetime|date|conversion|r
recent_conversion_event_name|Recent Conversion|string|text|conversion|r
# deals and companies
associatedcompanyid|Primary Associated Company ID|number|number|contact|h
associatedcompanylastupdated|Associated company last updated|number|number|contact|hr
days_to_close|Days To Close|number|calculation_equation|deal|c
first_deal_created_date|First Deal Created Date|datetime|date|deal|r
num_associated_deals|Number of Associated Deals|number|number|deal|c
recent_deal_amount|Recent Deal Amount|number|number|deal|r
recent_deal_close_date|Recent Deal Close Date|datetime|date|deal|r
total_revenue|Total Revenue|number|number|deal|r
# portal custom properties
interests|Interests|enum|checkbox|contact|n|interests
is_beta_tester|Beta tester|bool|booleancheckbox|contact|n
newsletter_opt_in|Newsletter opt-in|bool|booleancheckbox|contact|n
nps_score|NPS score|number|number|contact|n
trial_end_date|Trial end date|date|date|contact|n
# archived
hs_facebookid|Facebook ID|string|text|social|a
twitterprofilephoto|Twitter Profile Photo|string|text|social|a
`

const contactOptionSets = {
  ...SHARED_OPTION_SETS,
  membership: options([['active', 'Active'], ['inactive', 'Inactive'],
    ['registered', 'Registered']]),
  legalBasis: options([['legitimate_interest_prospect', 'Legitimate interest – prospect/lead'],
    ['legitimate_interest_existing', 'Legitimate interest – existing customer'],
    ['performance_of_contract', 'Performance of a contract'],
    ['consent_with_notice', 'Freely given consent from contact']]),
  marketable: options([['true', 'Marketing contact'], ['false', 'Non-marketing contact']]),
  persona: options([['persona_1', 'Operations Olivia'], ['persona_2', 'Founder Frank']]),
  employees: options([['1-5', '1-5'], ['5-25', '5-25'], ['25-50', '25-50'],
    ['50-100', '50-100'], ['100-500', '100-500'], ['500-1000', '500-1000'],
    ['1000+', '1000+']]),
  bounce: options([['BAD_MAILBOX', 'Bad mailbox'], ['POLICY', 'Policy'], ['SPAM', 'Spam'],
    ['UNKNOWN', 'Unknown']]),
  confirmation: options([['Confirmed', 'Confirmed'], ['Unconfirmed', 'Unconfirmed']]),
  interests: options([['sales_tools', 'Sales tools'], ['analytics', 'Analytics'],
    ['integrations', 'Integrations']]),
  language: options([['en', 'English'], ['es', 'Spanish'], ['fr', 'French'],
    ['de', 'German']]),
}

export function contactProperties(): PropertyDefinition[] {
  const blocks = [table, analyticsBlock('analytics'), salesActivityBlock('contact_activity'),
    ownershipBlock('contact', 'Contact owner'), lifecycleFamilies('contact_lifecycle')]

  return propertyTable(blocks.join('\n'), contactOptionSets)
}
