// Runs this app's TypeScript through tsx, and installed packages' JavaScript as Node would (see
// package-hooks.js). Imported first by the `scrutiny` command and by each PDF page worker.
import { register as registerHooks } from 'node:module'
import { register } from 'tsx/esm/api'

register()
// Hooks registered later run first.
registerHooks('./package-hooks.js', import.meta.url)
