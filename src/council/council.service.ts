import type { Kysely } from 'kysely'
import { z } from 'zod'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import { slugify } from '../shared/slug.ts'
import { isoDate } from '../web/form-fields.ts'

/** The council this installation serves, as its administrators set it. */
export interface CouncilSettings {
  id: number
  name: string
  slug: string
  modelCodeAdoptedOn: string
}

const NAME_MESSAGE = 'Enter the council’s name'

/** The settings form (and the CLI's options): the name, and the day the 2020 model code took effect. */
export const councilSettingsForm = z.object({
  name: z
    .string({ required_error: NAME_MESSAGE, invalid_type_error: NAME_MESSAGE })
    .trim()
    .min(1, NAME_MESSAGE)
    .max(200, 'Shorten the council’s name to 200 characters or fewer')
    .refine(name => slugify(name) !== '', 'Enter a name with letters or numbers in it'),
  modelCodeAdoptedOn: isoDate('Enter the day the code took effect as a real date, like 2021-05-01'),
})
export type CouncilSettingsInput = z.infer<typeof councilSettingsForm>

const COLUMNS = ['id', 'name', 'slug', 'model_code_adopted_on'] as const

const settingsOf = (row: {
  id: number
  name: string
  slug: string
  model_code_adopted_on: string
}): CouncilSettings => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  modelCodeAdoptedOn: row.model_code_adopted_on,
})

/** One council per installation (the first): its settings, set up on first use. */
export function createCouncilService(db: Kysely<Database>) {
  async function settings(trx: Kysely<Database> = db): Promise<CouncilSettings | null> {
    const row = await trx.selectFrom('council').select(COLUMNS).orderBy('id').executeTakeFirst()
    return row ? settingsOf(row) : null
  }

  return {
    settings: () => settings(),

    /** Sets the council up, or changes it; audited with what it was before. */
    async save(input: CouncilSettingsInput, actor: Actor): Promise<CouncilSettings> {
      return db.transaction().execute(async trx => {
        const before = await settings(trx)
        const values = { name: input.name, model_code_adopted_on: input.modelCodeAdoptedOn }
        // The slug is the council's identifier in imports and the API: it is kept when the name changes.
        const row = before
          ? await trx
              .updateTable('council')
              .set(values)
              .where('id', '=', before.id)
              .returning(COLUMNS)
              .executeTakeFirstOrThrow()
          : await trx
              .insertInto('council')
              .values({ ...values, slug: slugify(input.name) })
              .returning(COLUMNS)
              .executeTakeFirstOrThrow()
        const after = settingsOf(row)
        await recordAudit(trx, actor, {
          action: before ? 'council.update' : 'council.create',
          entityType: 'council',
          entityId: after.id,
          before,
          after,
        })
        return after
      })
    },
  }
}

export type CouncilService = ReturnType<typeof createCouncilService>
