import type { Generated, Insertable, JSONColumnType, Selectable } from 'kysely'

export const ROLES = ['member', 'report_author', 'scrutiny_officer', 'admin'] as const
export type Role = (typeof ROLES)[number]

export interface CouncilTable {
  id: Generated<number>
  name: string
  slug: string
  /** See migrations/0016_council_settings.sql. */
  model_code_adopted_on: Generated<string>
  created_at: Generated<Date>
}

export interface AppUserTable {
  id: Generated<number>
  email: string
  display_name: string
  password_hash: string
  role: Role
  is_active: Generated<boolean>
  failed_logins: Generated<number>
  locked_until: Date | null
  last_login_at: Date | null
  person_id: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type AppUserRow = Selectable<AppUserTable>
export type NewAppUser = Insertable<AppUserTable>

export interface UserSessionTable {
  id: string
  user_id: number | null
  data: JSONColumnType<Record<string, unknown>, string, string>
  expires_at: Date
  created_at: Generated<Date>
}
