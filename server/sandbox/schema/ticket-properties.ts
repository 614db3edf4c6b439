import type { PropertyDefinition } from '../store/types.ts'
import { ownershipBlock } from './activity-families.ts'
import { SHARED_OPTION_SETS } from './option-sets.ts'
import { options, propertyTable } from './property-table.ts'

/** Ticket properties; `hs_ticket_category` is the enumeration of fidelity item 12. */
const table = `
closed_date|Close date|datetime|date|ticket
content|Ticket description|string|textarea|ticket
createdate|Create date|datetime|date|ticket|r
hs_lastmodifieddate|Last modified date|datetime|date|ticket|r
hs_pipeline|Pipeline|enum|select|ticket|x
hs_pipeline_stage|Ticket status|enum|select|ticket|x
hs_resolution|Resolution|enum|select|ticket||resolution
hs_ticket_category|Category|enum|select|ticket||category
hs_ticket_priority|Priority|enum|select|ticket||priority
source_type|Source|enum|select|ticket||source
subject|Ticket name|string|text|ticket
time_to_close|Time to close|number|calculation_equation|ticket|c
time_to_first_agent_reply|Time to first agent email reply|number|number|ticket|r
`

const ticketOptionSets = {
  ...SHARED_OPTION_SETS,
  category: options([['PRODUCT_ISSUE', 'Product issue'], ['BILLING_ISSUE', 'Billing issue'],
    ['FEATURE_REQUEST', 'Feature request'], ['GENERAL_INQUIRY', 'General inquiry']]),
  priority: options([['LOW', 'Low'], ['MEDIUM', 'Medium'], ['HIGH', 'High'],
    ['URGENT', 'Urgent']]),
  resolution: options([['ISSUE_FIXED', 'Issue fixed'], ['WORKAROUND', 'Workaround'],
    ['DUPLICATE', 'Duplicate'], ['WONT_FIX', "Won't fix"]]),
  source: options([['CHAT', 'Chat'], ['EMAIL', 'Email'], ['FORM', 'Form'],
    ['PHONE', 'Phone']]),
}

export function ticketProperties(): PropertyDefinition[] {
  const ownership = ownershipBlock('ticket', 'Ticket owner').split('\n')
    .filter((line) => !line.startsWith('hs_object_source'))

  return propertyTable([table, ...ownership].join('\n'), ticketOptionSets)
}

/** The custom object `brand`: a few properties of its own plus HubSpot's bookkeeping. */
export function brandProperties(): PropertyDefinition[] {
  return propertyTable(`
brand_name|Brand name|string|text|brand_information|n
brand_tier|Brand tier|enum|select|brand_information|n|low=Core;medium=Growth;high=Flagship
createdate|Create date|datetime|date|brand_information|r
hs_lastmodifieddate|Last modified date|datetime|date|brand_information|r
hs_object_id|Record ID|number|number|brand_information|r
launch_date|Launch date|date|date|brand_information|n
`)
}
