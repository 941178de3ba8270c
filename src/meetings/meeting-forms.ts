import { z } from 'zod'
import { isRealDate } from '../web/form-fields.ts'
import { BANK_HOLIDAY_YEARS } from './bank-holidays.ts'
import { LATE_REASON_KINDS } from './meetings.table.ts'

// Forms post strings; an empty field means "not given".
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform(v => (v ? v : null))

const requiredText = (max: number, missing: string, label: string) =>
  z.string({ required_error: missing }).trim().min(1, missing).max(max, `${label} must be ${max} characters or fewer`)

const time = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform(v => (v ? v : null))
    .refine(v => v === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), `${label} must be a time, like 10:30`)

/** A meeting date: a real date in the years whose bank holidays we know (so deadlines can be computed). */
export const meetingDate = z
  .string({ required_error: 'Enter the date of the meeting' })
  .trim()
  .min(1, 'Enter the date of the meeting')
  .refine(isRealDate, 'The date of the meeting must be a real date')
  .refine(
    v => !isRealDate(v) || inKnownYears(v),
    `The date of the meeting must be between ${BANK_HOLIDAY_YEARS.first} and ${BANK_HOLIDAY_YEARS.last}`,
  )

const inKnownYears = (value: string) => {
  const year = Number(value.slice(0, 4))
  // Deadlines count back up to two weeks, so the first days of the first year cannot be dated.
  return year > BANK_HOLIDAY_YEARS.first && year <= BANK_HOLIDAY_YEARS.last
}

const webcastUrl = z
  .string()
  .trim()
  .max(500, 'The webcast link must be 500 characters or fewer')
  .optional()
  .transform(v => (v ? v : null))
  .refine(v => v === null || /^https:\/\/[^\s<>"]+$/.test(v), 'The webcast link must start with https://')

export const meetingDetailsForm = z.object({
  startTime: time('The start time'),
  venue: optionalText(300, 'The venue'),
  webcastUrl,
})

export const newMeetingForm = meetingDetailsForm.extend({
  committee: requiredText(200, 'Choose the committee', 'The committee'),
  meetingDate,
})

export const rescheduleForm = z.object({
  meetingDate,
  startTime: time('The start time'),
  reason: requiredText(1000, 'Enter why the meeting is being moved', 'The reason'),
})

export const cancelForm = z.object({
  reason: requiredText(1000, 'Enter why the meeting is cancelled', 'The reason'),
})

const checkbox = z
  .union([z.literal('yes'), z.literal('')])
  .optional()
  .transform(v => v === 'yes')

const exemptParagraph = z
  .string()
  .trim()
  .optional()
  .transform(v => (v ? Number(v) : null))
  .refine(v => v === null || (Number.isInteger(v) && v >= 1 && v <= 7), 'Choose a paragraph from 1 to 7')

/** Exempt items and documents must name their Schedule 12A paragraph. */
const requireParagraph = <T extends { exempt: boolean; exemptParagraph: number | null }>(
  form: T,
  ctx: z.RefinementCtx,
) => {
  if (form.exempt && form.exemptParagraph === null) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['exemptParagraph'],
      message: 'Choose the paragraph of Schedule 12A that makes it exempt',
    })
  }
}

export const agendaItemForm = z
  .object({
    title: requiredText(500, 'Enter the title of the item', 'The title'),
    description: optionalText(5000, 'The description'),
    timeFrom: time('The start time'),
    timeTo: time('The end time'),
    attendees: optionalText(2000, 'The attendees'),
    leadOfficer: optionalText(300, 'The lead officer'),
    reportAuthor: z
      .string()
      .trim()
      .optional()
      .transform(v => (v ? Number(v) : null))
      .refine(v => v === null || (Number.isInteger(v) && v > 0), 'Choose a report author from the list'),
    exempt: checkbox,
    exemptParagraph,
  })
  .superRefine(requireParagraph)
  .superRefine((form, ctx) => {
    if (form.timeTo && !form.timeFrom)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['timeFrom'],
        message: 'Enter the start time as well as the end time',
      })
    else if (form.timeTo && form.timeFrom && form.timeTo <= form.timeFrom)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['timeTo'],
        message: 'The end time must be after the start time',
      })
  })

export const documentForm = z
  .object({
    title: requiredText(500, 'Enter the title of the document', 'The title'),
    kind: z.enum(['report', 'appendix'], {
      errorMap: () => ({ message: 'Choose whether it is a report or an appendix' }),
    }),
    exempt: checkbox,
    exemptParagraph,
  })
  .superRefine(requireParagraph)

export const moveForm = z.object({
  direction: z.enum(['up', 'down'], { errorMap: () => ({ message: 'Choose up or down' }) }),
})

export const publishForm = z
  .object({
    lateReasonKind: z
      .union([z.enum(LATE_REASON_KINDS), z.literal('')])
      .optional()
      .transform(v => (v ? v : null)),
    lateReason: optionalText(2000, 'The reason'),
  })
  .transform(form => (form.lateReasonKind ? { kind: form.lateReasonKind, text: form.lateReason ?? '' } : null))
