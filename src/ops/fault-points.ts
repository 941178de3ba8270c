/**
 * Named points in long multi-step changes where a fault-injection test can stop the process
 * (`SCRUTINY_PAUSE_AT=<name>`): the process says so on stderr and waits to be killed. Without the
 * variable (always, in production) a fault point does nothing.
 */
export async function faultPoint(name: string): Promise<void> {
  if (process.env.SCRUTINY_PAUSE_AT !== name) return
  process.stderr.write(`PAUSED AT ${name}\n`)
  await new Promise(() => {}) // until killed
}
