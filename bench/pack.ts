/**
 * Agenda pack benchmark (issue 5, item 11): builds a 300-page pack from 15 reports, as the packs
 * service does on publish, and prints how long each variant takes. Target: under 3 s.
 *
 *   node --import tsx bench/pack.ts [--reports 15] [--pages 20] [--reps 3]
 *
 * The reports are real text PDFs laid out from the seed packs (one exempt, so the public pack also
 * draws a notice); they are generated first and not timed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { buildPdfFromPages, layoutPages } from '../src/import/pdf/build-test-pdf.ts'
import { buildPackPdf } from '../src/packs/pack-builder.ts'
import type { PackItem, PackMeeting } from '../src/packs/pack-content.ts'
import type { PackVariant } from '../src/packs/pack-layout.ts'

const SEEDS = new URL('../../shared/seeds/', import.meta.url)
const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '15' },
    pages: { type: 'string', default: '20' },
    reps: { type: 'string', default: '3' },
  },
})
const [reports, pagesEach, reps] = [Number(args.reports), Number(args.pages), Number(args.reps)]

function progress(label: string, done: number, total: number): void {
  if (!process.stderr.isTTY) return
  process.stderr.write(`\r  ${label} ${done}/${total}${done === total ? '\n' : ''}`)
}

async function reportPdfs(): Promise<Uint8Array[]> {
  const texts = readdirSync(SEEDS)
    .filter(n => n.endsWith('.txt'))
    .map(n => readFileSync(new URL(n, SEEDS), 'utf8'))
  const seedPages = (await Promise.all(texts.map(t => layoutPages(t)))).flat()
  const pdfs: Uint8Array[] = []
  for (let r = 0; r < reports; r++) {
    const pages = Array.from({ length: pagesEach }, (_, i) => seedPages[(r * pagesEach + i) % seedPages.length] ?? [])
    pdfs.push(await buildPdfFromPages(pages, { footer: false }))
    progress('generating reports', r + 1, reports)
  }
  return pdfs
}

function meetingOf(pdfs: readonly Uint8Array[]): PackMeeting {
  const items: PackItem[] = pdfs.map((bytes, i) => ({
    id: i + 1,
    number: String(i + 4),
    title: `Report ${i + 1} to the committee`,
    description: 'To consider the report and make recommendations to the Cabinet Member.',
    timeFrom: null,
    timeTo: null,
    attendees: 'The Cabinet Member and the Director',
    exemptParagraph: i === pdfs.length - 1 ? 3 : null,
    documents: [{ id: i + 1, title: `Report ${i + 1}`, exemptParagraph: null, bytes: async () => bytes }],
  }))
  return {
    councilName: 'Northmoor City Council',
    committeeName: 'Children and Education Overview and Scrutiny Committee',
    date: '2026-12-16',
    startTime: '10:00',
    venue: 'Committee Room 2, Northmoor Civic Centre',
    webcastUrl: null,
    members: [{ name: 'Councillor Priya Shah', role: 'Chair' }],
    items,
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

console.log(`Pack of ${reports} reports × ${pagesEach} pages (${reports * pagesEach} report pages), ${reps} runs each`)
const meeting = meetingOf(await reportPdfs())
for (const variant of ['members', 'public'] as PackVariant[]) {
  const times: number[] = []
  const cpu: number[] = []
  let last: { pageCount: number; bytes: Uint8Array } = { pageCount: 0, bytes: new Uint8Array() }
  for (let rep = 0; rep < reps; rep++) {
    const [started, usage] = [performance.now(), process.cpuUsage()]
    last = await buildPackPdf(meeting, variant)
    times.push(performance.now() - started)
    const used = process.cpuUsage(usage)
    cpu.push((used.user + used.system) / 1000)
    progress(`${variant} pack`, rep + 1, reps)
  }
  const mb = (last.bytes.length / 1024 / 1024).toFixed(1)
  console.log(
    `  ${variant.padEnd(8)} ${last.pageCount} pages, ${mb} MB: median ${median(times).toFixed(0)} ms ` +
      `(runs: ${times.map(t => t.toFixed(0)).join(', ')} ms; target < 3000 ms); ` +
      `CPU time median ${median(cpu).toFixed(0)} ms`,
  )
}
