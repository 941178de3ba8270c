import { type Command, Option } from 'commander'
import { loadConfig } from '../config.ts'
import { migrate } from '../db/migrate.ts'
import { AppError } from '../errors.ts'
import { todayInLondon } from '../shared/dates.ts'
import { openDatabase } from '../db/open-database.ts'
import { exportRecommendations, recommendationsCsv, recommendationsJson } from '../tracking/recommendations-export.ts'
import { CliUsageError } from './read-password.ts'

/**
 * `scrutiny export recommendations --format csv|json [--committee <slug>]`: every recommendation (imported
 * packs' included) with its current assessment and whole history, to standard output.
 */
export function registerExportCommand(program: Command): void {
  const exportCommand = program.command('export').description('export records from the database')
  exportCommand
    .command('recommendations')
    .description('recommendations with their current assessment and history, as CSV or JSON on standard output')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option('--committee <slug>', "only this committee's inquiries (its slug, as in /committees/<slug>)")
    .action(async (options: { format: 'csv' | 'json'; committee?: string }) => {
      const engine = await openDatabase(loadConfig())
      try {
        await migrate(engine)
        const today = todayInLondon()
        const recs = await exportRecommendations(engine.db, { committeeSlug: options.committee }, today).catch(
          (error: unknown) => {
            if (error instanceof AppError) throw new CliUsageError(`No committee with the slug "${options.committee}"`)
            throw error
          },
        )
        process.stdout.write(options.format === 'csv' ? recommendationsCsv(recs) : recommendationsJson(recs, today))
      } finally {
        await engine.close()
      }
    })
}
