import { z } from 'zod'

// Text rules for the action tracker, work programme and inquiry screens, worded from the whole message
// ("Enter the action"). Dates, ids and the rest are in web/form-fields.ts.

const MAX_TEXT = 4000

/** A required line or paragraph of text. */
export const requiredText = (message: string, max = MAX_TEXT) =>
  z
    .string({ required_error: message, invalid_type_error: message })
    .trim()
    .min(1, message)
    .max(max, `${message.replace(/^Enter /, 'Shorten ')} to ${max} characters or fewer`)

/** Optional text: blank means none. */
export const optionalText = (max = MAX_TEXT) =>
  z
    .string({ invalid_type_error: 'Enter text' })
    .trim()
    .max(max, `Enter ${max} characters or fewer`)
    .optional()
    .transform(text => (text ? text : null))
