import type { Command } from 'commander'
import { ROLES } from '../accounts/accounts.table.ts'
import { systemActor } from '../audit/audit.repository.ts'
import { loadConfig } from '../config.ts'
import { migrate } from '../db/migrate.ts'
import { fileStoreFor } from '../documents/file-store.ts'
import { openDatabase } from '../db/open-database.ts'
import { CliUsageError, promptPassword, readStdin } from './read-password.ts'

interface UserAddOptions {
  email: string
  role: string
  name?: string
  person?: string
  passwordStdin?: boolean
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage staff accounts')
  user
    .command('add')
    .description('create a staff account (the password is asked for, or read from standard input)')
    .requiredOption('--email <email>', 'email address used to sign in')
    .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`)
    .option('--name <name>', 'name shown in the app (defaults to the email address)')
    .option('--person <slug>', 'the person the account belongs to, as in /people/<slug> (reminders go to them)')
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .action(async (options: UserAddOptions) => {
      const password = options.passwordStdin ? await readStdin() : await askTwice()
      const config = loadConfig()
      const engine = await openDatabase(config)
      try {
        await migrate(engine)
        const { accounts, users } = (await import('../services.ts')).createServices(engine, fileStoreFor(config))
        const person = options.person
          ? await engine.db.selectFrom('person').select('id').where('slug', '=', options.person).executeTakeFirst()
          : undefined
        if (options.person && !person) throw new CliUsageError(`No person with the slug "${options.person}"`)
        // Checked before the account is made, so a refused link leaves nothing half done.
        const holder = person
          ? await engine.db.selectFrom('app_user').select('email').where('person_id', '=', person.id).executeTakeFirst()
          : undefined
        if (holder) throw new CliUsageError(`${options.person} already has an account: ${holder.email}`)
        const created = await accounts.createUser(
          { email: options.email, role: options.role as never, displayName: options.name ?? options.email, password },
          systemActor('cli'),
        )
        if (person) {
          const linked = { displayName: created.displayName, role: created.role, personId: person.id }
          await users.updateUser(created.id, linked, systemActor('cli'))
        }
        console.log(
          `Created ${created.role.replace('_', ' ')} account for ${created.email}` +
            (person ? `, linked to ${options.person}` : ''),
        )
      } finally {
        await engine.close()
      }
    })
}

async function askTwice(): Promise<string> {
  const first = await promptPassword('Password: ')
  const second = await promptPassword('Confirm password: ')
  if (first !== second) throw new CliUsageError('The passwords did not match')
  return first
}
