import type { DedupeObject } from '../scoring/duplicates/index.ts'

/**
 * Column titles people use for each property the duplicate engine reads, written the way
 * {@link normalizeHeader} leaves them (lower case, words separated by one space).
 */
export const HEADER_ALIASES: Readonly<Record<DedupeObject, Readonly<Record<string, string>>>> = {
  companies: aliases({
    name: [
      'name', 'company', 'company name', 'companyname', 'site name', 'organization',
      'organisation', 'organization name', 'organisation name', 'account', 'account name',
      'business name',
    ],
    domain: ['domain', 'domain name', 'company domain', 'company domain name', 'website domain'],
    website: [
      'website', 'web site', 'website url', 'url', 'homepage', 'home page', 'web', 'www',
      'site url',
    ],
    phone: [
      'phone', 'phone number', 'telephone', 'telephone number', 'tel', 'main phone',
      'company phone', 'business phone', 'billing phone',
    ],
    address: [
      'address', 'street', 'street address', 'address 1', 'address1', 'address line 1',
      'street address 1', 'billing street', 'billing address',
    ],
    zip: [
      'zip', 'zip code', 'zipcode', 'postal code', 'postalcode', 'postcode', 'post code',
      'zip postal code', 'billing zip', 'billing postal code',
    ],
    city: ['city', 'town', 'city town', 'billing city', 'locality'],
  }),
  contacts: aliases({
    email: [
      'email', 'e mail', 'email address', 'e mail address', 'emailaddress', 'mail',
      'work email',
    ],
    firstname: ['first name', 'firstname', 'first', 'given name', 'forename'],
    lastname: ['last name', 'lastname', 'last', 'surname', 'family name'],
    company: [
      'company', 'company name', 'companyname', 'account name', 'organization',
      'organisation', 'employer',
    ],
    associatedcompanyid: [
      'associatedcompanyid', 'associated company id', 'company id', 'account id',
    ],
  }),
}

/**
 * Prefixes that say which object a column belongs to ("Account: Phone"). A column of the
 * object itself loses the prefix; a contact export's account columns keep only the
 * account's name and id, which are the contact's company.
 */
export const OWN_QUALIFIERS: Readonly<Record<DedupeObject, ReadonlySet<string>>> = {
  companies: new Set(['account', 'company', 'organization', 'organisation']),
  contacts: new Set(['contact', 'lead', 'person']),
}

export const CONTACT_COMPANY_QUALIFIERS: ReadonlySet<string> = OWN_QUALIFIERS.companies

/** How a company-prefixed column of a contact export maps: "Account: Account Name". */
export const CONTACT_COMPANY_FIELDS: Readonly<Record<string, string>> = {
  'name': 'company',
  'account name': 'company',
  'company name': 'company',
  'organization name': 'company',
  'id': 'associatedcompanyid',
  'account id': 'associatedcompanyid',
  'company id': 'associatedcompanyid',
}

function aliases(byProperty: Readonly<Record<string, readonly string[]>>): Record<string, string> {
  const byAlias: Record<string, string> = {}
  for (const [property, titles] of Object.entries(byProperty)) {
    for (const title of titles) byAlias[title] = property
  }

  return byAlias
}
