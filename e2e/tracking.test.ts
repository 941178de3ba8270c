import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { systemActor } from '../src/audit/audit.repository.ts'
import { addDays, todayInLondon } from '../src/shared/dates.ts'
import { buildTestApp, type TestApp } from '../test/support/test-app.ts'
import { launchChromium, screenshotAndCheck, signInPage } from './browser.ts'

// A report author submits evidence and a scrutiny officer records the committee's assessment, in a real browser,
// with every page checked by axe-core (WCAG 2.2 AA) and screenshotted to test-output/screenshots/tracking-*.png.

// Screenshots are named tracking-<page>.png.
const check = (page: Page, name: string) => screenshotAndCheck(page, `tracking-${name}`)

describe('tracking in the browser (headless Chromium, axe-core)', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let roundId: number

  before(async () => {
    t = await buildTestApp({ demo: true })
    const db = t.services.engine.db
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    await t.addUser('osei@example.gov.uk', 'report_author')
    const osei = await db.selectFrom('person').select('id').where('slug', '=', 'naomi-osei').executeTakeFirstOrThrow()
    await db.updateTable('app_user').set({ person_id: osei.id }).where('email', '=', 'osei@example.gov.uk').execute()
    const today = todayInLondon()
    const inquiry = await db.selectFrom('inquiry').select(['id', 'committee_id']).executeTakeFirstOrThrow()
    const meeting = await db
      .selectFrom('meeting')
      .select('id')
      .where('committee_id', '=', inquiry.committee_id)
      .where('meeting_date', '>', addDays(today, 7))
      .orderBy('meeting_date')
      .executeTakeFirstOrThrow()
    const scheduled = await t.services.tracking.scheduleRound(
      {
        inquiryId: inquiry.id,
        meetingId: meeting.id,
        evidenceDueOn: addDays(today, 2),
        reportDueOn: addDays(today, 4),
      },
      systemActor('test'),
      today,
    )
    assert.ok(scheduled.ok)
    roundId = scheduled.value
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
  })
  after(async () => {
    await browser?.close()
    await t?.close()
  })

  async function signIn(email: string): Promise<Page> {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage() // lets axe inject itself
    await signInPage(page, base, email)
    return page
  }

  test('the report author finds the request, is told what is missing, and submits evidence', async () => {
    const page = await signIn('osei@example.gov.uk')
    await page.click('a:has-text("Tracking")')
    await page.waitForURL(`${base}/staff/tracking`)
    assert.equal(await page.locator('text=Your evidence is needed').count(), 1)
    await check(page, 'author-list')
    await page.click('a:has-text("Reducing School Exclusions")')
    await check(page, 'author-round')
    await page.click('a[aria-label="Submit evidence for R04"]')
    await page.click('button:has-text("Submit evidence")')
    await page.waitForSelector('.govuk-error-summary')
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Select an assessment/)
    await check(page, 'author-evidence-errors')
    await page.check('input[name=code][value="6"]')
    await page.fill('#evidence', '170 of 190 designated safeguarding leads trained; the rest booked for next term.')
    await page.click('button:has-text("Submit evidence")')
    await page.waitForURL(new RegExp(`/staff/tracking/${roundId}`))
    const r04 = page.locator('[data-number="R04"]')
    assert.match(await r04.locator('[data-qa="round-progress"]').innerText(), /evidence submitted/)
    await check(page, 'author-submitted')
    await page.context().close()
  })

  test('the officer records the committee assessment; code 4 is refused until the obstacle is given', async () => {
    const page = await signIn('officer@example.gov.uk')
    await page.goto(`${base}/staff/tracking/${roundId}`)
    await page.click('a[aria-label="Record committee assessment of R04"]')
    assert.match(await page.locator('.govuk-details').first().innerText(), /History of R04/)
    await check(page, 'officer-assessment-form')
    await page.check('input[name=code][value="4"]')
    await page.click('button:has-text("Record assessment")')
    await page.waitForSelector('.govuk-error-summary')
    await check(page, 'officer-assessment-errors')
    await page.fill('#obstacle', 'The national training provider has withdrawn the course.')
    await page.click('button:has-text("Record assessment")')
    await page.waitForURL(new RegExp(`/staff/tracking/${roundId}`))
    const r04 = page.locator('[data-number="R04"]')
    assert.match(await r04.locator('[data-qa="current-assessment"]').innerText(), /4\. Not Achieved \(Obstacle\)/)
    await check(page, 'officer-assessed')
    await page.goto(`${base}/tracking-reports/${roundId}`)
    assert.match(
      await page.locator('[data-number="R04"]').innerText(),
      /Committee's assessment: 4 – Not Achieved \(Obstacle\)/,
    )
    await check(page, 'report')
    await page.context().close()
  })
})
