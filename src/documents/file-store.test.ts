import assert from 'node:assert/strict'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { diskFileStore, sha256Of, sha256OfFile } from './file-store.ts'

describe('diskFileStore', () => {
  let root: string
  before(async () => (root = await mkdtemp(join(tmpdir(), 'scrutiny-files-'))))
  after(() => rm(root, { recursive: true, force: true }))

  test('stores bytes under their SHA-256 and gives them back', async () => {
    const store = diskFileStore(root)
    const bytes = new TextEncoder().encode('%PDF-1.7 agenda pack')
    const sha = await store.put(bytes)
    assert.equal(sha, sha256Of(bytes))
    assert.deepEqual(await store.get(sha), bytes)
  })

  test('says whether it holds a file', async () => {
    const store = diskFileStore(root)
    const bytes = new TextEncoder().encode('held')
    assert.equal(await store.has(sha256Of(bytes)), false)
    await store.put(bytes)
    assert.equal(await store.has(sha256Of(bytes)), true)
  })

  test('storing the same content twice keeps one copy', async () => {
    const store = diskFileStore(root)
    const bytes = new TextEncoder().encode('same')
    const sha = await store.put(bytes)
    await store.put(bytes)
    assert.deepEqual(await readdir(join(root, sha.slice(0, 2))), [sha.slice(2)])
  })

  test('refuses addresses that are not hashes (no path traversal)', async () => {
    await assert.rejects(diskFileStore(root).get('../../etc/passwd'), /Not a SHA-256/)
  })
})

describe('sha256OfFile', () => {
  test('streams a file to the same hash as its bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scrutiny-sha-'))
    try {
      const bytes = new TextEncoder().encode('x'.repeat(200_000))
      await writeFile(join(dir, 'f'), bytes)
      assert.equal(await sha256OfFile(join(dir, 'f')), sha256Of(bytes))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
