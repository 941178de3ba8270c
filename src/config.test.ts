import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ConfigError, loadConfig } from './config.ts'

const SECRET = 'x'.repeat(32)

describe('loadConfig', () => {
  test('development needs nothing set', () => {
    const config = loadConfig({})
    assert.equal(config.env, 'development')
    assert.equal(config.publicUrl, undefined)
    assert.equal(config.smtpUrl, undefined)
    assert.equal(config.shutdownTimeoutMs, 30_000)
  })

  test('production requires SESSION_SECRET and turns on secure cookies', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /SESSION_SECRET: required in production/)
    assert.equal(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET }).secureCookies, true)
  })

  test('PUBLIC_URL loses its trailing slash and SMTP_URL is kept as given', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://scrutiny.example.gov.uk/', SMTP_URL: 'smtp://mail.example:587' })
    assert.equal(config.publicUrl, 'https://scrutiny.example.gov.uk')
    assert.equal(config.smtpUrl, 'smtp://mail.example:587')
  })

  test('an empty optional URL counts as unset', () => {
    assert.equal(loadConfig({ PUBLIC_URL: '', SMTP_URL: '' }).smtpUrl, undefined)
  })

  const badValues: [string, string, RegExp][] = [
    ['PORT', 'eighty', /PORT: Expected number/],
    ['PORT', '70000', /PORT: Number must be less than or equal to 65535/],
    ['DATABASE_URL', 'mysql://db/scrutiny', /DATABASE_URL: must be a postgres:\/\/ URL/],
    ['PUBLIC_URL', 'scrutiny.example.gov.uk', /PUBLIC_URL: Invalid url/],
    ['PUBLIC_URL', 'ftp://scrutiny.example.gov.uk', /PUBLIC_URL: must be an http:\/\/ or https:\/\/ URL/],
    ['SMTP_URL', 'https://mail.example', /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/],
    ['DEMO', 'maybe', /DEMO: Invalid enum value/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: Invalid enum value/],
    ['SHUTDOWN_TIMEOUT_SECONDS', '0', /SHUTDOWN_TIMEOUT_SECONDS: Number must be greater than or equal to 1/],
  ]
  for (const [name, value, message] of badValues) {
    test(`${name}=${value} stops the app with a message naming ${name}`, () => {
      assert.throws(
        () => loadConfig({ [name]: value }),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      )
    })
  }

  test('a bad SMTP_URL is reported without echoing its password', () => {
    assert.throws(
      () => loadConfig({ SMTP_URL: 'http://user:hunter2@mail.example' }),
      (error: unknown) => error instanceof ConfigError && !error.message.includes('hunter2'),
    )
  })
})
