import type { Line } from './lines.ts'
import { findCovers } from './report-covers.ts'
import type { Cover } from './report-covers.ts'
import type { ParsedAgendaItem, ParsedReport, ParseWarning } from './types.ts'

/** What `parseReports` needs to know about the pack. */
export interface ReportScope {
  from: number
  items: ParsedAgendaItem[]
  /** True when pages come from real page breaks, so a cover's page is exact. */
  exactPages: boolean
  lastPage: number
}

// Agenda items whose documents are parsed elsewhere: home to no report but their own.
const STANDING = /\b(minutes|action notes|action tracker|work programme)\b/i
const GENERIC = new Set(
  'the and of for to in on a an report update committee council city birmingham scrutiny overview progress'.split(' '),
)

/** Report cover sheets in the pack, each with the agenda item it belongs to and its page span. */
export function parseReports(lines: Line[], scope: ReportScope, warnings: ParseWarning[]): ParsedReport[] {
  const covers = findCovers(lines, scope.from)
  const candidates = scope.items.filter(i => i.pages !== null)
  let floor = 0
  return covers.map((cover, k) => {
    const match = matchItem(cover, candidates, floor, scope.exactPages)
    if (match !== null) floor = candidates.indexOf(match)
    if (match === null) warnings.push({ page: cover.page, message: `Report "${cover.title}" matches no agenda item` })
    return {
      title: cover.title,
      report_of: cover.report_of,
      author: cover.author,
      date: cover.date,
      pages: pagesOf(cover, covers[k + 1], match, scope),
      agenda_item: match?.number ?? null,
      source_page: cover.page,
    }
  })
}

// With real pages the item whose range holds the cover's page wins; otherwise reports follow the
// agenda's order and go to the item whose title shares most words with theirs.
function matchItem(
  cover: Cover,
  candidates: ParsedAgendaItem[],
  floor: number,
  exactPages: boolean,
): ParsedAgendaItem | null {
  const suits = (item: ParsedAgendaItem): boolean => homeFor(cover, item)
  if (exactPages) {
    const holding = candidates.find(i => i.pages !== null && i.pages[0] <= cover.page && cover.page <= i.pages[1])
    if (holding !== undefined && suits(holding)) return holding
  }
  const words = significantWords(cover.title)
  let best: ParsedAgendaItem | null = null
  let bestScore = 0
  for (const item of candidates.slice(floor).filter(suits)) {
    const score = overlap(words, significantWords(item.title))
    if (score > bestScore) [best, bestScore] = [item, score]
  }
  const next = candidates[floor + (floor === 0 ? 0 : 1)]
  return best ?? (next !== undefined && suits(next) ? next : null)
}

/**
 * A standing item (minutes, tracker, work programme) is home only to its own document: a work
 * programme report with a cover sheet goes to the work programme item, no other report does.
 */
function homeFor(cover: Cover, item: ParsedAgendaItem): boolean {
  const standing = STANDING.exec(item.title)?.[1]?.toLowerCase()
  return standing === undefined || STANDING.exec(cover.title)?.[1]?.toLowerCase() === standing
}

function significantWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z]{3,}/g) ?? []
  return new Set(words.filter(w => !GENERIC.has(w)).map(w => w.replace(/(ies|s)$/, '')))
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0
  for (const w of a) if (b.has(w)) n++
  return n
}

function pagesOf(
  cover: Cover,
  next: Cover | undefined,
  item: ParsedAgendaItem | null,
  scope: ReportScope,
): [number, number] {
  const itemPages = item?.pages ?? null
  if (!scope.exactPages) return itemPages ?? [cover.page, cover.page]
  const nextStart = next !== undefined && next.page > cover.page ? next.page - 1 : scope.lastPage
  const end = itemPages !== null && itemPages[1] >= cover.page ? Math.min(itemPages[1], nextStart) : nextStart
  return [cover.page, Math.max(cover.page, end)]
}
