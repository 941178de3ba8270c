import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { loadConfig } from '../config.ts'
import { migrate } from '../db/migrate.ts'
import { formatRange } from '../packs/pack-layout.ts'
import { fileStoreFor } from '../documents/file-store.ts'
import { openDatabase } from '../db/open-database.ts'
import { CliUsageError } from './read-password.ts'

/** `scrutiny pack <meeting> --out <file.pdf> [--members]`: builds a meeting's agenda pack; stores nothing. */
export function registerPackCommand(program: Command): void {
  program
    .command('pack')
    .description("build a meeting's agenda pack PDF (public, or the members' pack with exempt papers)")
    .argument('<meeting>', 'the meeting, by its slug as in /meetings/<slug>, e.g. 2026-12-03-children-and-education')
    .requiredOption('--out <file.pdf>', 'where to write the PDF')
    .option('--members', "the members' pack: exempt papers included (not for publication)")
    .addHelpText(
      'after',
      '\nThe public pack replaces each exempt paper with one notice page; page numbers are the same in both packs.\n' +
        'Only accepted or published PDF papers attached to agenda items are included.',
    )
    .action(async (slug: string, options: { out: string; members?: boolean }) => {
      if (!/\.pdf$/i.test(options.out)) throw new CliUsageError(`The output file must end in .pdf: ${options.out}`)
      const config = loadConfig()
      const engine = await openDatabase(config)
      try {
        await migrate(engine)
        const { packs } = (await import('../services.ts')).createServices(engine, fileStoreFor(config))
        const meetingId = await packs.meetingIdBySlug(slug)
        if (meetingId === undefined)
          throw new CliUsageError(`No meeting with the slug "${slug}" (see /meetings for slugs)`)
        const variant = options.members ? 'members' : 'public'
        const pack = await packs.buildPack(meetingId, variant)
        await writeFile(options.out, pack.bytes)
        const ranges = [...pack.layout.items.values()].filter(r => r !== null).map(r => formatRange(r))
        process.stdout.write(
          `Wrote ${options.out}: ${variant === 'members' ? "members' pack" : 'public agenda pack'}, ` +
            `${pack.pageCount} pages (numbered 1-${pack.layout.totalPages}), front sheet ${pack.frontSheetPages}, ` +
            `items with papers: ${ranges.length ? ranges.join(', ') : 'none'}\n`,
        )
      } finally {
        await engine.close()
      }
    })
}
