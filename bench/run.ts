import { assertNodeVersion } from '../server/runtime.ts'
import { benchCard } from './card.ts'
import { benchDedupe } from './dedupe.ts'
import { benchScan } from './scan.ts'
import { benchScoring } from './scoring.ts'
import { benchTokens } from './tokens.ts'

/**
 * `npm run bench [-- --json]`: every speed and memory figure, each a ratio of two timings
 * taken in this one run, so a busy machine slows both sides alike.
 */
assertNodeVersion()
const json = process.argv.includes('--json')
const say = (line: string) => {
  if (!json) process.stdout.write(`${line}\n`)
}

say('scoring: the full check suite vs JSON.parse of the same records (1k, 100k, 1M)...')
const scoring = await benchScoring()
say('dedupe: a 1M-row CSV vs csv-parse alone, and the Chicago ground truth...')
const dedupe = await benchDedupe()
say('scan: the sandbox portal at HubSpot\'s real limits vs the time the limit forces...')
const scan = await benchScan()
say('card: the signed card endpoint vs a bare Fastify route, and token decryption...')
const card = await benchCard()
const tokens = await benchTokens()

const figures = {
  scoringVsJsonParse: scoring.scoringVsJsonParse,
  scoringRows: scoring.rows,
  scanVsRateLimitFloor: scan.scanVsRateLimitFloor,
  scan429Count: scan.scan429Count,
  scanMs: scan.scanMs,
  scanRateLimitFloorMs: scan.scanRateLimitFloorMs,
  scanLimitedCalls: scan.scanLimitedCalls,
  scanRecords: scan.scanRecords,
  dedupeVsCsvParse: dedupe.dedupeVsCsvParse,
  dedupeCsvParseMs: dedupe.dedupeCsvParseMs,
  dedupeRunMs: dedupe.dedupeRunMs,
  dedupeChicagoPrecision: dedupe.dedupeChicagoPrecision,
  dedupeChicagoRecall: dedupe.dedupeChicagoRecall,
  cardVsBareFastify: card.cardVsBareFastify,
  cardP50Ms: card.cardP50Ms,
  cardP99Ms: card.cardP99Ms,
  cardRecordP50Ms: card.recordP50Ms,
  cardRecordP99Ms: card.recordP99Ms,
  tokenDecryptColdMs: tokens.tokenDecryptColdMs,
  tokenDecryptWarmMs: tokens.tokenDecryptWarmMs,
  // The process's high-water mark over every benchmark above, in MB.
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}

if (json) {
  process.stdout.write(`${JSON.stringify(figures)}\n`)
} else {
  console.table(scoring.rows)
  const { scoringRows: _rows, ...flat } = figures
  console.table(Object.entries(flat).map(([figure, value]) => ({ figure, value })))
}
