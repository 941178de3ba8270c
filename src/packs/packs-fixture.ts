/**
 * Test fixture: a demo meeting with real report PDFs attached, for the packs tests. Not used at runtime.
 */
import type { Services } from '../services.ts'
import { samplePdf } from './sample-pdfs.ts'

export interface PaperSpec {
  item: string
  marker: string
  pages: number
  kind?: 'report' | 'appendix'
  exemptParagraph?: number
  status?: 'draft' | 'accepted' | 'published'
}

/** Attaches a PDF paper to the agenda item with this title; its pages carry `marker`. */
export async function attachPaper(services: Services, meetingId: number, spec: PaperSpec): Promise<number> {
  const db = services.engine.db
  const item = await db
    .selectFrom('agenda_item')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('title', '=', spec.item)
    .executeTakeFirstOrThrow()
  const bytes = await samplePdf(spec.marker, spec.pages)
  const sha256 = await services.files.put(bytes)
  const file = await db
    .insertInto('stored_file')
    .values({ sha256, media_type: 'application/pdf', byte_size: bytes.length, page_count: spec.pages })
    .returning('id')
    .executeTakeFirstOrThrow()
  const doc = await db
    .insertInto('document')
    .values({
      meeting_id: meetingId,
      agenda_item_id: item.id,
      kind: spec.kind ?? 'report',
      title: `${spec.marker} paper`,
      file_id: file.id,
      status: spec.status ?? 'published',
      is_exempt: spec.exemptParagraph !== undefined,
      exempt_paragraph: spec.exemptParagraph ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return doc.id
}

/** The demo's next Children and Education meeting: it has an exempt item (paragraph 3). */
export async function nextDemoMeeting(services: Services) {
  return services.engine.db
    .selectFrom('meeting')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .select(['meeting.id', 'meeting.slug'])
    .where('committee.slug', '=', 'children-and-education')
    .where('meeting.status', '=', 'agenda_published')
    .executeTakeFirstOrThrow()
}

export const DEMO_PAPERS: PaperSpec[] = [
  { item: 'Youth Service Annual Report', marker: 'YOUTHREPORT', pages: 7 },
  { item: 'Youth Service Annual Report', marker: 'YOUTHAPPENDIX', pages: 3, kind: 'appendix' },
  {
    item: 'Special Educational Needs Transport: Cabinet decision (pre-decision scrutiny)',
    marker: 'SENDREPORT',
    pages: 5,
  },
  {
    item: 'Special Educational Needs Transport: Cabinet decision (pre-decision scrutiny)',
    marker: 'SENDCOSTINGS',
    pages: 2,
    kind: 'appendix',
    exemptParagraph: 3,
  },
  {
    item: 'Contract award: residential placements framework (Larkfield Care Ltd pricing)',
    marker: 'LARKFIELDPRICES',
    pages: 4,
  },
  {
    item: 'Special Educational Needs Transport: Cabinet decision (pre-decision scrutiny)',
    marker: 'DRAFTONLY',
    pages: 2,
    status: 'draft',
  },
]
