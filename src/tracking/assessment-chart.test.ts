import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import {
  ASSESSMENT_STYLES,
  BACKGROUND,
  type AssessmentCounts,
  assessmentBars,
  assessmentChartSvg,
  barChartSvg,
  contrastRatio,
} from './assessment-chart.ts'

const COUNTS: AssessmentCounts = { byCode: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 1, 6: 2 }, notAssessed: 1 }

interface Parsed {
  svg: {
    '@_role': string
    '@_aria-labelledby': string
    title: { '#text': string; '@_id': string }
    g: Array<{
      text: Array<{ '#text': string | number; '@_x': string }>
      rect?: { '@_width': string; '@_fill': string }
    }>
  }
}

const parse = (svg: string): Parsed['svg'] => {
  assert.equal(XMLValidator.validate(svg), true, 'well-formed XML')
  const parser = new XMLParser({ ignoreAttributes: false, isArray: name => name === 'g' || name === 'text' })
  return (parser.parse(svg) as Parsed).svg
}

describe('barChartSvg', () => {
  const bars = [
    { label: 'Achieved', value: 4, colour: '#00703c' },
    { label: 'In progress', value: 2, colour: '#1d70b8' },
    { label: 'Obstacle', value: 0, colour: '#d4351c' },
  ]

  test('is an image named by its title', () => {
    const svg = parse(barChartSvg({ id: 'c1', title: 'Four achieved, two in progress', bars }))
    assert.equal(svg['@_role'], 'img')
    assert.equal(svg['@_aria-labelledby'], 'c1-title')
    assert.equal(svg.title['@_id'], 'c1-title')
    assert.equal(svg.title['#text'], 'Four achieved, two in progress')
  })

  test('labels every bar with its category and its value, in order', () => {
    const svg = parse(barChartSvg({ id: 'c', title: 't', bars }))
    assert.deepEqual(
      svg.g.map(g => g.text.map(t => String(t['#text']))),
      [
        ['Achieved', '4'],
        ['In progress', '2'],
        ['Obstacle', '0'],
      ],
    )
  })

  test('scales bars to the largest value; a zero draws no bar', () => {
    const svg = parse(barChartSvg({ id: 'c', title: 't', bars }))
    assert.equal(svg.g[0]?.rect?.['@_width'], '85%')
    assert.equal(svg.g[1]?.rect?.['@_width'], '42.5%')
    assert.equal(svg.g[1]?.text[1]?.['@_x'], '42.5%', 'the count follows its bar')
    assert.equal(svg.g[1]?.rect?.['@_fill'], '#1d70b8')
    assert.equal(svg.g[2]?.rect, undefined)
    assert.equal(svg.g[2]?.text[1]?.['@_x'], '0%', 'the 0 sits at the start of the axis')
  })

  test('a given maximum sets the full width, and a larger value still fits', () => {
    const svg = parse(barChartSvg({ id: 'c', title: 't', bars, max: 8 }))
    assert.equal(svg.g[0]?.rect?.['@_width'], '42.5%')
    assert.equal(parse(barChartSvg({ id: 'c', title: 't', bars, max: 2 })).g[0]?.rect?.['@_width'], '85%')
  })

  test('all zeros (or no bars) still draw a valid chart', () => {
    const zeros = bars.map(b => ({ ...b, value: 0 }))
    assert.equal(parse(barChartSvg({ id: 'c', title: 't', bars: zeros })).g.length, 3)
    assert.match(barChartSvg({ id: 'c', title: 't', bars: [] }), /^<svg [^>]*width="100%" height="\d+"/)
  })

  test('escapes every text, so that a label cannot inject markup', () => {
    const svg = barChartSvg({
      id: 'x"y',
      title: '<script>alert(1)</script> & co',
      bars: [{ label: 'Tom & Jerry\'s "<b>"', value: 1, colour: '#00703c' }],
    })
    assert.doesNotMatch(svg, /<script|<b>/)
    const parsed = parse(svg)
    assert.equal(parsed['@_aria-labelledby'], 'x&#34;y-title')
    assert.match(svg, /Tom &#38; Jerry&#39;s &#34;&#60;b&#62;&#34;/)
  })
})

describe('assessmentChartSvg', () => {
  test('one bar per category of the scale, then not yet assessed', () => {
    assert.deepEqual(
      assessmentBars(COUNTS).map(b => [b.label, b.value]),
      [
        ['Achieved (Fully)', 1],
        ['Achieved (Late)', 1],
        ['Not Achieved (Progress Made)', 0],
        ['Not Achieved (Obstacle)', 0],
        ['Not Achieved (Insufficient Progress)', 1],
        ['In Progress', 2],
        ['Not yet assessed', 1],
      ],
    )
  })

  test('its accessible name gives the total and every figure', () => {
    const svg = parse(assessmentChartSvg('inquiry-chart', 'Reducing School Exclusions', COUNTS))
    assert.equal(
      svg.title['#text'],
      'Bar chart of the 6 recommendations of Reducing School Exclusions by current assessment: ' +
        'Achieved (Fully) 1, Achieved (Late) 1, Not Achieved (Progress Made) 0, Not Achieved (Obstacle) 0, ' +
        'Not Achieved (Insufficient Progress) 1, In Progress 2, Not yet assessed 1.',
    )
  })

  test('bars are shares of all the recommendations', () => {
    const svg = parse(assessmentChartSvg('c', 'X', COUNTS))
    const widths = svg.g.map(g => g.rect?.['@_width'] ?? 'none')
    assert.deepEqual(widths, ['14.2%', '14.2%', 'none', 'none', '14.2%', '28.3%', '14.2%'])
  })

  test('a single recommendation is not plural', () => {
    const one: AssessmentCounts = { byCode: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 }, notAssessed: 1 }
    assert.match(assessmentChartSvg('c', 'X', one), /Bar chart of the 1 recommendation of X/)
  })
})

describe('colours', () => {
  test('contrastRatio matches the WCAG figures', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21)
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1)
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54')
    assert.throws(() => contrastRatio('red', '#ffffff'))
  })

  for (const [key, style] of Object.entries(ASSESSMENT_STYLES)) {
    test(`the ${key} bar has at least 3:1 contrast against the page (non-text contrast)`, () => {
      assert.ok(
        contrastRatio(style.colour, BACKGROUND) >= 3,
        `${style.colour}: ${contrastRatio(style.colour, BACKGROUND)}`,
      )
    })
  }

  test('every category has its own colour and its own tag', () => {
    const styles = Object.values(ASSESSMENT_STYLES)
    assert.equal(new Set(styles.map(s => s.colour)).size, styles.length)
    assert.equal(new Set(styles.map(s => s.tag)).size, styles.length)
  })
})
