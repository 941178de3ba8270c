import assert from 'node:assert/strict'
import { test } from 'node:test'
import { uniqueSlug } from './unique-slug.ts'

test('uniqueSlug uses the name’s slug when free, else the first free numbered one', () => {
  assert.equal(uniqueSlug('Priya Shah', new Set()), 'priya-shah')
  assert.equal(uniqueSlug('Priya Shah', new Set(['priya-shah'])), 'priya-shah-2')
  assert.equal(uniqueSlug('Priya Shah', new Set(['priya-shah', 'priya-shah-2'])), 'priya-shah-3')
})

test('uniqueSlug never gives a slug that a staff page uses for itself', () => {
  assert.equal(uniqueSlug('New', new Set()), 'new-2')
  assert.equal(uniqueSlug('edit', new Set()), 'edit-2')
})
