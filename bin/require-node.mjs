// Plain JavaScript on purpose: it must run, and say something useful, on the machine's old
// Node when the project's pinned Node 24 is missing (an install that skipped its script).
const required = 24
const major = Number(process.versions.node.split('.')[0])
if (major < required) {
  process.stderr.write(
    `error: PortalPilot needs Node.js ${required}+, this is ${process.version}. ` +
      'Run npm install with install scripts allowed, so the pinned Node lands in ' +
      'node_modules/.bin, then run the command through npm again.\n',
  )
  process.exit(1)
}
