import { dealPipelines } from '../pipelines.ts'
import type { PropertyDefinition } from '../store/types.ts'
import { analyticsBlock, ownershipBlock, salesActivityBlock } from './activity-families.ts'
import { dealStageFamilies } from './families.ts'
import { SHARED_OPTION_SETS } from './option-sets.ts'
import { options, propertyTable } from './property-table.ts'

/**
 * Deal properties. `dealstage`, `pipeline`, `deal_currency_code` and the owner properties
 * keep their options elsewhere (`externalOptions: true`, `options: []`, fidelity item 13).
 */
const table = `
amount|Amount|number|number|dealinfo
amount_in_home_currency|Amount in company currency|number|calculation_equation|dealinfo|c
closed_lost_reason|Closed Lost Reason|string|textarea|dealinfo
closed_won_reason|Closed Won Reason|string|textarea|dealinfo
closedate|Close Date|datetime|date|dealinfo
createdate|Create Date|datetime|date|dealinfo|r
days_to_close|Days to close|number|calculation_equation|dealinfo|c
deal_currency_code|Currency|enum|select|dealinfo|x
dealname|Deal Name|string|text|dealinfo
dealstage|Deal Stage|enum|radio|dealinfo|x
dealtype|Deal Type|enum|radio|dealinfo||dealType
description|Deal Description|string|textarea|dealinfo
hs_acv|Annual contract value|number|calculation_rollup|dealinfo|r
hs_arr|Annual recurring revenue|number|calculation_rollup|dealinfo|r
hs_closed_amount|Closed amount|number|calculation_equation|dealinfo|r
hs_closed_amount_in_home_currency|Closed amount in home currency|number|number|dealinfo|r
hs_closed_won_count|Is closed won (numeric)|number|number|dealinfo|hr
hs_closed_won_date|Closed won date|datetime|date|dealinfo|hr
hs_deal_amount_calculation_preference|Amount preference|enum|select|dealinfo|hr|amountPref
hs_deal_stage_probability|Deal probability|number|number|dealinfo|r
hs_deal_stage_probability_shadow|Deal stage probability shadow|number|number|dealinfo|hr
hs_forecast_amount|Forecast amount|number|calculation_equation|dealinfo|r
hs_forecast_category|Forecast category|enum|select|dealinfo|r|forecast
hs_forecast_probability|Forecast probability|number|number|dealinfo
hs_is_closed|Is Deal Closed?|bool|booleancheckbox|dealinfo|c
hs_is_closed_lost|Is closed lost|bool|booleancheckbox|dealinfo|r
hs_is_closed_won|Is Closed Won|bool|booleancheckbox|dealinfo|r
hs_is_open_count|Is Open (numeric)|number|number|dealinfo|hr
hs_lastmodifieddate|Last Modified Date|datetime|date|dealinfo|r
hs_manual_forecast_category|Forecast category (manual)|enum|select|dealinfo||forecast
hs_mrr|Monthly recurring revenue|number|calculation_rollup|dealinfo|r
hs_next_step|Next step|string|textarea|dealinfo
hs_num_associated_deal_splits|Number of deal splits|number|number|dealinfo|hr
hs_num_target_accounts|Number of target accounts|number|number|dealinfo|r
hs_priority|Priority|enum|select|dealinfo||priority
hs_projected_amount|Weighted amount|number|calculation_equation|dealinfo|r
hs_projected_amount_in_home_currency|Weighted amount in home currency|number|number|dealinfo|r
hs_tcv|Total contract value|number|calculation_rollup|dealinfo|r
num_associated_contacts|Number of Contacts|number|number|dealinfo|c
pipeline|Pipeline|enum|select|dealinfo|x
# portal custom properties
contract_signed_date|Contract signed date|date|date|dealinfo|n
deal_source|Deal source|enum|select|dealinfo|n|dealSource
# archived
hs_legacy_deal_tier|Legacy deal tier|enum|select|dealinfo|a|priority
`

const dealOptionSets = {
  ...SHARED_OPTION_SETS,
  dealType: options([['newbusiness', 'New Business'], ['existingbusiness',
    'Existing Business']]),
  amountPref: options([['AMOUNT', 'Amount'], ['LINE_ITEMS', 'Line items']]),
  forecast: options([['OMIT', 'Not forecasted'], ['PIPELINE', 'Pipeline'],
    ['BEST_CASE', 'Best case'], ['COMMIT', 'Commit'], ['CLOSED', 'Closed won']]),
  priority: options([['low', 'Low'], ['medium', 'Medium'], ['high', 'High']]),
  dealSource: options([['inbound', 'Inbound'], ['outbound', 'Outbound'],
    ['partner', 'Partner'], ['event', 'Event']]),
}

export function dealProperties(): PropertyDefinition[] {
  const blocks = [table, analyticsBlock('analytics'), salesActivityBlock('deal_activity'),
    ownershipBlock('dealinfo', 'Deal owner'), dealStageFamilies(dealPipelines())]

  return propertyTable(blocks.join('\n'), dealOptionSets)
}
