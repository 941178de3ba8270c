// Runs one long operation against a database named by the environment, for the fault-injection
// test to kill part-way (see kill-mid-operation.test.ts). Not part of the app.
import { systemActor } from '../../src/audit/audit.repository.ts'
import { diskFileStore } from '../../src/documents/file-store.ts'
import { openEngine } from '../../src/db/engine.ts'
import { createServices } from '../../src/services.ts'

const [operation, target] = process.argv.slice(2)
const engine = await openEngine({
  databaseUrl: process.env.FAULT_DATABASE_URL,
  dataDir: process.env.FAULT_DATA_DIR ?? '',
  schema: process.env.FAULT_SCHEMA,
})
const services = createServices(engine, diskFileStore(process.env.FAULT_FILES_DIR!))
const actor = systemActor('fault-test')
if (operation === 'import') await services.imports.importFile(target!, actor)
else if (operation === 'publish') await services.publication.publish(Number(target), null, actor)
else throw new Error(`Unknown operation ${operation}`)
await engine.close()
