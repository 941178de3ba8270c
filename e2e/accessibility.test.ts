import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../test/support/test-app.ts'
import { launchChromium, screenshotAndCheck } from './browser.ts'

describe('accessibility (axe-core in headless Chromium, WCAG 2.2 AA)', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let meetingSlug: string

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
    const upcoming = await t.services.meetings.upcoming('2000-01-01', 10)
    meetingSlug = upcoming.find(m => m.committee_name.startsWith('Children') && m.status === 'agenda_published')!.slug
  })
  after(async () => {
    await browser?.close()
    await t?.close()
  })

  const publicPages = () => [
    ['home', '/'],
    ['committees', '/committees'],
    ['committee', '/committees/children-and-education'],
    ['meetings', '/meetings'],
    ['meeting', `/meetings/${meetingSlug}`],
    ['inquiry', '/committees/children-and-education/inquiries/school-exclusions'],
    ['sign-in', '/sign-in'],
    ['not-found', '/no/such/page'],
    ['accessibility', '/accessibility'],
  ]

  test('every public page type has no violations', async () => {
    const page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    for (const [name, path] of publicPages()) {
      await page.goto(base + path!)
      await screenshotAndCheck(page, name!)
    }
    await page.close()
  })

  test('the inquiry page with every history open has no violations', async () => {
    const page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    await page.goto(`${base}/committees/children-and-education/inquiries/school-exclusions`)
    for (const summary of await page.locator('.govuk-details__summary').all()) await summary.click()
    assert.equal(await page.locator('details[open]').count(), 4)
    await screenshotAndCheck(page, 'inquiry-history-open')
    await page.close()
  })

  test('the sign-in form with errors has no violations, and focus can reach the error summary', async () => {
    const page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    await page.goto(`${base}/sign-in`)
    await page.click('button[type=submit]')
    await page.waitForSelector('.govuk-error-summary')
    await screenshotAndCheck(page, 'sign-in-errors')
    await page.close()
  })

  test('the email alert journey, from the committee page to unsubscribing, has no violations', async () => {
    const page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    await page.goto(`${base}/committees/children-and-education`)
    await page.click('text=Get email alerts')
    await page.waitForURL(/\/alerts\/new\?committee=children-and-education$/)
    await screenshotAndCheck(page, 'alerts-form')
    await page.click('button[type=submit]')
    await page.waitForSelector('.govuk-error-summary')
    await screenshotAndCheck(page, 'alerts-form-errors')
    await page.fill('#email', 'resident@example.com')
    await page.click('button[type=submit]')
    await page.waitForURL(`${base}/alerts/check-your-email`)
    await screenshotAndCheck(page, 'alerts-check-your-email')

    const mail = await t.services.engine.db.selectFrom('mail_outbox').select('body').executeTakeFirstOrThrow()
    const confirm = /\/alerts\/confirm\/[\w-]+/.exec(mail.body)![0]
    await page.goto(base + confirm)
    await screenshotAndCheck(page, 'alerts-confirm')
    await page.click('button[type=submit]')
    await page.waitForSelector('.govuk-panel')
    await screenshotAndCheck(page, 'alerts-confirmed')
    await page.click('text=unsubscribe now')
    await screenshotAndCheck(page, 'alerts-unsubscribe')
    await page.click('button[type=submit]')
    await page.waitForSelector('text=You have unsubscribed')
    await screenshotAndCheck(page, 'alerts-unsubscribed')
    await page.close()
  })

  test('staff pages have no violations, and keyboard alone signs in', async () => {
    const page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    await page.goto(`${base}/sign-in`)
    await page.focus('#email')
    await page.keyboard.type('officer@example.gov.uk')
    await page.keyboard.press('Tab')
    await page.keyboard.type(TEST_PASSWORD)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${base}/staff`)
    await screenshotAndCheck(page, 'staff-dashboard')
    await page.goto(`${base}/meetings/${meetingSlug}`)
    await screenshotAndCheck(page, 'meeting-signed-in')
    await page.close()
  })
})
