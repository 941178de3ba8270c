/**
 * Thrown only when the input is clearly not an agenda pack (no agenda at all), so the CLI can print
 * `message` and exit non-zero. Anything merely odd inside a real pack becomes a warning instead.
 */
export class PackParseError extends Error {
  readonly code = 'NOT_AN_AGENDA_PACK'

  constructor(message: string) {
    super(message)
    this.name = 'PackParseError'
  }
}
