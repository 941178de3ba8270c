import type { Environment } from 'nunjucks'
import { MEMBERSHIP_ROLE_LABELS } from '../committees/membership-roles.ts'
import { formatDate, formatLongDate, formatTime } from './format.ts'

/** Every filter the templates use, in one place. */
export function registerFilters(env: Environment): void {
  env.addFilter('longDate', (value: string | null) => (value ? formatLongDate(value) : ''))
  env.addFilter('date', (value: string | null) => (value ? formatDate(value) : ''))
  env.addFilter('time', (value: string | null) => (value ? formatTime(value) : ''))
  env.addFilter('roleLabel', (role: keyof typeof MEMBERSHIP_ROLE_LABELS) => MEMBERSHIP_ROLE_LABELS[role] ?? role)
}
