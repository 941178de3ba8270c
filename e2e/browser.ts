import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import axe from 'axe-core'
import { chromium, type Browser, type Page } from 'playwright-core'
import { TEST_PASSWORD } from '../test/support/test-app.ts'

// Debian's Chromium; tests never download a browser of their own.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  })
}

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** axe-core's WCAG 2.2 AA violations on the page, one line each (empty when there are none). */
export async function axeReport(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(async tags => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    })
    return result.violations.map(
      v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`,
    )
  }, WCAG_22_AA)
}

export const SCREENSHOTS = new URL('../test-output/screenshots/', import.meta.url)

/**
 * Saves a full-page screenshot for people to look at (not in CI, where nobody would: set
 * SCREENSHOTS=1 to have them there too), and fails on any accessibility violation.
 */
export async function screenshotAndCheck(page: Page, name: string): Promise<void> {
  if (!process.env.CI || process.env.SCREENSHOTS === '1') {
    await mkdir(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true })
  }
  assert.deepEqual(await axeReport(page), [], `${name} has accessibility violations`)
}

/** Signs a staff account made with TEST_PASSWORD in through the real sign-in form; resolves on the dashboard. */
export async function signInPage(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/sign-in`)
  await page.fill('#email', email)
  await page.fill('#password', TEST_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL(`${base}/staff`)
}
