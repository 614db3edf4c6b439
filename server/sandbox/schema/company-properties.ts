import type { PropertyDefinition } from '../store/types.ts'
import { lifecycleFamilies } from './families.ts'
import { SHARED_OPTION_SETS } from './option-sets.ts'
import { options, propertyTable } from './property-table.ts'

/**
 * Company properties shaped like a real portal's (fidelity item 17): 247 live properties,
 * 245 hubspotDefined, 88 hidden, 182 with readOnlyValue of which 6 are calculated, 22 with
 * externalOptions, 19 enumerations without options, one hasUniqueValue, and three archived
 * ones that only `archived=true` shows. The test of this file recounts every figure.
 */
const table = `
about_us|About Us|string|textarea|info
address|Street Address|string|text|info
address2|Street Address 2|string|text|info
annualrevenue|Annual Revenue|number|number|info
city|City|string|text|info
country|Country/Region|string|text|info
createdate|Create Date|datetime|date|info|r
description|Description|string|textarea|info
domain|Company Domain Name|string|text|info
founded_year|Year Founded|string|text|info
hs_additional_domains|Additional Domains|enum|checkbox|info
hs_annual_revenue_currency_code|Annual Revenue Currency Code|enum|select|info|x
hs_avatar_filemanager_key|Avatar FileManager key|string|text|info|hr
hs_country_code|Country/Region Code|string|text|info|r
hs_employee_range|Employee range|enum|select|info|r|employeeRange
hs_industry_group|Industry group|string|text|info|r
hs_ideal_customer_profile|Ideal Customer Profile Tier|enum|radio|info||icpTier
hs_is_enriched|Is enriched|bool|booleancheckbox|info|hr
hs_keywords|Keywords|enum|checkbox|info||keywords
hs_last_metered_enrichment_timestamp|Last metered enrichment timestamp|datetime|text|info|hr
hs_lastmodifieddate|Last Modified Date|datetime|date|info|r
hs_lead_status|Lead Status|enum|select|sales||leadStatus
hs_linkedin_handle|LinkedIn handle|string|text|info|hr
hs_logo_url|Logo URL|string|text|info
hs_object_id|Record ID|number|number|info|r
hs_parent_company_id|Parent Company|number|number|info|rx
hs_pipeline|Pipeline|enum|select|info|hrx
hs_read_only|Read only object|bool|booleancheckbox|info|hr
hs_revenue_range|Revenue range|enum|select|info|r|revenueRange
hs_state_code|State/Region Code|string|text|info|r
hs_unique_creation_key|Unique creation key|string|text|info|hru
hs_was_imported|Performed in an import|bool|booleancheckbox|info|hr
industry|Industry|enum|select|info||industry
is_public|Is Public|bool|booleancheckbox|info
lifecyclestage|Lifecycle Stage|enum|radio|info||lifecycle
name|Name|string|text|info
numberofemployees|Number of Employees|number|number|info
phone|Phone Number|string|phonenumber|info
state|State/Region|string|text|info
timezone|Time Zone|string|text|info
total_money_raised|Total Money Raised|string|text|info
type|Type|enum|select|info||companyType
web_technologies|Web Technologies|enum|checkbox|info||webTechnologies
website|Website URL|string|text|info
zip|Postal Code|string|text|info
# ownership and teams
hs_all_accessible_team_ids|All teams|enum|checkbox|info|hrx
hs_all_assigned_business_unit_ids|Business units|enum|checkbox|info|hrx
hs_all_owner_ids|All owner IDs|enum|checkbox|info|hrx
hs_all_team_ids|All team IDs|enum|checkbox|info|hrx
hs_created_by_user_id|Created by user ID|number|number|info|rx
hs_object_source_user_id|Record source user ID|number|number|info|rx
hs_shared_team_ids|Shared teams|enum|checkbox|info|x
hs_shared_user_ids|Shared users|enum|checkbox|info|x
hs_updated_by_user_id|Updated by user ID|number|number|info|rx
hs_user_ids_of_all_notification_followers|Notification followers|enum|checkbox|info|hrx
hs_user_ids_of_all_notification_unfollowers|Notification unfollowers|enum|checkbox|info|hrx
hs_user_ids_of_all_owners|User IDs of all owners|enum|checkbox|info|hrx
hubspot_owner_assigneddate|Owner Assigned Date|datetime|date|info|r
hubspot_owner_id|Company owner|enum|select|info|x
hubspot_team_id|HubSpot Team|enum|select|info|rx
owneremail|HubSpot Owner Email (legacy)|string|text|info|hr
ownername|HubSpot Owner Name (legacy)|string|text|info|hr
# record source
hs_createdate|HubSpot Create Date|datetime|date|info|hr
hs_merged_object_ids|Merged Company IDs|enum|checkbox|info|hr
hs_object_source|Record source|string|text|info|r
hs_object_source_detail_1|Record source detail 1|string|text|info|r
hs_object_source_detail_2|Record source detail 2|string|text|info|r
hs_object_source_detail_3|Record source detail 3|string|text|info|r
hs_object_source_id|Record source ID|string|text|info|r
hs_object_source_label|Record source label|enum|select|info|r|objectSource
hs_pinned_engagement_id|Pinned Engagement ID|number|number|info|h
hs_quick_context|Quick context|string|text|info|hr
hs_task_label|Task label|string|text|info|hr
# social
facebook_company_page|Facebook Company Page|string|text|social
facebookfans|Facebook Fans|number|number|social|r
googleplus_page|Google Plus Page|string|text|social
linkedin_company_page|LinkedIn Company Page|string|text|social
linkedinbio|LinkedIn Bio|string|textarea|social
twitterbio|Twitter Bio|string|textarea|social
twitterfollowers|Twitter Followers|number|number|social|r
twitterhandle|Twitter Handle|string|text|social
# activity
engagements_last_meeting_booked|Last meeting booked|datetime|date|activity|r
engagements_last_meeting_booked_campaign|Last booking campaign|string|text|activity|r
engagements_last_meeting_booked_medium|Last booking medium|string|text|activity|r
engagements_last_meeting_booked_source|Last booking source|string|text|activity|r
hs_last_booked_meeting_date|Last Booked Meeting Date|datetime|date|activity|r
hs_last_logged_call_date|Last Logged Call Date|datetime|date|activity|r
hs_last_logged_outgoing_email_date|Last Logged Outgoing Email Date|datetime|date|activity|hr
hs_last_open_task_date|Last Open Task Date|datetime|date|activity|r
hs_last_sales_activity_date|Last Engagement Date|datetime|date|activity|hr
hs_last_sales_activity_timestamp|Last Engagement Date|datetime|date|activity|r
hs_last_sales_activity_type|Last Engagement Type|enum|select|activity|r|salesActivity
hs_latest_meeting_activity|Latest meeting activity|datetime|date|activity|r
hs_next_meeting_id|Next Meeting ID|string|text|activity|hr
hs_next_meeting_name|Next Meeting Name|string|text|activity|hr
hs_next_meeting_start_time|Next Meeting Start Time|datetime|date|activity|hr
hs_sales_email_last_replied|Recent Sales Email Replied Date|datetime|date|activity|r
notes_last_contacted|Last Contacted|datetime|date|activity|r
notes_last_updated|Last Activity Date|datetime|date|activity|r
notes_next_activity_date|Next Activity Date|datetime|date|activity|r
num_contacted_notes|Number of times contacted|number|number|activity|r
num_notes|Number of Sales Activities|number|number|activity|r
hs_notes_last_activity|Last activity|object_coordinates|text|activity|hr
hs_notes_next_activity|Next activity|object_coordinates|text|activity|hr
hs_notes_next_activity_type|Next activity type|enum|select|activity|hr|salesActivity
# analytics
hs_analytics_first_timestamp|Time First Seen|datetime|date|analytics|r
hs_analytics_first_touch_converting_campaign|First Touch Converting Campaign|string|text|analytics|r
hs_analytics_first_visit_timestamp|Time of First Session|datetime|date|analytics|r
hs_analytics_last_timestamp|Time Last Seen|datetime|date|analytics|r
hs_analytics_last_touch_converting_campaign|Last Touch Converting Campaign|string|text|analytics|r
hs_analytics_last_visit_timestamp|Time of Last Session|datetime|date|analytics|r
hs_analytics_latest_source|Latest Source|enum|select|analytics|r|analyticsSource
hs_analytics_latest_source_data_1|Latest Source Data 1|string|text|analytics|r
hs_analytics_latest_source_data_2|Latest Source Data 2|string|text|analytics|r
hs_analytics_latest_source_timestamp|Latest Source Timestamp|datetime|date|analytics|r
hs_analytics_num_page_views|Number of Pageviews|number|number|analytics|r
hs_analytics_num_visits|Number of Sessions|number|number|analytics|r
hs_analytics_source|Original Source Type|enum|select|analytics|r|analyticsSource
hs_analytics_source_data_1|Original Source Data 1|string|text|analytics|r
hs_analytics_source_data_2|Original Source Data 2|string|text|analytics|r
# conversion and deals
closedate|Close Date|datetime|date|deal
days_to_close|Days to Close|number|calculation_equation|deal|c
first_contact_createdate|First Contact Create Date|datetime|date|conversion|r
first_conversion_date|First Conversion Date|datetime|date|conversion|r
first_conversion_event_name|First Conversion|string|text|conversion|r
first_deal_created_date|First Deal Created Date|datetime|date|deal|r
hs_num_blockers|Number of blockers|number|calculation_rollup|deal|r
hs_num_child_companies|Number of child companies|number|calculation_rollup|info|r
hs_num_contacts_with_buying_roles|Contacts with buying roles|number|calculation_rollup|deal|r
hs_num_decision_makers|Number of decision makers|number|calculation_rollup|deal|r
hs_num_open_deals|Number of open deals|number|calculation_rollup|deal|r
hs_total_deal_value|Total open deal value|number|calculation_rollup|deal|c
num_associated_contacts|Number of Associated Contacts|number|number|info|c
num_associated_deals|Number of Associated Deals|number|number|deal|c
num_conversion_events|Number of Form Submissions|number|number|conversion|r
recent_conversion_date|Recent Conversion Date|datetime|date|conversion|r
recent_conversion_event_name|Recent Conversion|string|text|conversion|r
recent_deal_amount|Recent Deal Amount|number|number|deal|r
recent_deal_close_date|Recent Deal Close Date|datetime|date|deal|r
total_revenue|Total Revenue|number|calculation_rollup|deal|c
hs_annual_revenue_in_home_currency|Revenue (home currency)|number|calculation_equation|info|hc
hs_latest_createdate_of_active_subscriptions|Latest subscription date|datetime|date|info|hr
# target accounts
hs_is_target_account|Target Account|bool|booleancheckbox|target
hs_target_account|Target Account (legacy)|enum|checkbox|target|hr|icpTier
hs_target_account_probability|Target Account Probability|number|number|target|hr
hs_target_account_recommendation_snooze_time|Recommendation snoozed until|datetime|date|target|hr
hs_target_account_recommendation_state|Recommendation state|enum|select|target|hr|targetState
# buyer intent
hs_intent_paid_up_to_date|Intent paid up to date|date|date|intent|hr
hs_intent_signals_enabled|Intent signals enabled|bool|booleancheckbox|intent|hr
hs_intent_page_views_last_30_days|Intent page views (30 days)|number|number|intent|hr
hs_intent_visitors_last_30_days|Intent visitors (30 days)|number|number|intent|hr
hs_intent_topics|Intent topics|enum|checkbox|intent|hrx
hs_research_agent_summary|Research summary|string|textarea|intent|hr
hs_research_agent_updated_at|Research summary updated|datetime|text|intent|hr
hs_predictive_score|Likelihood to close|number|number|intent|hr
hs_predictive_score_tier|Likelihood tier|enum|select|intent|hrx|likelihood
hs_headquarters_location|Headquarters location|object_coordinates|text|info|hr
hs_analytics_first_touch_converting_campaign_id|First touch campaign ID|string|text|analytics|hr
hs_analytics_last_touch_converting_campaign_id|Last touch campaign ID|string|text|analytics|hr
hs_num_marketing_contacts|Marketing contacts|number|calculation_rollup|info|hr
hs_num_associated_calls|Associated calls|number|calculation_rollup|activity|hr
hs_num_associated_emails|Associated emails|number|calculation_rollup|activity|hr
hs_num_associated_meetings|Associated meetings|number|calculation_rollup|activity|hr
hs_num_associated_notes|Associated notes|number|calculation_rollup|activity|hr
hs_num_associated_tasks|Associated tasks|number|calculation_rollup|activity|hr
hs_lastmodified_by_source|Last modified by source|enum|select|info|hrx
hs_owning_teams|Owning teams|enum|checkbox|info|hrx
hs_primary_company_source|Primary company source|enum|select|info|hrx
hs_company_score|Company score|number|number|info|hr
hs_country_region_code|Country region code|string|text|info|hr
hs_customer_success_ticket_sentiment|Ticket sentiment|enum|select|info|hr|sentiment
hs_last_ticket_activity_date|Last ticket activity|datetime|date|activity|hr
hs_num_open_tickets|Open tickets|number|calculation_rollup|activity|hr
hs_source_object_id|Source object ID|number|number|info|hr
# account management
hs_csm_sentiment|CSM sentiment|enum|select|info||sentiment
hs_renewal_date|Renewal date|date|date|deal
hs_contract_end_date|Contract end date|date|date|deal
hs_customer_tier|Customer tier|enum|select|info||customerTier
hs_region|Sales region|enum|select|sales||region
hs_instagram_handle|Instagram handle|string|text|social
hs_youtube_channel|YouTube channel|string|text|social
hs_tiktok_handle|TikTok handle|string|text|social
hs_billing_address|Billing street address|string|text|info
hs_billing_city|Billing city|string|text|info
hs_billing_state|Billing state/region|string|text|info
hs_billing_zip|Billing postal code|string|text|info
hs_billing_country|Billing country/region|string|text|info
hs_vat_number|VAT number|string|text|info
hs_tax_id|Tax ID|string|text|info
hs_duns_number|D-U-N-S number|string|text|info
hs_sic_code|SIC code|string|text|info
hs_naics_code|NAICS code|string|text|info
hs_stock_ticker|Stock ticker|string|text|info
hs_onboarding_status|Onboarding status|enum|select|info||onboarding
hs_churn_risk|Churn risk|enum|radio|info||low=Low;medium=Medium;high=High
hs_partner_program|Partner program member|bool|booleancheckbox|info
hs_preferred_language|Preferred language|enum|select|info||language
# portal custom properties
pp_sandbox_cluster_id|Sandbox duplicate cluster|string|text|info|hn
trial_end_date|Trial end date|date|date|info|n
# archived
hs_legacy_company_score|Legacy company score|number|number|info|a
old_account_tier|Old account tier|enum|select|info|na|gold=Gold;silver=Silver
fax_number|Fax Number|string|text|info|a
`

const companyOptionSets = {
  ...SHARED_OPTION_SETS,
  keywords: options([['b2b', 'B2B'], ['b2c', 'B2C'], ['saas', 'SaaS'], ['nonprofit', 'Nonprofit']]),
  likelihood: options([['very_likely', 'Very likely'], ['likely', 'Likely'],
    ['neutral', 'Neutral'], ['unlikely', 'Unlikely']]),
  customerTier: options([['strategic', 'Strategic'], ['enterprise', 'Enterprise'],
    ['mid_market', 'Mid-market'], ['smb', 'SMB']]),
  region: options([['north_america', 'North America'], ['emea', 'EMEA'], ['apac', 'APAC'],
    ['latam', 'LATAM']]),
  onboarding: options([['not_started', 'Not started'], ['in_progress', 'In progress'],
    ['complete', 'Complete']]),
  language: options([['en', 'English'], ['es', 'Spanish'], ['fr', 'French'], ['de', 'German']]),
}

export function companyProperties(): PropertyDefinition[] {
  return propertyTable(`${table}\n${lifecycleFamilies('company_lifecycle')}`,
    companyOptionSets)
}
