import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { buildPdfFromText } from '../src/import/pdf/build-test-pdf.ts'
import { addDays, todayInLondon } from '../src/shared/dates.ts'
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../test/support/test-app.ts'
import { launchChromium, screenshotAndCheck } from './browser.ts'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// An officer builds and publishes a meeting in a real browser, by keyboard where it matters, with
// axe-core (WCAG 2.2 AA) on every screen on the way and screenshots for people to look at.
describe('an officer builds and publishes a meeting in Chromium', () => {
  let t: TestApp
  let browser: Browser
  let page: Page
  let base: string
  let reportPath: string
  const meetingDate = addDays(todayInLondon(), 45)

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
    page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    const dir = await mkdtemp(join(tmpdir(), 'scrutiny-e2e-'))
    reportPath = join(dir, 'budget-report.pdf')
    await writeFile(
      reportPath,
      await buildPdfFromText('BUDGET MONITORING REPORT\n\nThe forecast outturn for the year.'),
    )
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

  test('create the meeting (with an error on the way)', async () => {
    await page.goto(`${base}/staff/meetings`)
    await screenshotAndCheck(page, 'staff-meetings')
    await page.getByRole('button', { name: 'Create a meeting' }).click()
    await page.getByRole('button', { name: 'Create meeting' }).click()
    await page.waitForSelector('.govuk-error-summary')
    await screenshotAndCheck(page, 'staff-meeting-new-errors')
    await page.selectOption('#committee', 'children-and-education')
    await page.fill('#meetingDate', meetingDate)
    await page.fill('#startTime', '10:00')
    await page.fill('#venue', 'Committee Room 2, Northmoor Civic Centre')
    await page.getByRole('button', { name: 'Create meeting' }).click()
    await page.waitForURL(`${base}/staff/meetings/${meetingDate}-children-and-education`)
    await screenshotAndCheck(page, 'staff-meeting')
  })

  test('add an item, attach its report, and move it with the keyboard', async () => {
    await page.getByRole('button', { name: 'Add an item' }).click()
    await page.fill('#title', 'Budget Monitoring 2026/27')
    await page.fill('#timeFrom', '10:20')
    await page.fill('#timeTo', '11:00')
    await page.fill('#attendees', 'Councillor Rob Ames, Cabinet Member for Finance')
    await screenshotAndCheck(page, 'staff-meeting-item')
    await page.getByRole('button', { name: 'Add item' }).click()
    await page.waitForSelector('text=Budget Monitoring 2026/27')

    await page
      .getByRole('link', { name: /Attach a document to item \d+$/ })
      .first()
      .waitFor()
    const item = page.locator('li.app-agenda-item', { hasText: 'Budget Monitoring 2026/27' })
    await item.getByRole('link', { name: /Attach a document/ }).click()
    await page.fill('#title', 'Budget Monitoring Report')
    await page.check('input[name=kind][value=report]')
    await page.setInputFiles('#file', reportPath)
    await screenshotAndCheck(page, 'staff-meeting-document')
    await page.getByRole('button', { name: 'Attach document' }).click()
    await page.waitForSelector('text=Budget Monitoring Report')

    const numberBefore = await item.locator('h3').innerText()
    await item.getByRole('button', { name: /Move up/ }).focus()
    await page.keyboard.press('Enter')
    // The page reloads with the item renumbered one place up.
    const expected = Number.parseInt(numberBefore) - 1
    await page
      .locator('li.app-agenda-item', { hasText: 'Budget Monitoring 2026/27' })
      .locator('h3', { hasText: new RegExp(`^${expected}\\. `) })
      .waitFor()
  })

  test('publish, and the public sees the agenda and the pack', async () => {
    await page.getByRole('button', { name: 'Publish agenda' }).click()
    await screenshotAndCheck(page, 'staff-meeting-publish')
    await page.getByRole('button', { name: 'Publish agenda' }).click()
    await page.waitForSelector('text=Published versions')
    assert.ok(await page.locator('text=Agenda (version 1)').isVisible())

    const publicPage = await browser.newPage({ bypassCSP: true })
    await publicPage.goto(`${base}/meetings/${meetingDate}-children-and-education`)
    assert.ok(await publicPage.locator('text=Budget Monitoring 2026/27').first().isVisible())
    assert.ok(
      await publicPage
        .getByRole('link', { name: /agenda pack/i })
        .first()
        .isVisible(),
    )
    await screenshotAndCheck(publicPage, 'meeting-published')
    await publicPage.close()
  })
})
