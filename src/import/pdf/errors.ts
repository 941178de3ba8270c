/**
 * Why a pack file could not be read. Every failure of the PDF side of the importer surfaces as a
 * `PdfInputError` whose `message` can be shown to an officer as is, and whose `code` lets the CLI,
 * the web upload form and tests react without matching on wording.
 */
export type PdfInputErrorCode =
  'NOT_PDF' | 'EMPTY_FILE' | 'TRUNCATED' | 'CORRUPT' | 'ENCRYPTED' | 'NO_PAGES' | 'NO_TEXT_LAYER' | 'TOO_LARGE'

export class PdfInputError extends Error {
  override readonly name = 'PdfInputError'
  readonly code: PdfInputErrorCode

  constructor(code: PdfInputErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }
}

export function isPdfInputError(error: unknown): error is PdfInputError {
  return error instanceof PdfInputError
}

/** Human-readable size for messages ("52.4 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
