import { SingleBar } from 'cli-progress'

import type { ScanProgress } from '../scans/run-scan.ts'

/**
 * A scan progress bar on a terminal; elsewhere (CI, a pipe) one line per step, so the
 * output stays readable in a log file.
 */
export function createProgressBar(stream: NodeJS.WriteStream) {
  if (!stream.isTTY) return createStepLines(stream)

  const bar = new SingleBar({
    stream,
    format: '{step} [{bar}] {percentage}% | {value}/{total} records',
    hideCursor: true,
    clearOnComplete: true,
  })
  let started = false

  return {
    update: (progress: ScanProgress) => {
      if (!started) {
        bar.start(progress.total, progress.done, { step: progress.step })
        started = true
      }
      bar.setTotal(progress.total)
      bar.update(progress.done, { step: progress.step.padEnd(18) })
    },
    stop: () => {
      if (started) bar.stop()
      started = false
    },
  }
}

function createStepLines(stream: NodeJS.WriteStream) {
  let lastStep = ''

  return {
    update: (progress: ScanProgress) => {
      if (progress.step === lastStep) return
      lastStep = progress.step
      stream.write(`${progress.step}...\n`)
    },
    stop: () => {},
  }
}
