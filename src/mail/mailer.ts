import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import nodemailer from 'nodemailer'

export interface Message {
  to: string
  subject: string
  text: string
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>
}

/** Delivers one message; throws when it could not be handed over. */
export interface Mailer {
  /** Where messages go, for logs: 'smtp' or the outbox folder. */
  readonly description: string
  send(message: Message): Promise<void>
}

export const DEFAULT_FROM = 'Scrutiny <scrutiny@localhost>'

/**
 * SMTP when an `SMTP_URL` is configured; otherwise each message is written as an `.eml` file to the outbox
 * folder, so a council trying the app (or a test) can read exactly what would have been sent.
 */
export function mailerFor(config: { smtpUrl?: string | undefined; dataDir: string }, from = DEFAULT_FROM): Mailer {
  return config.smtpUrl ? smtpMailer(config.smtpUrl, from) : outboxMailer(join(config.dataDir, 'outbox'), from)
}

export function smtpMailer(smtpUrl: string, from = DEFAULT_FROM): Mailer {
  const transport = nodemailer.createTransport(smtpUrl)
  return {
    description: 'smtp',
    send: async message => void (await transport.sendMail({ from, ...message })),
  }
}

export function outboxMailer(folder: string, from = DEFAULT_FROM): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    description: folder,
    send: async message => {
      const info = await transport.sendMail({ from, ...message })
      await mkdir(folder, { recursive: true })
      // Time first so the folder lists in sending order; the random part keeps names unique across instances.
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`
      await writeFile(join(folder, name), info.message as Buffer)
    },
  }
}
