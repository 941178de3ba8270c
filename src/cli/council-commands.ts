import type { Command } from 'commander'
import type { CouncilService } from '../council/council.service.ts'
import { systemActor } from '../audit/audit.repository.ts'
import { loadConfig } from '../config.ts'
import { migrate } from '../db/migrate.ts'
import { openDatabase } from '../db/open-database.ts'
import { CliUsageError } from './read-password.ts'

interface CouncilSetOptions {
  name?: string
  modelCodeAdoptedOn?: string
}

/** `scrutiny council show|set`: the council an installation serves, set up before the first start. */
export function registerCouncilCommands(program: Command): void {
  const council = program.command('council').description('show or set up the council this installation serves')
  council
    .command('show')
    .description('print the council’s name, identifier and the day the 2020 model code of conduct took effect')
    .action(() =>
      withCouncilService(async service => {
        const settings = await service.settings()
        if (!settings) throw new CliUsageError('No council is set up yet: use `scrutiny council set --name <name>`')
        console.log(
          `${settings.name}\nidentifier: ${settings.slug}\nmodel code of conduct 2020 from: ${settings.modelCodeAdoptedOn}`,
        )
      }),
    )
  council
    .command('set')
    .description('set the council up, or change its settings (the app shows a new name once restarted)')
    .option('--name <name>', 'the council’s name, as on its agendas (needed the first time)')
    .option(
      '--model-code-adopted-on <date>',
      'YYYY-MM-DD: the day the LGA Model Councillor Code of Conduct 2020 took effect there (default 2021-05-01)',
    )
    .action((options: CouncilSetOptions) =>
      withCouncilService(async service => {
        const { councilSettingsForm } = await import('../council/council.service.ts')
        const current = await service.settings()
        const form = councilSettingsForm.safeParse({
          name: options.name ?? current?.name,
          modelCodeAdoptedOn: options.modelCodeAdoptedOn ?? current?.modelCodeAdoptedOn ?? '2021-05-01',
        })
        if (!form.success) throw new CliUsageError(form.error.issues.map(issue => issue.message).join('; '))
        const saved = await service.save(form.data, systemActor('cli'))
        console.log(
          `${current ? 'Changed' : 'Set up'} ${saved.name} (model code of conduct 2020 from ${saved.modelCodeAdoptedOn})`,
        )
      }),
    )
}

async function withCouncilService(run: (service: CouncilService) => Promise<void>): Promise<void> {
  const engine = await openDatabase(loadConfig())
  try {
    await migrate(engine)
    const { createCouncilService } = await import('../council/council.service.ts')
    await run(createCouncilService(engine.db))
  } finally {
    await engine.close()
  }
}
