import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { isAllowed, type CurrentUser } from './access.ts'

const user = (role: CurrentUser['role']): CurrentUser => ({ id: 1, email: 'x@y.z', displayName: 'X', role })

describe('isAllowed', () => {
  const cases: Array<[string, CurrentUser | null, Parameters<typeof isAllowed>[1], boolean]> = [
    ['anyone may see public pages', null, 'public', true],
    ['the public may not see staff pages', null, 'staff', false],
    ['a member may see staff pages', user('member'), 'staff', true],
    ['a report author may not do officer work', user('report_author'), ['scrutiny_officer'], false],
    ['an officer may do officer work', user('scrutiny_officer'), ['scrutiny_officer'], true],
    ['an admin may do anything', user('admin'), ['scrutiny_officer'], true],
    ['the public may not do officer work', null, ['scrutiny_officer'], false],
  ]
  for (const [name, who, access, expected] of cases) test(name, () => assert.equal(isAllowed(who, access), expected))
})

describe('access rules on routes', () => {
  let t: TestApp
  before(async () => (t = await buildTestApp()))
  after(() => t.close())

  test('an anonymous visitor to a staff page is sent to sign in, and returned afterwards', async () => {
    const response = await new Browser(t.app).get('/staff')
    assert.equal(response.statusCode, 303)
    assert.equal(response.headers.location, '/sign-in?returnTo=%2Fstaff')
  })

  test('a route registered without an access rule stops the app from starting', async () => {
    const { default: Fastify } = await import('fastify')
    const { accessControl } = await import('./access.ts')
    const app = Fastify()
    await app.register(accessControl, { loadUser: async () => null })
    const start = async () => {
      await app.register(async scoped => {
        scoped.get('/forgotten', async () => 'oops')
      })
      await app.ready()
    }
    await assert.rejects(start, /Route GET \/forgotten has no access rule in src\/web\/access-rules.ts/)
  })

  test('a state-changing request without a session is refused, not processed', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/sign-out' })
    assert.equal(response.statusCode, 403)
    const forged = await t.app.inject({ method: 'POST', url: '/sign-in', payload: { email: 'a@b.cd', password: 'p' } })
    assert.equal(forged.statusCode, 403)
  })
})
