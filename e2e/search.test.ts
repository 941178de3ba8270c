import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { systemActor } from '../src/audit/audit.repository.ts'
import { buildTestApp, type TestApp } from '../test/support/test-app.ts'
import { launchChromium, screenshotAndCheck } from './browser.ts'

const seed = (name: string) => new URL(`../../shared/seeds/${name}`, import.meta.url).pathname
const PACKS = [
  seed('pack-2023-05-17-education-childrens-social-care.txt'),
  seed('pack-2016-07-20-schools-children-families.txt'),
]

describe('search in a browser (axe-core, WCAG 2.2 AA)', () => {
  let t: TestApp
  let browser: Browser
  let base: string

  before(async () => {
    t = await buildTestApp({ demo: true })
    for (const pack of PACKS) await t.services.imports.importFile(pack, systemActor('test'))
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
  })
  after(async () => {
    await browser?.close()
    await t?.close()
  })

  test('a search typed into the form shows highlighted results and pages of them', async () => {
    const page = await browser.newPage({ bypassCSP: true }) // lets axe inject itself; the app keeps its CSP
    await page.goto(`${base}/`)
    await page.getByRole('link', { name: 'Search' }).click()
    await screenshotAndCheck(page, 'search-start')
    await page.getByLabel('Search for').fill('children')
    await page.getByRole('button', { name: 'Search' }).click()
    assert.match(await page.locator('[data-qa="result-count"]').innerText(), /\d+ results for “children”/)
    assert.ok((await page.locator('mark.app-search-hit').count()) > 0)
    await screenshotAndCheck(page, 'search-results')
    await page.getByRole('link', { name: 'Next' }).click()
    assert.match(page.url(), /page=2/)
    await screenshotAndCheck(page, 'search-results-page-2')
  })

  test('no results, nothing searchable and a bad filter each get a page that says what to do', async () => {
    const page = await browser.newPage({ bypassCSP: true })
    await page.goto(`${base}/search?q=xylophonic+zanzibar`)
    assert.match(await page.locator('[data-qa="result-count"]').innerText(), /No results/)
    await screenshotAndCheck(page, 'search-no-results')
    await page.goto(`${base}/search?q=the`)
    await screenshotAndCheck(page, 'search-no-words')
    await page.goto(`${base}/search?q=children&from=31/2/2023`)
    assert.match(await page.locator('.govuk-error-summary').innerText(), /start date/)
    assert.equal(await page.getByLabel('From date').inputValue(), '31/2/2023', 'what was typed is kept')
    await screenshotAndCheck(page, 'search-error')
  })
})
