import type { PropertyMeta } from '../../../shared/crm.ts'

/** A property definition for fix tests; writable text unless told otherwise. */
export function meta(name: string, extra: Partial<PropertyMeta> = {}): PropertyMeta {
  return { name, label: name[0]?.toUpperCase() + name.slice(1), type: 'string',
    fieldType: 'text', groupName: 'info', description: '', options: [],
    externalOptions: false, hidden: false, calculated: false, readOnlyValue: false,
    hubspotDefined: true, archived: false, hasUniqueValue: false, ...extra }
}
