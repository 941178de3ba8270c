import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect, createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const BIN = fileURLToPath(new URL('../../bin/scrutiny.js', import.meta.url))

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  await once(server, 'close')
  return port
}

/** Resolves once the child's output contains `text`. */
function waitForOutput(child: ChildProcess, output: () => string, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (output().includes(text)) {
        child.stdout!.off('data', check)
        resolve()
      }
    }
    child.stdout!.on('data', check)
    child.once('exit', code => reject(new Error(`server exited (${code}) before printing "${text}":\n${output()}`)))
    check()
  })
}

/** Resolves once what the socket has received contains `text`. */
function waitForReceived(socket: Socket, received: () => string, text: string): Promise<void> {
  return new Promise(resolve => {
    const check = () => received().includes(text) && (socket.off('data', check), resolve())
    socket.on('data', check)
    check()
  })
}

test('SIGTERM lets an in-flight request finish, then the server exits 0', { timeout: 120_000 }, async t => {
  const dataDir = await mkdtemp(join(tmpdir(), 'scrutiny-shutdown-'))
  t.after(() => rm(dataDir, { recursive: true, force: true }))
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO: '0',
    SHUTDOWN_TIMEOUT_SECONDS: '5',
  }
  delete env.DATABASE_URL // the embedded database: this test is about the process, not the engine
  const server = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  t.after(() => server.exitCode === null && server.kill('SIGKILL'))
  let stdout = ''
  server.stdout.on('data', chunk => (stdout += chunk))
  server.stderr.on('data', chunk => (stdout += chunk))
  const exited = once(server, 'exit')
  await waitForOutput(server, () => stdout, 'Scrutiny is running')

  // A form post whose body is held back: "100 Continue" proves the server has the request in hand.
  const socket = connect(port, '127.0.0.1')
  let received = ''
  socket.on('data', chunk => (received += chunk))
  const body = 'email=someone%40example.gov.uk&password=not-it'
  socket.write(
    `POST /sign-in HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
      `Content-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
  )
  await waitForReceived(socket, () => received, '100 Continue')

  server.kill('SIGTERM')
  await waitForOutput(server, () => stdout, 'stopping: finishing in-flight requests')
  socket.write(body)
  await once(socket, 'end')

  const finalResponse = received.split('\r\n\r\n').slice(1).join('\r\n\r\n')
  assert.match(finalResponse, /^HTTP\/1\.1 403 /, 'the held request got its answer (no CSRF token: 403)')
  assert.match(finalResponse, /<\/html>\s*$/, 'and the whole page')
  const [code] = await exited
  assert.equal(code, 0, stdout)

  const lines = stdout
    .split('\n')
    .filter(line => line.startsWith('{'))
    .map(line => JSON.parse(line) as Record<string, unknown>)
  const logged = lines.find(line => line.msg === 'request completed' && line.url === '/sign-in')
  assert.equal(logged?.statusCode, 403, 'the request was logged as one JSON line')
  assert.ok(lines.some(line => line.msg === 'stopped'))
})
