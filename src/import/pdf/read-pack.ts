/**
 * Reads an agenda pack from disk and decides by content whether it is a PDF or extracted text.
 * Text is returned whole: the text parser splits it into pages itself (form feeds or footers).
 */
import { open } from 'node:fs/promises'
import type { PackPage } from '../parse/types.ts'
import { PdfInputError, formatBytes } from './errors.ts'
import { DEFAULT_MAX_BYTES, extractPdfText } from './extract.ts'
import type { ExtractOptions } from './extract.ts'
import { PDF_HEADER_WINDOW, decodeText, describeFormat, looksLikePdf } from './sniff.ts'

export interface PackFile {
  kind: 'pdf' | 'text'
  /** Pages of a PDF, numbered from 1. */
  pages?: PackPage[]
  /** The whole text of a text file (UTF-8, byte-order mark removed). */
  text?: string
  /** The file's bytes, for content-addressed storage of the original. */
  bytes: Uint8Array
}

const HEAD_BYTES = 8192

export async function readPackFile(path: string, opts: ExtractOptions = {}): Promise<PackFile> {
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    checkSize(size, opts.maxBytes ?? DEFAULT_MAX_BYTES)
    // Sniff the head first so a large file of the wrong kind is refused without reading all of it.
    const head = await readHead(file, Math.min(size, HEAD_BYTES))
    const kind = sniff(head, size)
    const bytes = size <= head.length ? head : new Uint8Array(await file.readFile())
    if (kind === 'pdf') return { kind, pages: await extractPdfText(bytes, opts), bytes }
    return { kind, text: wholeText(bytes), bytes }
  } finally {
    await file.close()
  }
}

function checkSize(size: number, max: number): void {
  if (size === 0) throw new PdfInputError('EMPTY_FILE', 'The file is empty.')
  if (size > max) {
    throw new PdfInputError(
      'TOO_LARGE',
      `The file is ${formatBytes(size)}, over the ${formatBytes(max)} limit for one agenda pack.`,
    )
  }
}

async function readHead(file: Awaited<ReturnType<typeof open>>, length: number): Promise<Uint8Array> {
  const head = new Uint8Array(length)
  const { bytesRead } = await file.read(head, 0, length, 0)
  return head.subarray(0, bytesRead)
}

function sniff(head: Uint8Array, size: number): 'pdf' | 'text' {
  if (looksLikePdf(head.subarray(0, PDF_HEADER_WINDOW + 8))) return 'pdf'
  if (decodeText(head, head.length < size) !== null) return 'text'
  throw unsupported(head)
}

function wholeText(bytes: Uint8Array): string {
  const text = decodeText(bytes)
  if (text === null) throw unsupported(bytes)
  return text
}

function unsupported(head: Uint8Array): PdfInputError {
  const what = describeFormat(head)
  const found = what ? `it looks like ${what}` : 'its content is neither PDF nor UTF-8 text'
  return new PdfInputError(
    'NOT_PDF',
    `This file cannot be imported as an agenda pack: ${found}. Upload the pack as a PDF or as plain text.`,
  )
}
