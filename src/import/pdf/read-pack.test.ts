import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { buildPdfFromText } from './build-test-pdf.ts'
import { PdfInputError } from './errors.ts'
import type { PdfInputErrorCode } from './errors.ts'
import { readPackFile } from './read-pack.ts'

let dir = ''
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-read-pack-'))
})
after(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function file(name: string, data: Uint8Array | string): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, data)
  return path
}

async function failsWith(path: string, code: PdfInputErrorCode): Promise<string> {
  const error: unknown = await readPackFile(path).then(
    () => assert.fail('expected an error'),
    (e: unknown) => e,
  )
  assert.ok(error instanceof PdfInputError)
  assert.equal(error.code, code)
  return error.message
}

describe('readPackFile', () => {
  it('extracts a PDF whatever its name says', async () => {
    const pdf = await buildPdfFromText('AGENDA\fACTION NOTES')
    const pack = await readPackFile(await file('pack.txt', pdf))
    assert.equal(pack.kind, 'pdf')
    assert.deepEqual(
      pack.pages?.map(p => p.text.split('\n')[0]),
      ['AGENDA', 'ACTION NOTES'],
    )
    assert.deepEqual(pack.bytes, pdf)
  })

  it('returns UTF-8 text whole, without a byte-order mark, even when named .pdf', async () => {
    const text = 'A G E N D A\n1 APOLOGIES – “quoted”\fPage 2\n'
    const pack = await readPackFile(await file('pack.pdf', `\ufeff${text}`))
    assert.equal(pack.kind, 'text')
    assert.equal(pack.text, text)
    assert.equal(pack.pages, undefined)
  })

  it('reads a long text file whose head ends inside a multi-byte character', async () => {
    const text = `${'x'.repeat(8191)}–${'more text\n'.repeat(2000)}`
    const pack = await readPackFile(await file('long.txt', text))
    assert.equal(pack.text, text)
  })

  it('refuses a Word document named .pdf, naming what it is', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00])
    assert.match(await failsWith(await file('pack.pdf', docx), 'NOT_PDF'), /Word/)
  })

  it('refuses UTF-16 text with advice', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('AGENDA', 'utf16le')])
    assert.match(await failsWith(await file('pack.txt', utf16), 'NOT_PDF'), /UTF-8/)
  })

  it('refuses 50 MB of random bytes quickly', async () => {
    const random = Buffer.alloc(50 * 1024 * 1024)
    for (let i = 0; i < random.length; i += 65536) crypto.getRandomValues(random.subarray(i, i + 65536))
    random[0] = 0xff
    random[1] = 0x00 // no PDF header, not UTF-16, invalid UTF-8
    const path = await file('random.pdf', random)
    const started = performance.now()
    await failsWith(path, 'NOT_PDF')
    // Generous: sniffing takes ~50 ms; parsing 50 MB with pdf.js would take far longer. Speed itself is benched.
    assert.ok(performance.now() - started < 5000)
  })

  it('refuses an empty file', async () => {
    await failsWith(await file('empty.pdf', ''), 'EMPTY_FILE')
  })

  it('refuses a file over the size limit before reading it', async () => {
    const path = await file('big.txt', 'x'.repeat(2000))
    await assert.rejects(readPackFile(path, { maxBytes: 1000 }), { code: 'TOO_LARGE' })
  })
})
