import type { PDFFont } from 'pdf-lib'

// Text for the PDFs the app draws itself (agenda packs, front sheets, cover reports, the action tracker,
// work programme and tracking report tables). The standard PDF fonts only know WinAnsi, and pdf-lib throws
// on anything else, so every string passes through one of the two cleaners below before it is drawn.

const charsets = new WeakMap<PDFFont, Set<number>>()
const SUBSTITUTES: Record<string, string> = { '\u2010': '-', '\u2011': '-', '\u2212': '-', '\u00a0': ' ' }

function charsetOf(font: PDFFont): Set<number> {
  let charset = charsets.get(font)
  if (!charset) charsets.set(font, (charset = new Set(font.getCharacterSet())))
  return charset
}

/**
 * One line of text the font can draw: other characters are replaced (accents stripped where that gives a
 * drawable letter, else '?') and control characters, line breaks included, become spaces.
 */
export function toPdfText(font: PDFFont, text: string): string {
  const charset = charsetOf(font)
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (code < 0x20 || code === 0x7f) out += ' '
    else if (charset.has(code)) out += ch
    else {
      const plain = SUBSTITUTES[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '')
      out += plain !== '' && [...plain].every(c => charset.has(c.codePointAt(0) ?? 0)) ? plain : '?'
    }
  }
  return out
}

/** Wraps text to a width in the font at spaces; a word longer than the width is split. */
export function wrapText(font: PDFFont, text: string, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(toPdfText(font, s), size) <= width
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (fits(candidate)) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    line = word
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1
      while (cut > 1 && !fits(line.slice(0, cut))) cut--
      lines.push(line.slice(0, cut))
      line = line.slice(cut)
    }
  }
  if (line || lines.length === 0) lines.push(line)
  return lines
}

/**
 * Text of several lines the font can draw, for table cells: line breaks are kept (as '\n'), tabs become
 * spaces and any other character the font lacks becomes '?'.
 */
export function printable(font: PDFFont, text: string): string {
  const supported = charsetOf(font)
  return [...text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')]
    .map(ch => (ch === '\n' || supported.has(ch.codePointAt(0) ?? 0) ? ch : '?'))
    .join('')
}

/**
 * Breaks text into lines no wider than `width` as `measure` reckons it, keeping its line breaks (a blank
 * line stays blank) and breaking long words where they must be broken.
 *
 * ```ts
 * wrapLines('aaa bbb ccc', 7, s => s.length) // ['aaa bbb', 'ccc']
 * ```
 */
export function wrapLines(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      let rest = word
      while (measure(rest) > width && rest.length > 1) {
        let cut = rest.length - 1
        while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--
        if (line) lines.push(line)
        lines.push(rest.slice(0, cut))
        line = ''
        rest = rest.slice(cut)
      }
      const candidate = line ? `${line} ${rest}` : rest
      if (measure(candidate) <= width) line = candidate
      else {
        if (line) lines.push(line)
        line = rest
      }
    }
    lines.push(line)
  }
  return lines
}
