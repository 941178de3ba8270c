import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { addPreviewRoute, PREVIEW_RULES } from '../src/action-notes/preview-route.test-support.ts'
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../test/support/test-app.ts'
import { launchChromium, screenshotAndCheck } from './browser.ts'

// A scrutiny officer records the action notes and declarations of a past meeting in Chromium,
// with axe-core (WCAG 2.2 AA) on each screen, error states included, and the public rendering.
describe('an officer records action notes and declarations in Chromium', () => {
  let t: TestApp
  let browser: Browser
  let page: Page
  let base: string
  let slug: string
  let transport: number

  before(async () => {
    t = await buildTestApp({ demo: true, extraAccessRules: PREVIEW_RULES })
    addPreviewRoute(t.app, t.services)
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    const db = t.services.engine.db
    const meeting = await db
      .selectFrom('meeting')
      .innerJoin('agenda_item', 'agenda_item.meeting_id', 'meeting.id')
      .select(['meeting.slug', 'agenda_item.id'])
      .where('agenda_item.title', '=', 'Home to School Transport')
      .executeTakeFirstOrThrow()
    slug = meeting.slug
    transport = meeting.id
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
    page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    await page.goto(`${base}/sign-in`)
    await page.fill('#email', 'officer@example.gov.uk')
    await page.fill('#password', TEST_PASSWORD)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${base}/staff`)
  })
  after(async () => {
    await browser?.close()
    await t?.close()
  })

  test('the action notes form, its error state, then a saved and approved draft', async () => {
    await page.goto(`${base}/staff/meetings/${slug}/action-notes`)
    await screenshotAndCheck(page, 'staff-action-notes')
    await page.fill(`#notes-${transport}`, 'The committee discussed rising costs of transport.')
    await page.fill(`#resolutions-${transport}`, 'That the report be noted.\n\nThat a further report come in March.')
    await page.locator('summary', { hasText: 'from item 7' }).press('Enter') // open the disclosure by keyboard
    await page.fill(`#action-owner-${transport}`, 'Naomi Osei')
    await page.fill(`#action-due-${transport}-day`, '31')
    await page.fill(`#action-due-${transport}-month`, '2')
    await page.fill(`#action-due-${transport}-year`, '2027')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await page.waitForSelector('.govuk-error-summary')
    await screenshotAndCheck(page, 'staff-action-notes-errors')
    await page.getByRole('link', { name: /Enter the action arising/ }).click()
    await page.keyboard.type('Circulate the route review')
    await page.fill(`#action-due-${transport}-day`, '28')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await page.waitForSelector('.govuk-notification-banner--success')
    await screenshotAndCheck(page, 'staff-action-notes-saved')
    await page.getByRole('button', { name: 'Approve action notes' }).click()
    await page.waitForSelector('text=Action notes approved')
    await screenshotAndCheck(page, 'staff-action-notes-approved')
  })

  test('the declarations form, its error state, then a sensitive interest recorded without its nature', async () => {
    await page.goto(`${base}/staff/meetings/${slug}/declarations`)
    await screenshotAndCheck(page, 'staff-declarations')
    await page.getByRole('button', { name: 'Record declaration' }).click()
    await page.waitForSelector('.govuk-error-summary')
    await screenshotAndCheck(page, 'staff-declarations-errors')
    await page.selectOption('#person', { label: 'Councillor Priya Shah' })
    await page.selectOption('#item', { label: '7. Home to School Transport' })
    await page.getByLabel('Sensitive interest').check()
    await page.getByRole('radio', { name: 'No', exact: true }).check()
    await page.getByRole('button', { name: 'Record declaration' }).click()
    await page.waitForSelector('text=Declaration recorded')
    await page.selectOption('#person', { label: 'Councillor Tom Hargreaves' })
    await page.selectOption('#item', { label: '7. Home to School Transport' })
    await page.getByLabel('Other registerable interest').check()
    await page.fill('#nature', 'School governor at a school using the service')
    await page.getByRole('radio', { name: 'Yes', exact: true }).check()
    await page.getByRole('button', { name: 'Record declaration' }).click()
    await page.waitForSelector('text=Declaration recorded')
    await screenshotAndCheck(page, 'staff-declarations-recorded')
  })

  test('the public rendering of the approved notes and the declarations', async () => {
    const anonymous = await browser.newPage({ bypassCSP: true })
    await anonymous.goto(`${base}/test/meetings/${slug}/action-notes`)
    await screenshotAndCheck(anonymous, 'public-action-notes')
    const text = await anonymous.textContent('main')
    assert.match(text ?? '', /That a further report come in March\./)
    assert.match(text ?? '', /Withheld: sensitive interest/)
    assert.match(text ?? '', /Circulate the route review/)
    await anonymous.close()
  })
})
