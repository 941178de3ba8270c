import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { buildTestApp, type TestApp } from '../test/support/test-app.ts'
import { SCREENSHOTS, launchChromium, screenshotAndCheck, signInPage } from './browser.ts'

// The committee and people screens in a real browser: axe-core (WCAG 2.2 AA) on each form, blank and with its
// errors, and on the public person page with its attendance chart; screenshots for people to look at.

describe('committee and people screens in Chromium (axe-core, WCAG 2.2 AA)', () => {
  let t: TestApp
  let browser: Browser
  let page: Page
  let base: string

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    const db = t.services.engine.db
    const shah = await db.selectFrom('person').select('id').where('slug', '=', 'priya-shah').executeTakeFirstOrThrow()
    const meetings = await db.selectFrom('meeting').select('id').orderBy('meeting_date').execute()
    const kinds = ['present', 'present', 'present', 'apologies'] as const
    await db
      .insertInto('attendance')
      .values(kinds.map((kind, i) => ({ meeting_id: meetings[i]!.id, person_id: shah.id, name: 'Priya Shah', kind })))
      .execute()
    await db
      .insertInto('declaration')
      .values({
        meeting_id: meetings[0]!.id,
        person_id: shah.id,
        interest_kind: 'other_registerable',
        nature: 'School governor',
        participation: 'spoke_only',
      })
      .execute()
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
    page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    await signInPage(page, base, 'officer@example.gov.uk')
  })
  after(async () => {
    await browser?.close()
    await t?.close()
  })

  const check = (name: string) => screenshotAndCheck(page, name)

  /** Submits the page's main form as it is and checks the error state: summary focused, linked to the fields. */
  async function submitWithErrors(name: string) {
    await page.click('main form[method=post]:not([action="/sign-out"]) button[type=submit]')
    await page.waitForSelector('.govuk-error-summary')
    assert.match(await page.title(), /^Error: /)
    await check(name)
  }

  test('the committee screens and their forms, blank and with errors', async () => {
    for (const [name, path] of [
      ['staff-committees', '/staff/committees'],
      ['staff-committee', '/staff/committees/children-and-education'],
      ['staff-committee-edit', '/staff/committees/children-and-education/edit'],
      ['staff-municipal-years', '/staff/municipal-years'],
    ]) {
      await page.goto(base + path!)
      await check(name!)
    }
    await page.goto(`${base}/staff/committees/new`)
    await check('staff-committee-new')
    await submitWithErrors('staff-committee-new-errors')
    await page.goto(`${base}/staff/municipal-years/new`)
    await page.fill('#starts_on', '2024-05-15')
    await page.fill('#ends_on', '2023-05-14')
    await submitWithErrors('staff-municipal-year-errors')
  })

  test('the membership forms, with the one-chair rule’s error', async () => {
    await page.goto(`${base}/staff/committees/children-and-education/memberships/new`)
    await check('staff-membership-new')
    await page.selectOption('#person_id', { label: 'Daniel Okafor' })
    await page.selectOption('#role', 'chair')
    await page.fill('#starts_on', '2024-06-01')
    await submitWithErrors('staff-membership-errors')
    assert.match(await page.locator('.govuk-error-summary').innerText(), /one chair at a time/)
    await page.goto(`${base}/staff/committees/children-and-education`)
    await page.click('a:has-text("End"):near(:text("Daniel Okafor"))')
    await check('staff-membership-end')
    await page.fill('#ends_on', '1999-01-01')
    await submitWithErrors('staff-membership-end-errors')
  })

  test('the people screens and the person form with errors', async () => {
    for (const [name, path] of [
      ['staff-people', '/staff/people'],
      ['staff-person', '/staff/people/priya-shah'],
      ['staff-person-edit', '/staff/people/priya-shah/edit'],
    ]) {
      await page.goto(base + path!)
      await check(name!)
    }
    await page.goto(`${base}/staff/people/new`)
    await page.fill('#email', 'not an email')
    await submitWithErrors('staff-person-errors')
  })

  test('the administrator’s screens: users (the list, adding one with errors, linking an account to a person) and the council’s settings', async () => {
    await t.addUser('admin@example.gov.uk', 'admin')
    const admin = await browser.newPage({ bypassCSP: true })
    await signInPage(admin, base, 'admin@example.gov.uk')
    await admin.goto(`${base}/staff/users`)
    await screenshotAndCheck(admin, 'staff-users')
    await admin.click('text=Add a user')
    await screenshotAndCheck(admin, 'staff-user-new')
    await admin.fill('#email', 'not an email')
    await admin.fill('#password', 'short')
    await admin.click('button:has-text("Add user")')
    await admin.waitForSelector('.govuk-error-summary')
    assert.match(await admin.title(), /^Error: /)
    assert.equal(await admin.inputValue('#password'), '', 'the password is not sent back')
    await screenshotAndCheck(admin, 'staff-user-new-errors')
    await admin.goto(`${base}/staff/users`)
    await admin.click('a:has-text("Change"):near(:text("officer@example.gov.uk"))')
    await admin.selectOption('#personId', { label: 'Ruth Kendall, Scrutiny Officer' })
    await screenshotAndCheck(admin, 'staff-user-edit')
    await admin.click('button:has-text("Save changes")')
    await admin.waitForURL(/\/staff\/users#user-\d+$/)
    assert.match(await admin.locator('tr:has-text("officer@example.gov.uk")').innerText(), /Ruth Kendall/)

    // The council's settings, reached from the staff navigation.
    await admin.click('.govuk-service-navigation a:has-text("Council")')
    await admin.waitForURL(/\/staff\/council$/)
    await screenshotAndCheck(admin, 'staff-council')
    await admin.fill('#name', '')
    await admin.click('button:has-text("Save settings")')
    await admin.waitForSelector('.govuk-error-summary')
    assert.match(await admin.title(), /^Error: /)
    await screenshotAndCheck(admin, 'staff-council-errors')
    await admin.fill('#name', 'Northmoor City Council')
    await admin.fill('#modelCodeAdoptedOn', '2021-06-01')
    await admin.click('button:has-text("Save settings")')
    await admin.waitForURL(/\/staff\/council\?saved=1$/)
    await admin.waitForSelector('.govuk-notification-banner--success')
    await screenshotAndCheck(admin, 'staff-council-saved')
    assert.equal(await admin.inputValue('#modelCodeAdoptedOn'), '2021-06-01')
    await admin.close()
  })

  test('the public person page, with its attendance chart and table', async () => {
    const visitor = await browser.newPage({ bypassCSP: true })
    await visitor.goto(`${base}/people/priya-shah`)
    assert.equal(await visitor.locator('svg[role=img] title').count(), 1)
    await screenshotAndCheck(visitor, 'person')
    await visitor.setViewportSize({ width: 375, height: 800 })
    await visitor.screenshot({ path: new URL('person-narrow.png', SCREENSHOTS).pathname, fullPage: true })
    await visitor.close()
  })
})
