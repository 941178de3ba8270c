// Compiles styles/app.scss (GOV.UK Frontend with council settings) to public/govuk.css.
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import * as sass from 'sass'

const root = new URL('../', import.meta.url)
const result = sass.compile(fileURLToPath(new URL('styles/app.scss', root)), {
  loadPaths: [fileURLToPath(new URL('node_modules/govuk-frontend/dist/', root))],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div'] as never,
})
await writeFile(new URL('public/govuk.css', root), result.css)
console.log(`public/govuk.css: ${(result.css.length / 1024).toFixed(0)} KiB`)
