/**
 * Runs a Node script in a process of its own and measures its memory: its peak RSS exactly, as the
 * kernel counts it (reported by report-peak-rss.js as it exits), and on Linux the highest total RSS
 * of it and its child processes together, sampled every 20 ms while it runs.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Readable } from 'node:stream'

const REPORTER = new URL('./report-peak-rss.js', import.meta.url).href
const SAMPLE_MS = 20

export interface Measured {
  /** The process's own peak RSS, in bytes. */
  peak: number
  /** The highest sampled RSS of the process and its children together; null where /proc is missing. */
  withChildren: number | null
  ms: number
  stdout: string
}

export interface MeasureOptions {
  /** Node options before the script (the reporter is added after them). */
  nodeArgs?: string[]
  env?: NodeJS.ProcessEnv
  /** Each line the process prints on its standard output, as it comes. */
  onLine?: (line: string) => void
  /** Every sample: milliseconds since the start, and RSS of the process and its children (bytes). */
  onSample?: (ms: number, rss: number) => void
}

export async function measure(script: string, args: string[], options: MeasureOptions = {}): Promise<Measured> {
  const nodeArgs = [...(options.nodeArgs ?? []), '--import', REPORTER, script, ...args]
  const started = performance.now()
  const child = spawn(process.execPath, nodeArgs, { env: options.env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] })
  let withChildren: number | null = null
  const sampler = setInterval(() => {
    const rss = child.pid === undefined ? null : treeRss(child.pid)
    if (rss === null) return
    withChildren = Math.max(withChildren ?? 0, rss)
    options.onSample?.(performance.now() - started, rss)
  }, SAMPLE_MS)
  const [stdout, stderr, report] = [
    collect(child.stdout, options.onLine),
    collect(child.stderr),
    // The reporter's channel: a pipe, so readable here.
    collect(child.stdio[3] as Readable),
  ]
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  clearInterval(sampler)
  const ms = performance.now() - started
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} failed (exit code ${code}): ${(await stderr).trim()}`)
  const { peakKb } = JSON.parse(await report) as { peakKb: number }
  return { peak: peakKb * 1024, withChildren, ms, stdout: await stdout }
}

function collect(stream: Readable | null, onLine?: (line: string) => void): Promise<string> {
  if (!stream) return Promise.resolve('')
  let text = ''
  let partial = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    text += chunk
    if (!onLine) return
    const lines = (partial + chunk).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) onLine(line)
  })
  return new Promise(resolve => stream.on('end', () => resolve(text)))
}

/** RSS of a process and all its descendants (bytes), from /proc; null when it cannot be read. */
function treeRss(pid: number): number | null {
  const rss = rssOf(pid)
  if (rss === null) return null
  return childrenOf(pid).reduce((sum, child) => sum + (treeRss(child) ?? 0), rss)
}

function rssOf(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match?.[1] ? Number(match[1]) * 1024 : null
  } catch {
    return null // not Linux, or the process has just ended
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number)
  } catch {
    return []
  }
}
