import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { buildTestApp, type TestApp } from '../test/support/test-app.ts'
import { todayInLondon } from '../src/shared/dates.ts'
import { launchChromium, screenshotAndCheck, signInPage } from './browser.ts'

// The action tracker, work programme and inquiry screens in a real browser: axe-core (WCAG 2.2 AA) on each
// page, blank and with its errors, and on the public committee page and documents; screenshots to look at.

const SLUG = 'children-and-education'

describe('action tracker, work programme and inquiry screens in Chromium (axe-core, WCAG 2.2 AA)', () => {
  let t: TestApp
  let browser: Browser
  let page: Page
  let base: string
  let actionId: number
  let inquiryId: number
  let recId: number

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    const db = t.services.engine.db
    const actor = { userId: null, name: 'e2e' }
    const next = await db
      .selectFrom('meeting')
      .innerJoin('committee', 'committee.id', 'meeting.committee_id')
      .select('meeting.id')
      .where('committee.slug', '=', SLUG)
      .where('meeting.meeting_date', '>=', todayInLondon())
      .executeTakeFirstOrThrow()
    const item = {
      itemType: 'update_report' as const,
      aims: 'To understand waiting times and what is being done about them',
      leadOfficer: 'Director of Public Health',
      witnesses: 'CAMHS lead',
      visits: null,
      additionalInformation: null,
      forwardPlanItemId: null,
      inquiryId: null,
    }
    await t.services.workProgramme.addItem(
      SLUG,
      { ...item, topic: 'Children’s mental health', meetingId: next.id },
      actor,
      todayInLondon(),
    )
    await t.services.workProgramme.addItem(
      SLUG,
      { ...item, topic: 'Youth offending', meetingId: null },
      actor,
      todayInLondon(),
    )
    actionId = (await db.selectFrom('action').select('id').orderBy('id').executeTakeFirstOrThrow()).id
    inquiryId = (await db.selectFrom('inquiry').select('id').executeTakeFirstOrThrow()).id
    recId = (
      await db.selectFrom('recommendation').select('id').where('inquiry_id', '=', inquiryId).executeTakeFirstOrThrow()
    ).id

    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
    page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    await signInPage(page, base, 'officer@example.gov.uk')
  })
  after(async () => {
    await browser?.close()
    await t?.close()
  })

  test('the staff screens have no violations', async () => {
    const pages: Array<[string, string]> = [
      ['wp-committees', '/staff/work-programmes'],
      ['wp-index', `/staff/committees/${SLUG}/work-programme`],
      ['wp-new-item', `/staff/committees/${SLUG}/work-programme/items/new`],
      ['wp-forward-plan', `/staff/committees/${SLUG}/work-programme/forward-plan/new`],
      ['actions-index', `/staff/committees/${SLUG}/actions`],
      ['actions-new', `/staff/committees/${SLUG}/actions/new`],
      ['actions-show', `/staff/committees/${SLUG}/actions/${actionId}`],
      ['inquiries-index', '/staff/inquiries'],
      ['inquiries-new', '/staff/inquiries/new'],
      ['inquiries-show', `/staff/inquiries/${inquiryId}`],
      ['inquiries-recommendation', `/staff/inquiries/${inquiryId}/recommendations/${recId}`],
    ]
    for (const [name, path] of pages) {
      const response = await page.goto(base + path)
      assert.equal(response?.status(), 200, path)
      await screenshotAndCheck(page, name)
    }
  })

  test('a work programme item page, after a move, has no violations', async () => {
    await page.goto(`${base}/staff/committees/${SLUG}/work-programme`)
    await page.click('text=Youth offending')
    await page.selectOption('#meetingId', { index: 1 })
    await page.fill('#reason', 'Report ready')
    await page.click('text=Move item')
    await page.waitForSelector('[data-qa="moves"]')
    await screenshotAndCheck(page, 'wp-item-moved')
  })

  test('Move up reorders a meeting’s items without JavaScript-only controls, and the page has no violations', async () => {
    await page.goto(`${base}/staff/committees/${SLUG}/work-programme`)
    const table = page.locator('[data-qa="work-programme-items"]:has(button:has-text("Move up"))').first()
    const topics = () => table.locator('tbody tr td:first-child')
    const before = await topics().allInnerTexts()
    const last = before.at(-1)!
    await page.click(`button:has-text("Move up: ${last}")`)
    await page.waitForURL(/\?year=\d{4}#wp-item-\d+$/)
    const after = await topics().allInnerTexts()
    assert.deepEqual(after, [...before.slice(0, -2), last, before.at(-2)!])
    await screenshotAndCheck(page, 'wp-index-reordered')
  })

  test('an evidence session is added, changed (with errors) and removed; each page has no violations', async () => {
    await page.goto(`${base}/staff/inquiries/${inquiryId}`)
    await page.selectOption('#meetingId', { index: 1 })
    await page.fill('#witnesses', 'Principal Educational Psychologist')
    await page.click('button:has-text("Add session")')
    await page.waitForURL(/#sessions$/)
    await page.click('a:has-text("Change"):near(:text("Principal Educational Psychologist"))')
    await screenshotAndCheck(page, 'inquiries-session')
    await page.fill('#heldOn', '')
    await page.selectOption('#meetingId', '')
    await page.click('button:has-text("Save session")')
    await page.waitForSelector('.govuk-error-summary')
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')), true)
    await screenshotAndCheck(page, 'inquiries-session-errors')
    await page.click('text=Remove this session')
    await screenshotAndCheck(page, 'inquiries-session-remove')
    await page.click('button:has-text("Remove session")')
    await page.waitForURL(/#sessions$/)
    assert.equal(await page.locator('text=Principal Educational Psychologist').count(), 0)
  })

  test('forms with errors have no violations and the error summary takes focus', async () => {
    for (const [name, path, button] of [
      ['actions-new-errors', `/staff/committees/${SLUG}/actions/new`, 'Add action'],
      ['wp-new-item-errors', `/staff/committees/${SLUG}/work-programme/items/new`, 'Add item'],
      ['inquiries-new-errors', '/staff/inquiries/new', 'Start inquiry'],
    ] as const) {
      await page.goto(base + path)
      if (name === 'actions-new-errors') await page.fill('#raisedOn', '')
      await page.click(`button:has-text("${button}")`)
      await page.waitForSelector('.govuk-error-summary')
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')), true)
      await screenshotAndCheck(page, name)
    }
  })

  test('the public committee page and the published documents have no violations', async () => {
    const visitor = await browser.newPage({ bypassCSP: true })
    for (const [name, path] of [
      ['committee-with-work', `/committees/${SLUG}`],
      ['public-work-programme', `/committees/${SLUG}/work-programme`],
      ['public-action-tracker', `/committees/${SLUG}/action-tracker`],
    ] as const) {
      await visitor.goto(base + path)
      if (name === 'committee-with-work') {
        assert.ok(await visitor.locator('[data-qa="committee-work-programme"]').isVisible())
        assert.ok(await visitor.locator('[data-qa="committee-action-tracker"]').isVisible())
      }
      await screenshotAndCheck(visitor, name)
    }
    await visitor.close()
  })
})
