import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { TEST_PASSWORD } from './test-app.ts'

/**
 * A tiny cookie-keeping client over `app.inject`, so tests go through the app as a person's
 * browser would: load a form, read its CSRF token, post it back.
 */
export class Browser {
  private cookies = new Map<string, string>()
  constructor(private readonly app: FastifyInstance) {}

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.keep(await this.app.inject({ method: 'GET', url, headers: this.headers() }))
  }

  async post(url: string, form: Record<string, string>): Promise<LightMyRequestResponse> {
    const payload = new URLSearchParams(form).toString()
    const headers = { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' }
    return this.keep(await this.app.inject({ method: 'POST', url, payload, headers }))
  }

  /** Loads a page with a form and posts to `action` with that form's CSRF token. */
  async submit(formPage: string, action: string, form: Record<string, string>): Promise<LightMyRequestResponse> {
    const page = await this.get(formPage)
    return this.post(action, { ...form, _csrf: csrfTokenIn(page.body) })
  }

  /** Loads a page with an upload form and posts fields and one file as multipart/form-data, with its CSRF token. */
  async upload(
    formPage: string,
    action: string,
    fields: Record<string, string>,
    file: { field: string; bytes: Uint8Array; name: string; type?: string },
  ): Promise<LightMyRequestResponse> {
    const page = await this.get(formPage)
    const form = new FormData()
    form.append('_csrf', csrfTokenIn(page.body))
    for (const [key, value] of Object.entries(fields)) form.append(key, value)
    form.append(file.field, new Blob([Buffer.from(file.bytes)], { type: file.type ?? 'application/pdf' }), file.name)
    return this.keep(await this.app.inject({ method: 'POST', url: action, payload: form, headers: this.headers() }))
  }

  async signIn(email: string, password = TEST_PASSWORD): Promise<LightMyRequestResponse> {
    return this.submit('/sign-in', '/sign-in', { email, password })
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name)
  }

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    return cookie ? { cookie } : {}
  }

  private keep(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of response.cookies) {
      if (c.expires && c.expires.getTime() < Date.now()) this.cookies.delete(c.name)
      else this.cookies.set(c.name, c.value)
    }
    return response
  }
}

export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html)
  if (!match?.[1]) throw new Error('No CSRF token on the page')
  return match[1]
}
