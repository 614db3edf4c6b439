/** The Node.js major this project pins (the `node` devDependency) and requires. */
export const REQUIRED_NODE_MAJOR = 24

/**
 * Stops early with a clear line when the project runs on another Node.js: the pinned Node
 * lives in node_modules/.bin and is used only through `npm run` / `npx`.
 */
export function assertNodeVersion(version: string = process.versions.node): void {
  const major = Number(version.split('.')[0])
  if (major >= REQUIRED_NODE_MAJOR) return

  process.stderr.write(
    `error: PortalPilot needs Node.js ${REQUIRED_NODE_MAJOR}+, this is ${version}. ` +
      'Run it through npm (npm start, npm test, npm run scan), which uses the pinned Node ' +
      'from node_modules/.bin; if that is missing, run npm install again with install ' +
      'scripts allowed.\n',
  )
  process.exit(1)
}
