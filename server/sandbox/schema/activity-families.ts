/**
 * Property blocks contacts, companies and deals share: web analytics, sales activity and the
 * ownership bookkeeping HubSpot adds to every object. Tables in the property-table format.
 */
export function analyticsBlock(group: string): string {
  return `
hs_analytics_first_timestamp|Time First Seen|datetime|date|${group}|r
hs_analytics_first_touch_converting_campaign|First Touch Converting Campaign|string|text|${group}|r
hs_analytics_first_visit_timestamp|Time of First Session|datetime|date|${group}|r
hs_analytics_last_timestamp|Time Last Seen|datetime|date|${group}|r
hs_analytics_last_touch_converting_campaign|Last Touch Converting Campaign|string|text|${group}|r
hs_analytics_last_visit_timestamp|Time of Last Session|datetime|date|${group}|r
hs_analytics_latest_source|Latest Source|enum|select|${group}|r|analyticsSource
hs_analytics_latest_source_data_1|Latest Source Data 1|string|text|${group}|r
hs_analytics_latest_source_data_2|Latest Source Data 2|string|text|${group}|r
hs_analytics_latest_source_timestamp|Latest Source Timestamp|datetime|date|${group}|r
hs_analytics_num_page_views|Number of Pageviews|number|number|${group}|r
hs_analytics_num_visits|Number of Sessions|number|number|${group}|r
hs_analytics_source|Original Source Type|enum|select|${group}|r|analyticsSource
hs_analytics_source_data_1|Original Source Data 1|string|text|${group}|r
hs_analytics_source_data_2|Original Source Data 2|string|text|${group}|r`
}

export function salesActivityBlock(group: string): string {
  return `
engagements_last_meeting_booked|Last meeting booked|datetime|date|${group}|r
engagements_last_meeting_booked_campaign|Last booking campaign|string|text|${group}|r
engagements_last_meeting_booked_medium|Last booking medium|string|text|${group}|r
engagements_last_meeting_booked_source|Last booking source|string|text|${group}|r
hs_latest_meeting_activity|Latest meeting activity|datetime|date|${group}|r
hs_sales_email_last_replied|Recent Sales Email Replied Date|datetime|date|${group}|r
notes_last_contacted|Last Contacted|datetime|date|${group}|r
notes_last_updated|Last Activity Date|datetime|date|${group}|r
notes_next_activity_date|Next Activity Date|datetime|date|${group}|r
num_contacted_notes|Number of times contacted|number|number|${group}|r
num_notes|Number of Sales Activities|number|number|${group}|r`
}

export function ownershipBlock(group: string, ownerLabel: string): string {
  return `
hs_all_accessible_team_ids|All teams|enum|checkbox|${group}|hrx
hs_all_owner_ids|All owner IDs|enum|checkbox|${group}|hrx
hs_all_team_ids|All team IDs|enum|checkbox|${group}|hrx
hs_created_by_user_id|Created by user ID|number|number|${group}|rx
hs_createdate|HubSpot Create Date|datetime|date|${group}|hr
hs_merged_object_ids|Merged record IDs|enum|checkbox|${group}|hr
hs_object_id|Record ID|number|number|${group}|r
hs_object_source|Record source|string|text|${group}|r
hs_object_source_id|Record source ID|string|text|${group}|r
hs_object_source_label|Record source label|enum|select|${group}|r|objectSource
hs_object_source_user_id|Record source user ID|number|number|${group}|rx
hs_updated_by_user_id|Updated by user ID|number|number|${group}|rx
hs_user_ids_of_all_owners|User IDs of all owners|enum|checkbox|${group}|hrx
hubspot_owner_assigneddate|Owner Assigned Date|datetime|date|${group}|r
hubspot_owner_id|${ownerLabel}|enum|select|${group}|x
hubspot_team_id|HubSpot Team|enum|select|${group}|rx`
}
