/**
 * Decides what a file is from its bytes, never its name: officers upload "pack.pdf" files that are
 * Word documents, and text files saved with a .pdf extension.
 */

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // "%PDF-"
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46] // "%%EOF"

/** Readers accept junk before the header as long as "%PDF-" starts within the first 1,024 bytes. */
export const PDF_HEADER_WINDOW = 1024
/** Acrobat only looks for "%%EOF" this close to the end; real files may carry a little trailing junk. */
const EOF_WINDOW = 1024

function indexOfBytes(data: Uint8Array, needle: readonly number[], from: number, to: number): number {
  const last = Math.min(to, data.length) - needle.length
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

export function looksLikePdf(data: Uint8Array): boolean {
  return indexOfBytes(data, PDF_MAGIC, 0, PDF_HEADER_WINDOW + PDF_MAGIC.length) !== -1
}

/** A PDF cut short (interrupted download or upload) loses its final "%%EOF". */
export function hasEofMarker(data: Uint8Array): boolean {
  return indexOfBytes(data, EOF_MARKER, data.length - EOF_WINDOW, data.length) !== -1
}

interface Signature {
  bytes: readonly number[]
  label: string
}

// What people most often upload instead of a pack, so the error can say what the file actually is.
const SIGNATURES: readonly Signature[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], label: 'a ZIP archive or Word/Excel (.docx/.xlsx) document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], label: 'an old-style Word/Excel (.doc/.xls) document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], label: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], label: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], label: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], label: 'a TIFF image (a scan?)' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], label: 'a TIFF image (a scan?)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], label: 'a Rich Text (.rtf) document' },
  { bytes: [0xff, 0xfe], label: 'text saved as UTF-16; save it as UTF-8 instead' },
  { bytes: [0xfe, 0xff], label: 'text saved as UTF-16; save it as UTF-8 instead' },
]

/** A short description of a recognised non-PDF, non-text format, or null when unknown. */
export function describeFormat(head: Uint8Array): string | null {
  const found = SIGNATURES.find(s => s.bytes.every((b, i) => head[i] === b))
  return found ? found.label : null
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]

export function stripUtf8Bom(data: Uint8Array): Uint8Array {
  return UTF8_BOM.every((b, i) => data[i] === b) ? data.subarray(3) : data
}

/**
 * The text of `data` if it is valid UTF-8 that reads like text (no NULs, few control characters),
 * else null. `partial` allows a multi-byte character cut at the end, for sniffing a file's head.
 */
export function decodeText(data: Uint8Array, partial = false): string | null {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(stripUtf8Bom(data), { stream: partial })
  } catch {
    return null
  }
  return looksLikeText(text) ? text : null
}

function looksLikeText(text: string): boolean {
  let control = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) return false
    // Tabs, newlines, carriage returns and form feeds (page breaks from pdftotext) are ordinary text.
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++
  }
  return control <= text.length / 100
}
