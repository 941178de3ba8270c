import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parsePack } from './parse-pack.ts'

const schema: unknown = JSON.parse(
  readFileSync(new URL('../../../schemas/parsed-pack.schema.json', import.meta.url), 'utf8'),
)
const seeds = [
  'pack-2016-04-20-education-vulnerable-children.txt',
  'pack-2016-07-20-schools-children-families.txt',
  'pack-2023-05-17-education-childrens-social-care.txt',
]

for (const name of seeds) {
  test(`the parse of ${name} matches schemas/parsed-pack.schema.json`, () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema as object)
    const text = readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8')
    const pack = JSON.parse(JSON.stringify(parsePack(text))) as unknown
    assert.ok(validate(pack), JSON.stringify(validate.errors?.slice(0, 5)))
  })
}
