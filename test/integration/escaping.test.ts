import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { sql, type Kysely } from 'kysely'
import type { Role } from '../../src/accounts/accounts.table.ts'
import { systemActor } from '../../src/audit/audit.repository.ts'
import type { Database } from '../../src/db/database.ts'
import { ACCESS_RULES, type RouteKey } from '../../src/web/access-rules.ts'
import type { Access } from '../../src/web/access.ts'
import { decode } from '../support/html-form.ts'
import {
  Browsers,
  ROUTE_EXAMPLES,
  sendExample,
  setUpExamples,
  type Fixtures,
  type StateChangingRoute,
} from '../support/route-examples.ts'
import { buildTestApp, type TestApp } from '../support/test-app.ts'

const PACK = new URL('../../../shared/seeds/pack-2023-05-17-education-childrens-social-care.txt', import.meta.url)
  .pathname

/**
 * What is stored in every text column: it breaks out of an attribute (either quote) into a script
 * and an event handler, and starts a new line (a new property in iCalendar, a new row in CSV). Each
 * names its column, so a failure says where the text came from.
 */
const payload = (column: string) =>
  `'"><script>xss_${column}</script><img src=x onerror=xss_${column}>\nX-INJECTED:xss_${column}`

/** Text columns left as they are, and why: none of them is typed by a person or shown as text. */
const NOT_FILLED: Record<string, string> = {
  'committee.slug': 'an address (URLs of the committee); made by slugify from the name',
  'council.slug': 'an address; made by slugify',
  'inquiry.slug': 'an address; made by slugify from the title',
  'meeting.slug': 'an address; made from the date and the committee’s slug',
  'meeting_slug_redirect.old_slug': 'an old address of a meeting',
  'person.slug': 'an address; made by slugify from the name',
  'alert_subscription.token': 'the secret in a link: the routes check it against a pattern before use',
  'app_user.password_hash': 'an Argon2 hash',
  'stored_file.sha256': 'names the file in the file store',
  'stored_file.media_type': 'set from the file’s content (PDF or text), and the type it is served as',
  'user_session.*': 'the sessions of the signed-in browsers this test uses',
  'schema_migrations.*': 'the migrations run',
  'site_revision.*': 'the page cache’s revision counter',
}

/** GET routes not visited, and why. */
const NOT_VISITED: Partial<Record<RouteKey, string>> = {
  'GET /assets/*': 'static files: nothing from the record',
  'GET /assets/govuk/*': 'static files: nothing from the record',
  'GET /assets/app/*': 'static files: nothing from the record',
}

/** Stored text that the layout shows on every page. */
const LAYOUT_COLUMNS = ['app_user.display_name', 'app_user.email']

/** Pages that show no stored text at all (so the escaped payload cannot be asked of them). */
const SHOWS_NO_RECORD = new Set<RouteKey>([
  'GET /accessibility',
  'GET /alerts/check-your-email',
  'GET /sign-in', // the council's name comes from the configuration
  // Empty forms for a new record.
  'GET /staff/committees/new',
  'GET /staff/people/new',
  'GET /staff/municipal-years/new',
])

interface Visit {
  route: RouteKey
  url: string
  as: Role | 'anonymous'
  /** A payload in the query string: the page may refuse it (400), but must not show it as markup. */
  reflected?: true
}

describe('HTML escaping: a <script> stored in every text field stays text on every page that shows it', () => {
  let t: TestApp
  let f: Fixtures
  let browsers: Browsers
  let db: Kysely<Database>
  const filled: string[] = []
  const refused: string[] = []
  let visits: Visit[] = []
  const pages: Array<Visit & { body: string }> = []

  before(async () => {
    t = await buildTestApp({ demo: true })
    db = t.services.engine.db
    await t.services.imports.importFile(PACK, systemActor('test'))
    f = await setUpExamples(t)
    browsers = new Browsers(t)
    // A record in every table: each change the app can make, made once (not the removals).
    for (const route of Object.keys(ROUTE_EXAMPLES) as StateChangingRoute[]) {
      const e = await ROUTE_EXAMPLES[route](f)
      if (e.audit[2] !== 'delete') await sendExample(browsers, route, e)
    }
    // Everyone signs in first: their email addresses are about to change.
    for (const role of ['anonymous', ...STAFF_ROLES] as const) await browsers.as(role)
    await fillEveryTextColumn()
  })
  after(() => t.close())

  /** Sets every text column of every row to the payload; a column whose constraints refuse it is left. */
  async function fillEveryTextColumn() {
    const { rows: columns } = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select c.table_name, c.column_name, c.data_type
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
        and (c.data_type in ('text', 'character varying', 'jsonb') or c.column_name = 'id')
      order by 1, 2`.execute(db)
    const hasId = new Set(columns.filter(c => c.column_name === 'id').map(c => c.table_name))
    await db.transaction().execute(async trx => {
      for (const { table_name: table, column_name: column, data_type: type } of columns) {
        const name = `${table}.${column}`
        if (column === 'id' || NOT_FILLED[name] || NOT_FILLED[`${table}.*`]) continue
        const col = sql.ref(column)
        // Unique columns stay unique: each row's text ends with its id.
        const suffix = hasId.has(table) ? sql`' ' || id::text` : sql`''`
        // The payload as it is (after https:// in links, which forms and the API check are URLs), then
        // shaped like an email address (for columns checked to be one).
        const text = column.endsWith('_url') ? `https://example.gov.uk/${payload(name)}` : payload(name)
        const texts = [sql`${text}`, sql`lower(${text}) || '@example.gov.uk'`]
        // Every row; then only the rows with a value (where other columns depend on it being there).
        const attempts =
          type === 'jsonb'
            ? // JSON: only lists of text (a committee's standing items) are text a person typed.
              texts.map(
                value => sql`update ${sql.table(table)} set ${col} = (
                  select jsonb_agg(to_jsonb(${value} || ' ' || n::text)) from jsonb_array_elements(${col}) with ordinality e(v, n))
                where jsonb_typeof(${col}) = 'array' and jsonb_array_length(${col}) > 0
                  and not exists (select from jsonb_array_elements(${col}) e where jsonb_typeof(e) <> 'string')`,
              )
            : texts.flatMap(value => [
                sql`update ${sql.table(table)} set ${col} = ${value} || ${suffix}`,
                sql`update ${sql.table(table)} set ${col} = ${value} || ${suffix} where ${col} is not null`,
              ])
        let done = false
        for (const statement of attempts) {
          await sql`savepoint fill`.execute(trx)
          try {
            const result = await statement.execute(trx)
            await sql`release savepoint fill`.execute(trx)
            if (Number(result.numAffectedRows ?? 0) > 0) filled.push(name)
            done = true
            break
          } catch {
            await sql`rollback to savepoint fill`.execute(trx)
          }
        }
        if (!done) refused.push(name)
      }
    })
    // States in which pages show more: a cancelled meeting its reason, an agenda published late its reason.
    await db.updateTable('meeting').set({ status: 'cancelled' }).where('slug', '=', f.created).execute()
    await db
      .updateTable('agenda_version')
      .set({ late_reason_kind: 'late_item', late_reason: payload('agenda_version.late_reason') })
      .execute()
    // A supplement to the published agenda: its snapshot and list of changes now carry the payloads too.
    const published = await db
      .selectFrom('meeting')
      .select('id')
      .where('slug', '=', f.preparing)
      .executeTakeFirstOrThrow()
    await t.services.publication.publish(published.id, null, systemActor('test'))
  }

  test('the payload is in every text column a person types into', t => {
    t.diagnostic(`left by their constraints (codes and states): ${refused.join(', ')}`)
    for (const column of [
      'agenda_item.title',
      'committee.name',
      'document.title',
      'person.full_name',
      'resolution.body',
    ])
      assert.ok(filled.includes(column), column)
    assert.ok(filled.length > 80, `only ${filled.length} columns filled`)
  })

  test('every GET route of the authorisation table is visited, or listed with why not', async t => {
    visits = await plannedVisits()
    t.diagnostic(`${visits.length} visits of ${new Set(visits.map(v => v.route)).size} routes`)
    const visited = new Set(visits.map(v => v.route))
    const missing = Object.keys(ACCESS_RULES).filter(
      route => route.startsWith('GET ') && !visited.has(route as RouteKey) && !NOT_VISITED[route as RouteKey],
    )
    assert.deepEqual(missing, [], 'add these routes to plannedVisits() in this file, or to NOT_VISITED with why')
  })

  test('no page shows a payload as markup; feeds, calendars, CSV and the API stay well-formed', async () => {
    const problems: string[] = []
    const typesWithPayload = new Set<string>()
    for (const visit of visits) {
      const browser = await browsers.as(visit.as)
      const response = await browser.get(visit.url)
      const where = `${visit.url} as ${visit.as}`
      if (response.statusCode !== 200 && !(visit.reflected && response.statusCode < 500)) {
        problems.push(`${where}: status ${response.statusCode}`)
        continue
      }
      const type = String(response.headers['content-type']).split(';')[0]!
      const body = response.body
      const check = checkers[type]
      const problem = check ? check(body) : `unexpected content type ${type}`
      if (problem) problems.push(`${where}: ${problem}`)
      // Nor may a browser take JSON, a feed or a calendar with markup in it for a page.
      if (response.headers['x-content-type-options'] !== 'nosniff')
        problems.push(`${where}: no X-Content-Type-Options: nosniff`)
      if (body.includes('xss_')) typesWithPayload.add(type)
      if (type === 'text/html') pages.push({ ...visit, body })
    }
    assert.deepEqual(problems, [])
    const checked = ['text/html', 'application/json', 'application/atom+xml', 'text/calendar', 'text/csv']
    assert.deepEqual(
      checked.filter(type => !typesWithPayload.has(type)),
      [],
      'each kind of answer was checked with payloads in it',
    )
  })

  test('the pages do show the payloads, escaped (so nothing passes by showing nothing)', t => {
    const shown = new Set<string>()
    const silent: string[] = []
    for (const page of pages) {
      // The page's own text, not the layout's (the council's name, the signed-in user).
      const columns = [...page.body.matchAll(/&lt;script&gt;xss_([\w.]+)/g)].map(m => m[1]!)
      for (const column of columns) shown.add(column)
      const own = columns.filter(column => !LAYOUT_COLUMNS.includes(column))
      if (!own.length && !SHOWS_NO_RECORD.has(page.route)) silent.push(`${page.url} as ${page.as}`)
    }
    assert.deepEqual(silent, [], 'pages that show no stored text: check why, or add the route to SHOWS_NO_RECORD')
    t.diagnostic(`shown on no page: ${filled.filter(column => !shown.has(column)).join(', ')}`)
  })

  /** Every GET route with real ids and slugs, as each role that may use it; some with a payload in the query too. */
  async function plannedVisits(): Promise<Visit[]> {
    const one = async <T>(query: Promise<T | undefined>, what: string): Promise<T> => {
      const row = await query
      assert.ok(row, `no ${what}`)
      return row
    }
    const newest = (table: 'agenda_item' | 'action' | 'work_programme_item' | 'membership' | 'municipal_year') =>
      one(db.selectFrom(table).select('id').orderBy('id', 'desc').executeTakeFirst(), table).then(r => r.id)
    const slugs = async (table: 'committee' | 'meeting' | 'person') =>
      (await db.selectFrom(table).select('slug').orderBy('id').execute()).map(r => r.slug)
    const inquiry = await one(
      db.selectFrom('inquiry').select(['id', 'slug']).where('id', '=', f.inquiryId).executeTakeFirst(),
      'inquiry',
    )
    const document = await one(
      db
        .selectFrom('document')
        .select('id')
        .where('status', '=', 'published')
        .where('is_exempt', '=', false)
        .where('file_id', 'is not', null)
        .orderBy('id', 'desc')
        .executeTakeFirst(),
      'published document',
    )
    const ids: Record<string, string | number> = {
      ':inquiry': inquiry.slug,
      '/inquiries/:id': `/inquiries/${inquiry.id}`,
      ':session': (await one(db.selectFrom('evidence_session').select('id').executeTakeFirst(), 'session')).id,
      ':rec': f.recId,
      ':round': (await one(db.selectFrom('tracking_round').select('id').executeTakeFirst(), 'round')).id,
      ':item': await newest('agenda_item'),
      '/actions/:id': `/actions/${await newest('action')}`,
      '/items/:id': `/items/${await newest('work_programme_item')}`,
      '/memberships/:id': `/memberships/${await newest('membership')}`,
      '/municipal-years/:id': `/municipal-years/${await newest('municipal_year')}`,
      '/documents/:id': `/documents/${document.id}`,
      '/users/:id': `/users/${f.userIds.member}`,
      ':token': (await one(db.selectFrom('alert_subscription').select('token').executeTakeFirst(), 'alert')).token,
      '/people/:slug': '/people/priya-shah',
      '/committees/:slug': `/committees/${f.committee}`,
      '/meetings/:slug': `/meetings/${f.preparing}`,
    }
    // Every committee, meeting and person has a public page; each meeting has the officer's page.
    const every: Partial<Record<RouteKey, string[]>> = {
      'GET /committees/:slug': (await slugs('committee')).map(s => `/committees/${s}`),
      'GET /meetings/:slug': (await slugs('meeting')).map(s => `/meetings/${s}`),
      'GET /staff/meetings/:slug': (await slugs('meeting')).map(s => `/staff/meetings/${s}`),
      'GET /people/:slug': (await slugs('person')).map(s => `/people/${s}`),
      // The meeting held has action notes and declarations; the one prepared has none yet.
      'GET /staff/meetings/:slug/action-notes': [f.held, f.preparing].map(s => `/staff/meetings/${s}/action-notes`),
      'GET /staff/meetings/:slug/declarations': [f.held, f.preparing].map(s => `/staff/meetings/${s}/declarations`),
    }
    const q = encodeURIComponent(payload('query'))
    const reflected: Partial<Record<RouteKey, string[]>> = {
      'GET /search': [`/search?q=injected`, `/search?q=${q}&type=${q}&committee=${q}`],
      'GET /alerts/new': [`/alerts/new?q=${q}&committee=${q}&type=${q}&email=${q}`],
      'GET /sign-in': [`/sign-in?returnTo=${q}`],
      'GET /staff/committees/:slug': [`/staff/committees/${f.committee}?on=${q}`],
      'GET /staff/committees/:slug/memberships/new': [`/staff/committees/${f.committee}/memberships/new?person=${q}`],
      'GET /staff/committees/:slug/work-programme/items/new': [
        `/staff/committees/${f.committee}/work-programme/items/new?topic=${q}&aims=${q}`,
      ],
      'GET /staff/meetings/:slug/action-notes': [`/staff/meetings/${f.held}/action-notes?saved=${q}`],
      'GET /staff/meetings/:slug/declarations': [`/staff/meetings/${f.held}/declarations?saved=${q}`],
      'GET /api/v1/meetings': [`/api/v1/meetings?limit=${q}`],
    }
    const planned: Visit[] = []
    for (const [route, access] of Object.entries(ACCESS_RULES) as Array<[RouteKey, Access]>) {
      if (!route.startsWith('GET ') || NOT_VISITED[route]) continue
      const path = route.slice(4)
      const urls = every[route] ?? [await urlOf(path, ids)]
      const roles: Array<Role | 'anonymous'> =
        access === 'public' ? ['anonymous', 'member'] : access === 'staff' ? STAFF_ROLES : [...access]
      for (const as of roles) {
        for (const url of urls) planned.push({ route, url, as })
        for (const url of reflected[route] ?? []) planned.push({ route, url, as, reflected: true })
      }
    }
    return planned
  }

  /** The route's path with real ids; an API record's path is read from its list. */
  async function urlOf(path: string, ids: Record<string, string | number>): Promise<string> {
    if (path.startsWith('/api/v1/') && path.endsWith('/:id')) {
      const list = await t.app.inject(path.slice(0, -'/:id'.length))
      assert.equal(list.statusCode, 200, `${path}: ${list.body.slice(0, 300)}`)
      const first = (list.json() as { data: Array<{ id: string }> }).data[0]
      assert.ok(first, `${path}: the list is empty`)
      return new URL(first.id).pathname
    }
    let url = path
    for (const [pattern, value] of Object.entries(ids)) url = url.replace(pattern, String(value))
    url = url.replace('/meetings/:slug', `/meetings/${f.preparing}`)
    assert.doesNotMatch(url, /[:*]/, `${path}: give its parameters a value in plannedVisits()`)
    return url
  }
})

const STAFF_ROLES: Array<Role> = ['member', 'report_author', 'scrutiny_officer', 'admin']

/** A markup problem in an HTML page: the payload as a tag, or outside the quotes of an attribute. */
function markupProblem(html: string): string | null {
  if (html.includes('<script>xss_')) return `a <script> from ${/<script>(xss_[\w.]+)/.exec(html)![1]}`
  for (const [tag] of html.matchAll(/<[a-zA-Z](?:"[^"]*"|'[^']*'|[^'">])*>/g)) {
    if (tag.replace(/"[^"]*"|'[^']*'/g, '').includes('xss_')) return `markup from the record: ${tag.slice(0, 200)}`
  }
  return null
}

/** What each kind of answer must be, whatever text is stored: null when it is fine. */
const checkers: Record<string, (body: string) => string | null> = {
  'text/html': markupProblem,
  'application/json': body => {
    try {
      JSON.parse(body)
      return null
    } catch {
      return 'not JSON'
    }
  },
  'application/atom+xml': body => {
    const valid = XMLValidator.validate(body)
    if (valid !== true) return `not XML: ${JSON.stringify(valid)}`
    // Titles, summaries and contents marked type="html" are HTML to a feed reader.
    for (const [, inner] of body.matchAll(/<(\w+)\b[^>]*type="html"[^>]*>([\s\S]*?)<\/\1>/g)) {
      const html = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(inner!.trim())?.[1] ?? decode(inner!)
      const problem = markupProblem(html)
      if (problem) return `in an html element: ${problem}`
    }
    return null
  },
  'text/calendar': body => {
    try {
      ICAL.parse(body)
    } catch (error) {
      return `not iCalendar: ${String(error)}`
    }
    const injected = /^.*\r?\n(X-INJECTED.*)$/m.exec(body)
    return injected ? `a stored line break started a property: ${injected[0]}` : null
  },
  'text/csv': body => {
    const rows = csvRows(body)
    if (rows.some(row => row.length !== rows[0]!.length)) return 'rows of different lengths'
    return rows.some(row => row[0]!.startsWith('X-INJECTED')) ? 'a stored line break started a row' : null
  },
  'application/pdf': body => (body.startsWith('%PDF-') ? null : 'not a PDF'),
  'text/plain': () => null,
}

/** The cells of a CSV file (RFC 4180: quoted cells may hold commas, quotes doubled and line breaks). */
function csvRows(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!
    if (quoted) {
      if (char !== '"') cell += char
      else if (csv[i + 1] === '"') cell += csv[++i]
      else quoted = false
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\n') {
      rows.push([...row, cell])
      row = []
      cell = ''
    } else if (char !== '\r') cell += char
  }
  if (cell !== '' || row.length) rows.push([...row, cell])
  return rows
}
