/**
 * An action tracker set out as a numbered list rather than a table: each action under the meeting
 * that agreed it, its item's title on a numbered line, then a labelled line each.
 *
 *   **Meeting held on 10 June 2025**
 *   2.  **Garden Waste Subscription Charges** (Minute OSC/12)
 *   Action:    Provide the number of subscriptions not renewed …
 *   Officer:   Naomi Hurst, Head of Environmental Services
 *   Response:  The parish figures were sent to all Members on 12 September 2025.
 *
 * A value the page broke goes on at the top of the next page, after its furniture.
 */
import { cleanLine } from './clean.ts'
import { parseDateIn } from './table-dates.ts'
import { cleanCell, isFurniture, joinText, toLines } from './table-utils.ts'
import type { PackPage, ParsedAction } from './types.ts'

// "2.\t**Garden Waste Subscription Charges** (Minute OSC/12)": an action's item, numbered.
const ITEM_LINE = /^\s*\d{1,3}\.?\t+(\S.{3,200})$/
const MINUTE_REF = /\s*\((?:minute|min\.?)\s*[^)]{1,20}\)\s*$/i
const MEETING = /^\W*meeting\s+(?:held\s+)?on\s+(.{6,40}?)\W*$/i
// "Minute 12 – Corporate Performance Report": the item named by its minute, the action unlabelled under it.
const MINUTE_LEAD = /^(?:minute|min\.?)\s+[\w/.]{1,12}\s+[–—-]\s+/i
// "- **Budget and Mayoral Precept 2025/26** – The Director … to provide …": a bullet, its item in bold.
const BULLET_ITEM = /^\s*[-•]\s+\*\*([^*]{3,150})\*\*\s*[–—-]\s+(\S.*)$/
// "Update: to follow": an update promised, none given.
const NO_UPDATE = /^(?:to follow|awaited|tbc|to be confirmed|none(?: yet)?|pending)\.?$/i
type Field = 'action' | 'update' | 'other'
const LABELS: [RegExp, Field][] = [
  [/^action(?:\s+agreed)?$/i, 'action'],
  [/^(?:response|update|progress|officer response)$/i, 'update'],
  [/^(?:officer|lead officer|responsible(?: officer)?|action by|owner|status|target date|due)$/i, 'other'],
]

interface Block {
  item: string
  date: string
  action: string
  update: string
  field: Field
  page: number
}

function labelled(line: string): { field: Field; value: string } | null {
  const m = /^\s*([A-Za-z][A-Za-z ]{1,24}?)\s*:\s*(?:\t+|\s+|$)(.*)$/.exec(line)
  if (m === null) return null
  const field = LABELS.find(([label]) => label.test(m[1] ?? ''))?.[1]
  return field === undefined ? null : { field, value: cleanCell(m[2]) }
}

/** The actions of a tracker set out as labelled blocks; empty where the pack has none. */
export function parseActionBlocks(pages: PackPage[]): ParsedAction[] {
  const lines = toLines(pages)
  const out: ParsedAction[] = []
  let date = ''
  let block: Block | null = null
  const close = (): void => {
    if (block !== null && block.action !== '') {
      const update = block.update === '' ? null : block.update
      const { date: when, item, action, page } = block
      out.push({ date: when, agenda_item: item, action, update, has_update: update !== null, source_page: page })
    }
    block = null
  }
  let gap = false
  for (const [at, line] of lines.entries()) {
    const text = cleanLine(line.text)
    // A blank line sets the next line apart; straight under a value, a line goes on with it.
    const apart = gap
    if (text === '') gap = true
    else if (!isFurniture(text)) gap = false
    const meeting = text.length < 60 ? MEETING.exec(text) : null
    const when = meeting ? parseDateIn(meeting[1] ?? '') : null
    if (when !== null) {
      close()
      date = when
      continue
    }
    const item = date !== '' ? ITEM_LINE.exec(line.text) : null
    // An item's title (no sentence of the minutes) counts only with its "Action:" line right under it.
    const titled = item !== null && !/\.$/.test(cleanCell(item[1]))
    const next = lines[at + 1]?.text ?? ''
    // Or, where the item names its minute, with the action's sentence right under it, unlabelled.
    const unlabelled =
      titled && MINUTE_LEAD.test(cleanCell(item[1])) && labelled(next) === null && /^[A-Z]/.test(cleanLine(next))
    if (titled && (unlabelled || labelled(next)?.field === 'action')) {
      close()
      const title = cleanCell(item?.[1]).replace(MINUTE_REF, '').replace(MINUTE_LEAD, '')
      block = { item: title, date, action: '', update: '', field: unlabelled ? 'action' : 'other', page: line.page }
      continue
    }
    const bullet = date !== '' ? BULLET_ITEM.exec(line.text) : null
    if (bullet !== null) {
      close()
      const [item, action] = [cleanCell(bullet[1]), cleanCell(bullet[2])]
      block = { item, date, action, update: '', field: 'action', page: line.page }
      continue
    }
    if (block === null) continue
    const open: Block = block
    const field = labelled(line.text)
    if (field !== null) {
      open.field = field.field
      if (field.field === 'action') open.action = field.value
      if (field.field === 'update') open.update = NO_UPDATE.test(field.value) ? '' : field.value
      continue
    }
    // (The list's heading repeated at the top of the next page: "… (continued)".)
    if (text === '' || isFurniture(text) || /\(continued\)\W*$/i.test(text)) continue
    // An action set out under its label, or unlabelled under its item.
    if (open.field === 'action' && open.action === '') {
      open.action = text
      continue
    }
    // The rest of the value the page broke, or the end of the list.
    // (A sentence the page's width broke goes on whatever its next line opens with: "… reported in" / "2018/19.".)
    const goesOn = (value: string): boolean =>
      /^[a-z]/.test(text) || (value !== '' && (!apart || !/[.!?)]$/.test(value)))
    if (open.field === 'update' && goesOn(open.update)) open.update = joinText(open.update, text)
    else if (open.field === 'action' && goesOn(open.action)) open.action = joinText(open.action, text)
    else close()
  }
  close()
  return out
}
