/**
 * Rebuilds lines of text from positioned text runs (pdf.js text items). A PDF has no lines, only
 * strings drawn at coordinates: runs sharing a baseline form a line, read left to right; a small
 * gap between runs is a word space and a wide one a table column, written as a tab so the text
 * parser can split cells as it does for tab-separated seed text.
 */

/** The part of a pdf.js `TextItem` we need; `transform` is the text matrix [a, b, c, d, e, f]. */
export interface TextRun {
  str: string
  transform: number[]
  width: number
  height: number
}

/** Gap thresholds, as multiples of the font size. */
const SPACE_GAP = 0.15 // a word space in Helvetica is 0.28 em; kerning stays well below 0.15
const TAB_GAP = 0.8 // wider than any justified word space, narrower than a table's column gutter
const SAME_LINE = 0.5 // super/subscripts sit within half a font size of their baseline
const PARAGRAPH_GAP = 1.8 // baseline distance beyond ordinary leading (about 1.2 em) leaves a blank line
const FAKE_BOLD = 0.25 // Word's fake bold draws the same string twice, a fraction of a point apart

/** A run in the frame of its own writing direction, so rotated (landscape) tables read as rows. */
interface Placed {
  str: string
  x: number
  y: number
  end: number
  size: number
}

/** Quarter turns of the text direction: 0 normal, 1 reading upwards, 2 upside down, 3 downwards. */
function quarterTurns(t: readonly number[]): number {
  const angle = Math.atan2(t[1] ?? 0, t[0] ?? 1)
  return (((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4) as number
}

function place(run: TextRun, turns: number): Placed {
  const t = run.transform
  const e = t[4] ?? 0
  const f = t[5] ?? 0
  // Rotate the origin back by the text's own rotation so "along the line" is always +x.
  const [x, y] = turns === 1 ? [f, -e] : turns === 2 ? [-e, -f] : turns === 3 ? [-f, e] : [e, f]
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || run.height || 1
  return { str: run.str, x, y, end: x + run.width, size }
}

/** Text of one page: lines top to bottom, then text in other directions (rotated tables). */
export function runsToText(runs: readonly TextRun[]): string {
  const groups = new Map<number, Placed[]>()
  for (const run of runs) {
    if (run.str.trim() === '') continue // spacing comes from the gaps; whitespace runs add nothing
    const turns = quarterTurns(run.transform)
    const group = groups.get(turns) ?? []
    group.push(place(run, turns))
    groups.set(turns, group)
  }
  const blocks = [...groups.entries()].sort(([a], [b]) => a - b).map(([, placed]) => blockText(placed))
  return tidy(blocks.join('\n'))
}

function blockText(placed: Placed[]): string {
  const lines = groupLines(placed)
  const out: string[] = []
  lines.forEach((line, i) => {
    const above = lines[i - 1]
    if (above && above.y - line.y > PARAGRAPH_GAP * Math.max(above.size, line.size)) out.push('')
    out.push(lineText(line.runs))
  })
  return out.join('\n')
}

interface Line {
  y: number
  size: number
  runs: Placed[]
}

function groupLines(placed: Placed[]): Line[] {
  placed.sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: Line[] = []
  let current: Line | undefined
  for (const run of placed) {
    if (current && current.y - run.y <= SAME_LINE * Math.max(current.size, run.size)) {
      current.runs.push(run)
      current.size = Math.max(current.size, run.size)
      continue
    }
    current = { y: run.y, size: run.size, runs: [run] }
    lines.push(current)
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x)
  return lines
}

function lineText(runs: readonly Placed[]): string {
  let text = ''
  let prev: Placed | undefined
  for (const run of runs) {
    if (prev && run.str === prev.str && Math.abs(run.x - prev.x) < FAKE_BOLD * run.size) continue
    const sep = prev ? separator(prev, run, text) : ''
    // A column break swallows the spaces around it, so cells split cleanly on the tab.
    text = sep === '\t' ? `${text.trimEnd()}\t${run.str.trimStart()}` : text + sep + run.str
    prev = prev && prev.end > run.end ? prev : run
  }
  return text
}

function separator(prev: Placed, run: Placed, sofar: string): string {
  const gap = run.x - prev.end
  const size = Math.max(prev.size, run.size)
  if (gap >= TAB_GAP * size) return '\t'
  if (gap < SPACE_GAP * size || sofar.endsWith(' ') || run.str.startsWith(' ')) return ''
  return ' '
}

// Control characters other than tab and newline come from unmapped glyphs; a form feed in page
// text would read as a page break to the text parser.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g

function tidy(text: string): string {
  return text
    .replace(CONTROL, '')
    .split('\n')
    .map(l => l.replace(/[ \t]+$/, '').replace(/^ +/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
}
