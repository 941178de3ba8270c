/** The catalogue of errors the app shows to people, each with a stable code and HTTP status. */
export const ERRORS = {
  NOT_FOUND: { status: 404, title: 'Page not found' },
  COMMITTEE_NOT_FOUND: { status: 404, title: 'Page not found' },
  MEETING_NOT_FOUND: { status: 404, title: 'Page not found' },
  INQUIRY_NOT_FOUND: { status: 404, title: 'Page not found' },
  FORBIDDEN: { status: 403, title: 'You do not have permission to see this page' },
  BAD_CSRF: { status: 403, title: 'Your form has expired' },
  TOO_MANY_REQUESTS: { status: 429, title: 'Too many attempts' },
  BAD_REQUEST: { status: 400, title: 'There is a problem with your request' },
  FILE_TOO_LARGE: { status: 413, title: 'The file is too large' },
} as const

export type ErrorCode = keyof typeof ERRORS

export class AppError extends Error {
  readonly statusCode: number
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? ERRORS[code].title)
    this.statusCode = ERRORS[code].status
  }
}

export const notFound = (code: ErrorCode = 'NOT_FOUND') => new AppError(code)
