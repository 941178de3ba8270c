import type { PDFFont } from 'pdf-lib'

const charsets = new WeakMap<PDFFont, Set<number>>()
const SUBSTITUTES: Record<string, string> = { '\u2010': '-', '\u2011': '-', '\u2212': '-', '\u00a0': ' ' }

/**
 * Text the font can draw: standard PDF fonts only know WinAnsi, so other characters are
 * replaced (accents stripped where that gives a drawable letter, else '?') instead of throwing.
 */
export function toPdfText(font: PDFFont, text: string): string {
  let charset = charsets.get(font)
  if (!charset) charsets.set(font, (charset = new Set(font.getCharacterSet())))
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

/** Wraps text to a width at spaces; a word longer than the width is split. */
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
