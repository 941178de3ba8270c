import type { FastifyInstance, FastifyReply } from 'fastify'
import { actorOf, idOrNotFound } from '../web/form-fields.ts'
import type { FormErrors } from '../web/forms.ts'
import { handleForm, type Refusal } from '../web/handle-form.ts'
import { editUserForm, newUserForm, ROLE_LABELS, UserRefusal, type UsersService } from './users.service.ts'
import type { UserListRow } from './users.repository.ts'

type IdParams = { Params: { id: string } }

const refusalOf = (error: unknown): Refusal | null =>
  error instanceof UserRefusal ? { status: 400, field: error.field, message: error.message } : null

const valuesOf = (u: UserListRow) => ({
  displayName: u.display_name,
  role: u.role,
  personId: u.person_id ? String(u.person_id) : '',
})

/** The administrator's screens for staff accounts (/staff/users): who may sign in, in what role, as which person. */
export function usersRoutes(users: UsersService) {
  return async (app: FastifyInstance) => {
    const roles = Object.entries(ROLE_LABELS).map(([value, text]) => ({ value, text }))
    const form = async (
      reply: FastifyReply,
      account: UserListRow | null,
      values: Record<string, string>,
      errors: Partial<FormErrors> = {},
    ) =>
      reply.view('pages/staff/users/form.njk', {
        account,
        values,
        roles,
        people: await users.people(),
        ...errors,
        activeNav: 'users',
      })

    app.get('/staff/users', async (_request, reply) =>
      reply.view('pages/staff/users/index.njk', {
        users: await users.listUsers(),
        roleLabels: ROLE_LABELS,
        activeNav: 'users',
      }),
    )

    app.get('/staff/users/new', async (_request, reply) => form(reply, null, { role: 'member' }))

    app.post('/staff/users', async (request, reply) =>
      handleForm(
        request,
        reply,
        newUserForm,
        async input => `/staff/users#user-${await users.addUser(input, actorOf(request))}`,
        // The password is never sent back to the browser.
        (errors, values) => form(reply, null, { ...values, password: '' }, errors),
        refusalOf,
      ),
    )

    app.get<IdParams>('/staff/users/:id/edit', async (request, reply) => {
      const account = await users.user(idOrNotFound(request.params.id))
      return form(reply, account, valuesOf(account))
    })

    app.post<IdParams>('/staff/users/:id', async (request, reply) => {
      const account = await users.user(idOrNotFound(request.params.id))
      return handleForm(
        request,
        reply,
        editUserForm,
        async input => {
          await users.updateUser(account.id, input, actorOf(request))
          return `/staff/users#user-${account.id}`
        },
        (errors, values) => form(reply, account, values, errors),
        refusalOf,
      )
    })
  }
}
