import { purgeExpiredSessions } from './accounts/session-store.ts'
import { siteUrlOf, type Config } from './config.ts'
import { migrate } from './db/migrate.ts'
import { openDatabase } from './db/open-database.ts'
import { loadDemoCouncil } from './demo/load-demo.ts'
import { createDemoUsers } from './demo/demo-users.ts'
import { createServices, fileStoreFor, type Services } from './services.ts'
import { todayInLondon } from './shared/dates.ts'

/** Demo data is loaded once into an empty database; returns whether it was loaded now. */
export async function loadDemo(services: Services, config: Pick<Config, 'env'>): Promise<boolean> {
  const loaded = await loadDemoCouncil(services.engine.db, todayInLondon())
  if (loaded && config.env !== 'production') await createDemoUsers(services.accounts, services.engine.db)
  return loaded
}

/** Opens, migrates and (unless DEMO=0) fills the database, ready for the app. */
export async function prepare(config: Config, log: (line: string) => void = () => {}) {
  const engine = await openDatabase(config, { serving: true })
  const applied = await migrate(engine)
  if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`)
  const services = createServices(engine, fileStoreFor(config), { siteUrl: siteUrlOf(config) })
  await purgeExpiredSessions(engine.db)
  if (config.loadDemo && (await loadDemo(services, config))) log('Loaded the Northmoor City Council demo data')
  const council = await engine.db.selectFrom('council').select('name').orderBy('id').executeTakeFirst()
  return { engine, services, councilName: council?.name ?? 'Scrutiny' }
}
