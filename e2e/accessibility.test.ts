import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import { after, before, describe, test } from 'node:test'
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../test/support/test-app.ts'
import { launchChromium } from './browser.ts'

const SCREENSHOTS = new URL('../test-output/screenshots/', import.meta.url)
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

interface AxeViolation {
  id: string
  impact: string
  help: string
  nodes: Array<{ target: string[] }>
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(async tags => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    })
    return result.violations.map(v => ({
      id: v.id,
      impact: String(v.impact),
      help: v.help,
      nodes: v.nodes.map(n => ({ target: n.target.map(String) })),
    }))
  }, WCAG_22_AA)
}

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
    await mkdir(SCREENSHOTS, { recursive: true })
    const upcoming = await t.services.meetings.upcoming('2000-01-01', 10)
    meetingSlug = upcoming.find(m => m.committee_name.startsWith('Children') && m.status === 'agenda_published')!.slug
  })
  after(async () => {
    await browser?.close()
    await t?.close()
  })

  async function check(page: Page, name: string) {
    await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true })
    const violations = await axeViolations(page)
    const report = violations.map(
      v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`,
    )
    assert.deepEqual(report, [], `${name} has accessibility violations`)
  }

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
      await check(page, name!)
    }
    await page.close()
  })

  test('the inquiry page with every history open has no violations', async () => {
    const page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    await page.goto(`${base}/committees/children-and-education/inquiries/school-exclusions`)
    for (const summary of await page.locator('.govuk-details__summary').all()) await summary.click()
    assert.equal(await page.locator('details[open]').count(), 4)
    await check(page, 'inquiry-history-open')
    await page.close()
  })

  test('the sign-in form with errors has no violations, and focus can reach the error summary', async () => {
    const page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    await page.goto(`${base}/sign-in`)
    await page.click('button[type=submit]')
    await page.waitForSelector('.govuk-error-summary')
    await check(page, 'sign-in-errors')
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
    await check(page, 'staff-dashboard')
    await page.goto(`${base}/meetings/${meetingSlug}`)
    await check(page, 'meeting-signed-in')
    await page.close()
  })
})
