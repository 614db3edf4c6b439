import { OBJECT_TYPES } from '../../shared/crm.ts'
import type { PortalReport } from '../../shared/report.ts'

const MAX_REASON_LENGTH = 200

/**
 * Things a reason naming the matched signals never holds but a leaked value often does: an
 * email address, a URL, a domain, or a run of digits (phone, zip, street number).
 */
const VALUE_LIKE = /@|:\/\/|[a-z0-9-]\.[a-z]{2,}|\d{3,}/i

/**
 * Rejects a report the tables cannot hold faithfully, or one that would put record values in
 * the database. Messages never echo the offending text: it may be personal data.
 */
export function assertStorableReport(report: PortalReport): void {
  if (Number.isNaN(Date.parse(report.scannedAt))) {
    throw new TypeError('report.scannedAt is not a valid timestamp')
  }
  for (const type of OBJECT_TYPES) {
    const object = report.objects[type]
    if (object.objectType !== type) {
      throw new TypeError(`report.objects.${type} holds the report of ${object.objectType}`)
    }
    const stray = object.checks.find((check) => check.objectType !== type)
    if (stray) throw new TypeError(`check ${stray.id} is listed under ${type}`)
  }
  for (const [type, groups] of Object.entries(report.duplicates)) {
    groups.forEach((group, index) => assertValueFreeReason(group.reason, `${type}[${index}]`))
  }
}

function assertValueFreeReason(reason: string, where: string): void {
  if (reason.length > MAX_REASON_LENGTH || VALUE_LIKE.test(reason)) {
    throw new TypeError(
      `duplicate group ${where}: the reason looks like it holds a record value; ` +
        'name the matching signals only (e.g. "same email address")',
    )
  }
}
