import { createInterface } from 'node:readline'

/** Reads all of standard input (for `--password-stdin`), without the trailing newline. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
}

/** Asks for a password at the terminal without echoing it. */
export async function promptPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new CliUsageError('No terminal to ask for a password: use --password-stdin')
  const output = process.stdout
  const rl = createInterface({ input: process.stdin, output, terminal: true })
  const write = output.write.bind(output)
  output.write(question)
  // Swallow the echo of typed characters while the question is open.
  ;(output as { write: unknown }).write = () => true
  try {
    return await new Promise<string>(resolve => rl.question('', resolve))
  } finally {
    ;(output as { write: unknown }).write = write
    output.write('\n')
    rl.close()
  }
}

/** A mistake in how the command was called: print the message, exit 2. */
export class CliUsageError extends Error {}
