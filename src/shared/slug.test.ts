import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { slugify, titleCase } from './slug.ts'

describe('slugify', () => {
  for (const [input, expected] of [
    ["Education and Children's Social Care O&S Committee", 'education-and-childrens-social-care-o-s-committee'],
    ['  Café  Société ', 'cafe-societe'],
    ['***', 'untitled'],
  ]) {
    test(`${input} → ${expected}`, () => assert.equal(slugify(input!), expected))
  }
  test('is never longer than 80 characters and never ends with a hyphen', () => {
    const slug = slugify('word '.repeat(40))
    assert.ok(slug.length <= 80 && !slug.endsWith('-'))
  })
})

describe('titleCase', () => {
  for (const [input, expected] of [
    [
      'SCHOOLS, CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE',
      'Schools, Children and Families Overview and Scrutiny Committee',
    ],
    ["EDUCATION AND CHILDREN'S SOCIAL CARE O&S", "Education and Children's Social Care O&S"],
    ['Already Mixed case', 'Already Mixed case'],
    ['THE CABINET', 'The Cabinet'],
  ]) {
    test(`${input} → ${expected}`, () => assert.equal(titleCase(input!), expected))
  }
})
