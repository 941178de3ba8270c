import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { InThreadPort } from './in-thread-port.ts'

/** The next message the port delivers. */
function nextMessage(port: InThreadPort): Promise<unknown> {
  return new Promise(resolve => {
    const listener = (event: { data: unknown }): void => {
      port.removeEventListener('message', listener)
      resolve(event.data)
    }
    port.addEventListener('message', listener)
  })
}

describe('InThreadPort', () => {
  it('delivers later, and a copy: changes made after sending do not reach the listener', async () => {
    const port = new InThreadPort()
    let delivered = false
    const received = nextMessage(port).then(data => {
      delivered = true
      return data
    })
    const message = { action: 'GetPage', data: { pageIndex: 3, view: [0, 0, 595, 842] } }
    port.postMessage(message)
    assert.equal(delivered, false)
    message.data.pageIndex = 9
    message.data.view[2] = 0
    assert.deepEqual(await received, { action: 'GetPage', data: { pageIndex: 3, view: [0, 0, 595, 842] } })
  })

  it('hands a text chunk’s items over as they are, in a copy of the chunk', async () => {
    const port = new InThreadPort()
    const received = nextMessage(port)
    const items = [{ str: 'Agenda', transform: [10, 0, 0, 10, 50, 700] }]
    const chunk = { items, styles: {}, lang: null }
    port.postMessage({ stream: 4, streamId: 1, chunk })
    // What pdf.js does after sending a chunk: start the next one in new objects.
    chunk.items = []
    const data = (await received) as { chunk: { items: unknown[] } }
    assert.equal(data.chunk.items, items)
  })

  it('copies what is not plain data, transferring buffers as asked', async () => {
    const port = new InThreadPort()
    const received = nextMessage(port)
    const bytes = new Uint8Array([37, 80, 68, 70])
    port.postMessage({ action: 'GetDocRequest', data: { data: bytes } }, [bytes.buffer])
    assert.equal(bytes.byteLength, 0)
    const data = (await received) as { data: { data: Uint8Array } }
    assert.deepEqual([...data.data.data], [37, 80, 68, 70])
  })

  it('stops delivering to a listener whose signal aborts, and to all once terminated', async () => {
    const port = new InThreadPort()
    const seen: string[] = []
    const abort = new AbortController()
    port.addEventListener('message', () => seen.push('aborted'), { signal: abort.signal })
    port.addEventListener('message', () => seen.push('kept'))
    abort.abort()
    port.postMessage('one')
    await new Promise(resolve => setImmediate(resolve))
    port.terminate()
    port.postMessage('two')
    await new Promise(resolve => setImmediate(resolve))
    assert.deepEqual(seen, ['kept'])
  })
})
