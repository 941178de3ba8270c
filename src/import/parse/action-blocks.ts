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
// ("2.1⇥Minute 58 – Homelessness Strategy": numbered within the meeting's section too.)
const ITEM_LINE = /^\s*\d{1,3}(?:\.\d{1,2})?\.?\t+(\S.{3,200})$/
const MINUTE_REF = /\s*\((?:minute|min\.?)\s*[^)]{1,20}\)\s*$/i
// ("2. MEETING HELD ON 16 MARCH 2010": a numbered section's heading too.)
const MEETING = /^\W*(?:\d{1,2}\.?\s+)?meeting\s+(?:held\s+)?on\s+(.{6,40}?)\W*$/i
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

/**
 * "- **Item** – action": the item in bold. Printed without its bold, the item is the words before
 * the last dash that the action's words follow ("Tranche 1 – First Quarter Performance – The
 * Director … to provide …"): in title case before it, an infinitive after it.
 */
function bulletItem(text: string): { item: string; action: string } | null {
  const bold = BULLET_ITEM.exec(text)
  if (bold !== null) return { item: cleanCell(bold[1]), action: cleanCell(bold[2]) }
  const plain = /^\s*[-•]\s+(\S.*)$/.exec(text)?.[1]
  if (plain === undefined) return null
  const dashes = [...plain.matchAll(/\s[–—]\s/g)].map(m => m.index ?? 0).reverse()
  const split = (at: number): { item: string; action: string } => ({
    item: cleanCell(plain.slice(0, at)),
    action: cleanCell(plain.slice(at + 3)),
  })
  const found = dashes.map(split).filter(({ item, action }) => /^[A-Z]/.test(action) && inTitleCase(item))
  // (Its infinitive may come on the line the width wrapped it onto: "A list of …, with the" / "… to be provided.")
  return found.find(({ action }) => /\bto(?:\s+(?:be\s+)?[a-z]{3,}|\s*$)/.test(action)) ?? found[0] ?? null
}

/** Most of its longer words capitalised, as an item's title is. */
function inTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter(w => /^[A-Za-z]{4,}/.test(w))
  return words.length > 0 && words.filter(w => /^[A-Z]/.test(w)).length / words.length >= 0.6
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
    // (A PDF may set the item's line apart from the action under it by a blank line.)
    const next = lines[at + 1]?.text === '' ? (lines[at + 2]?.text ?? '') : (lines[at + 1]?.text ?? '')
    // Or, where the item names its minute, with the action's sentence right under it, unlabelled.
    const unlabelled =
      titled && MINUTE_LEAD.test(cleanCell(item[1])) && labelled(next) === null && /^[A-Z]/.test(cleanLine(next))
    if (titled && (unlabelled || labelled(next)?.field === 'action')) {
      close()
      const title = cleanCell(item?.[1]).replace(MINUTE_REF, '').replace(MINUTE_LEAD, '')
      block = { item: title, date, action: '', update: '', field: unlabelled ? 'action' : 'other', page: line.page }
      continue
    }
    const bullet = date !== '' ? bulletItem(line.text) : null
    if (bullet !== null) {
      close()
      block = { ...bullet, date, update: '', field: 'action', page: line.page }
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
    // Another bullet is no value's rest.
    if (/^\s*[-•]\s/.test(line.text)) {
      close()
      continue
    }
    // The rest of the value the page broke, or the end of the list.
    // (A sentence the page's width broke goes on whatever its next line opens with: "… reported in" / "2018/19.".)
    // (Straight under it, a sentence of its own: "… Five Members attended." / "Complete.")
    const goesOn = (value: string): boolean =>
      /^[a-z]/.test(text) || (value !== '' && ((!apart && /[.!?]$/.test(text)) || !/[.!?)]$/.test(value)))
    if (open.field === 'update' && goesOn(open.update)) open.update = joinText(open.update, text)
    else if (open.field === 'action' && goesOn(open.action)) open.action = joinText(open.action, text)
    else {
      // Any other line ends the list: its meeting's date holds for no bullet further on in the pack.
      close()
      date = ''
    }
  }
  close()
  return out
}
