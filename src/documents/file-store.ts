import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Where stored files' bytes live, addressed by SHA-256. An object store can implement it later. */
export interface FileStore {
  put(bytes: Uint8Array): Promise<string>
  get(sha256: string): Promise<Uint8Array>
  has(sha256: string): Promise<boolean>
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The SHA-256 of a file on disk, streamed, so a huge file is never held in memory. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/**
 * Files on disk under `root/ab/cdef…`. Writing the same content twice is a no-op, and a write
 * goes to a temporary name first so a crash never leaves a half-written file under a real hash.
 */
export function diskFileStore(root: string): FileStore {
  const pathOf = (sha: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('Not a SHA-256 file address')
    return join(root, sha.slice(0, 2), sha.slice(2))
  }
  return {
    async put(bytes) {
      const sha = sha256Of(bytes)
      const path = pathOf(sha)
      if (await exists(path)) return sha
      await mkdir(join(root, sha.slice(0, 2)), { recursive: true })
      const temporary = `${path}.${process.pid}.tmp`
      await writeFile(temporary, bytes)
      await rename(temporary, path)
      return sha
    },
    async get(sha) {
      return new Uint8Array(await readFile(pathOf(sha)))
    },
    has: sha => exists(pathOf(sha)),
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** The file store the configuration names (a folder; shared between instances in production). */
export const fileStoreFor = (config: { filesDir: string }): FileStore => diskFileStore(config.filesDir)
