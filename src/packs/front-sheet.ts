/**
 * The front sheet of an agenda pack, in the layout councils use (see the seed packs): council,
 * committee, day, date and time, venue, membership, then "A G E N D A" with numbered items, their
 * time slots, who attends and each item's page range in a column on the right.
 *
 * Text is first laid out into pages (`layOutFrontSheet`), then drawn (`drawFrontSheet`), so the
 * builder can learn how many pages the front sheet takes before page ranges are known: the range
 * column has a fixed width, so the numbers printed in it never change how the sheet breaks.
 */
import type { PDFDocument, PDFFont } from 'pdf-lib'
import { rgb } from 'pdf-lib'
import { formatRange, type PackVariant, type PageRange } from './pack-layout.ts'
import type { PackItem, PackMeeting } from './pack-content.ts'
import { formatLongDate } from '../web/format.ts'
import { toPdfText, wrapText } from '../documents/pdf-text.ts'

export const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 56
const TOP = A4.height - 50
const BOTTOM = 50
const NUMBER_WIDTH = 30
const RANGE_WIDTH = 64
const BODY = A4.width - 2 * MARGIN

export interface Fonts {
  regular: PDFFont
  bold: PDFFont
}

interface Line {
  text: string
  bold: boolean
  size: number
  x: number
  centred: boolean
  /** Printed right-aligned in the range column, on this line. */
  right?: string
  /** Printed in the number column, on this line. */
  left?: string
  /** Space above the line, in points. */
  gap: number
}

interface Block {
  text: string
  bold?: boolean
  size?: number
  indent?: number
  centred?: boolean
  gap?: number
  left?: string
  right?: string
  /** Room kept free on the right (for the range column). */
  reserve?: number
}

type Group = Line[]

const leading = (size: number) => size * 1.3

function wrapBlock(fonts: Fonts, block: Block): Line[] {
  const size = block.size ?? 10
  const font = block.bold ? fonts.bold : fonts.regular
  const x = MARGIN + (block.indent ?? 0)
  const width = BODY - (block.indent ?? 0) - (block.reserve ?? 0)
  return wrapText(font, block.text, size, width).map((text, i) => ({
    text,
    bold: block.bold ?? false,
    size,
    x,
    centred: block.centred ?? false,
    gap: i === 0 ? (block.gap ?? 0) : 0,
    ...(i === 0 && block.left ? { left: block.left } : {}),
    ...(i === 0 && block.right ? { right: block.right } : {}),
  }))
}

const DAY_TIME = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "WEDNESDAY, 17 MAY 2023 AT 10:00 HOURS", as the seed packs print it. */
export function dayDateTime(date: string, startTime: string | null): string {
  const parts = DAY_TIME.formatToParts(new Date(`${date}T00:00:00Z`))
  const part = (type: string) => parts.find(p => p.type === type)?.value ?? ''
  const day = `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')}`.toUpperCase()
  return startTime ? `${day} AT ${startTime.slice(0, 5)} HOURS` : day
}

/** "(10.05 - 10.45)": an item's time slot as agendas print it. */
export function timeSlot(from: string | null, to: string | null): string | null {
  if (!from) return null
  const dotted = (t: string) => t.slice(0, 5).replace(':', '.')
  return to ? `(${dotted(from)} - ${dotted(to)})` : `(${dotted(from)})`
}

/** The groups of lines of a front sheet; each group is kept on one page where it fits. */
function frontSheetGroups(
  fonts: Fonts,
  meeting: PackMeeting,
  ranges: ReadonlyMap<number, PageRange | null>,
  variant: PackVariant,
): Group[] {
  const groups: Group[] = []
  const add = (...blocks: Block[]) => groups.push(blocks.flatMap(b => wrapBlock(fonts, b)))
  add(
    { text: meeting.councilName.toUpperCase(), bold: true, size: 16, centred: true },
    { text: meeting.committeeName.toUpperCase(), bold: true, size: 13, centred: true, gap: 14 },
    { text: dayDateTime(meeting.date, meeting.startTime), bold: true, size: 11, centred: true, gap: 14 },
    ...(meeting.venue ? [{ text: `IN ${meeting.venue.toUpperCase()}`, bold: true, size: 11, centred: true }] : []),
    ...(meeting.webcastUrl ? [{ text: `Webcast: ${meeting.webcastUrl}`, size: 9, centred: true, gap: 6 }] : []),
  )
  if (variant === 'members') {
    add({
      text: "MEMBERS' PACK - NOT FOR PUBLICATION. It contains exempt information (Schedule 12A to the Local Government Act 1972).",
      bold: true,
      size: 10,
      centred: true,
      gap: 14,
    })
  }
  if (meeting.members.length) {
    add(
      { text: 'MEMBERSHIP', bold: true, size: 11, gap: 20 },
      ...meeting.members.map(m => ({ text: `${m.name} (${m.role})`, size: 10, gap: 2 })),
    )
  }
  add({ text: 'A G E N D A', bold: true, size: 14, centred: true, gap: 24 })
  for (const item of meeting.items) {
    const range = ranges.get(item.id)
    add(...itemBlocks(item, range ? formatRange(range) : undefined, variant))
  }
  return groups
}

function itemBlocks(item: PackItem, range: string | undefined, variant: PackVariant): Block[] {
  const exempt = item.exemptParagraph !== null
  const body = { size: 10, indent: NUMBER_WIDTH, reserve: RANGE_WIDTH, gap: 4 }
  const paragraph = `paragraph ${item.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972`
  if (exempt && variant === 'public') {
    // Not even the title of exempt business may be published: the number and the paragraph are public.
    return [
      {
        text: 'EXEMPT ITEM',
        bold: true,
        size: 11,
        indent: NUMBER_WIDTH,
        reserve: RANGE_WIDTH,
        gap: 10,
        left: item.number,
        right: range,
      },
      { ...body, text: `Not for publication: exempt information under ${paragraph}.` },
    ]
  }
  const slot = timeSlot(item.timeFrom, item.timeTo)
  const title = `${item.title.toUpperCase()}${slot ? ` ${slot}` : ''}`
  const blocks: Block[] = [
    {
      text: title,
      bold: true,
      size: 11,
      indent: NUMBER_WIDTH,
      reserve: RANGE_WIDTH,
      gap: 14,
      left: item.number,
      right: range,
    },
  ]
  if (exempt) blocks.push({ ...body, bold: true, text: `EXEMPT - not for publication (${paragraph}).` })
  if (item.description) blocks.push({ ...body, text: item.description })
  if (item.attendees) blocks.push({ ...body, text: `${item.attendees.replace(/\.\s*$/, '')} in attendance.` })
  return blocks
}

/**
 * Breaks groups into pages: a group that does not fit the rest of a page starts the next one,
 * and every page after the first opens with `continued` so a loose page says what it belongs to.
 */
function paginate(groups: readonly Group[], continued: Group): Line[][] {
  const pages: Line[][] = [[]]
  let y = TOP
  const newPage = () => {
    pages.push([...continued])
    y = TOP - continued.reduce((h, line) => h + line.gap + leading(line.size), 0)
  }
  for (const group of groups) {
    const height = group.reduce((h, line) => h + line.gap + leading(line.size), 0)
    if (y - height < BOTTOM && (pages.at(-1)?.length ?? 0) > 0 && height <= TOP - BOTTOM - 40) newPage()
    for (const line of group) {
      if (y - line.gap - leading(line.size) < BOTTOM) newPage()
      pages.at(-1)?.push(line)
      y -= line.gap + leading(line.size)
    }
  }
  return pages
}

export interface FrontSheet {
  pages: Line[][]
}

/** Lays the front sheet out into pages; `ranges` may be empty when only the page count is wanted. */
export function layOutFrontSheet(
  fonts: Fonts,
  meeting: PackMeeting,
  ranges: ReadonlyMap<number, PageRange | null>,
  variant: PackVariant,
): FrontSheet {
  const continued = wrapBlock(fonts, {
    text: `${meeting.committeeName}, ${formatLongDate(meeting.date)}: agenda (continued)`,
    size: 9,
  })
  return { pages: paginate(frontSheetGroups(fonts, meeting, ranges, variant), continued) }
}

/** Draws a laid-out front sheet as new A4 pages at the start of `pdf`. */
export function drawFrontSheet(pdf: PDFDocument, fonts: Fonts, sheet: FrontSheet): void {
  const black = rgb(0, 0, 0)
  for (const lines of sheet.pages) {
    const page = pdf.addPage([A4.width, A4.height])
    let y = TOP
    for (const line of lines) {
      y -= line.gap + leading(line.size)
      const font = line.bold ? fonts.bold : fonts.regular
      const text = toPdfText(font, line.text)
      const x = line.centred ? (A4.width - font.widthOfTextAtSize(text, line.size)) / 2 : line.x
      page.drawText(text, { x, y, size: line.size, font, color: black })
      if (line.left) page.drawText(toPdfText(font, line.left), { x: MARGIN, y, size: line.size, font, color: black })
      if (line.right) {
        const range = toPdfText(fonts.regular, line.right)
        const width = fonts.regular.widthOfTextAtSize(range, line.size)
        page.drawText(range, { x: A4.width - MARGIN - width, y, size: line.size, font: fonts.regular, color: black })
      }
    }
  }
}
