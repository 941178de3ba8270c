/**
 * The committee's membership as the pack lists it. Birmingham's front sheets name no members; the
 * work programme report opens with the committee's officers and members:
 *
 *   Chair:             Cllr Kerry Jenkins
 *   Deputy Chair:      Cllr Des Hughes
 *   Committee Members: Cllrs: Shabina Bano, Jilly Bermingham, … and Simon Morrall
 *   Representatives:   Samera Ali, Parent Governor; Richard Potter, Roman Catholic Diocese
 *
 * Co-opted representatives (for education: diocese and parent governors) are members too.
 * The members' line may wrap, with blank lines between its parts, and a name may break across them.
 */
import type { Line } from './lines.ts'
import { splitNames } from './names.ts'

const CHAIR = /^(deputy |vice[- ])?chair(man|person)?\s*:\s*/i
const MEMBERS = /^(committee |co-opted )?(members?(hip)?|(education )?representatives|co-optees)\s*:\s*/i
// Co-opted members are listed under the members, their label in the names' column; where extraction
// joins that column's lines as one wrapped cell (layout text), their label follows the last member's
// name on the same line ("… and Megan Ward-Lewis Co-opted Member: Winston Clarke-Bailey").
const CO_OPTED_LABEL = /\s+(?=(?:co-opted|education) (?:members?|representatives?)\s*:|co-optees\s*:)/i
// Any other "Label:" ends the block ("Officer Support:").
const LABEL = /^[A-Z][A-Za-z -]{0,40}:/
// The block sits within a few lines of its "Chair:" line.
const BLOCK_LINES = 12

/**
 * Chair, deputy, members and representatives, in that order, from the first such block in the pack
 * (lines as `toLines` cleans them); else the agenda's distribution list.
 */
export function listedMembership(lines: Line[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? ''
    if (text.length > 120 || !CHAIR.test(text)) continue
    const block = membershipBlock(lines, i)
    if (block !== null) return splitNames(block)
  }
  return distributionList(lines)
}

const DISTRIBUTION = /^distribution(?:\s+list)?\s*:?$/i
const GRID_LINES = 30

/**
 * A summons letter's agenda ends with who it is sent to, a grid of names under a "Councillors"
 * heading per column, then the co-opted members:
 *
 *   Distribution:
 *   Councillors   Councillors   Councillors
 *   A R Beynon    S Hopkins     E Parry
 *   Co-opted Members
 *   E Powell      R Vaughan
 *
 * The list ends at a line of prose or at the foot of its page.
 */
function distributionList(lines: Line[]): string[] {
  const start = lines.findIndex(l => DISTRIBUTION.test(l.text.trim()))
  if (start === -1) return []
  const cells: string[] = []
  for (let i = start + 1; i < Math.min(lines.length, start + GRID_LINES); i++) {
    const line = lines[i]
    if (line === undefined || line.page !== lines[start]?.page) break
    const text = line.text.trim()
    if (/^page\s+\d+/i.test(text) || (text.length > 60 && !line.raw.includes('\t'))) break
    cells.push(...line.raw.split('\t').map(c => c.trim()))
  }
  return splitNames(cells.join('\n'))
}

/** The text of the chair's, deputy's and members' lines from `start`, or null without a members' line. */
function membershipBlock(lines: Line[], start: number): string | null {
  const parts: string[] = []
  let members = false
  let blanks = 0
  for (let i = start; i < Math.min(lines.length, start + BLOCK_LINES); i++) {
    const text = (lines[i]?.text ?? '').trim()
    if (text === '') {
      if (++blanks > 1 && members) break
      continue
    }
    blanks = 0
    for (const part of text.split(CO_OPTED_LABEL)) {
      if (CHAIR.test(part)) parts.push(`\n${part.replace(CHAIR, '')}`)
      else if (MEMBERS.test(part)) {
        members = true
        parts.push(`\n${part.replace(MEMBERS, '')}`)
      } else if (members && !LABEL.test(part)) parts.push(` ${part}`)
      else return members ? parts.join('') : null
    }
  }
  return members ? parts.join('') : null
}
