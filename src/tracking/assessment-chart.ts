import { ASSESSMENT_SCALE, type AssessmentCode } from './assessment-scale.ts'

// Tracking statistics drawn as a server-rendered SVG bar chart: no client script, an accessible name that says
// what the chart shows, every bar labelled with its category and count (colour is never the only cue), and bar
// colours with at least 3:1 contrast against the white page (WCAG 2.2 non-text contrast). The table beside the
// chart carries the same numbers for anyone who cannot see it. Pure functions: they return markup, no I/O.

/** How each category looks: the bar colour in the chart and the GOV.UK tag modifier on the page. */
export const ASSESSMENT_STYLES: Record<AssessmentCode | 'none', { colour: string; tag: string }> = {
  1: { colour: '#00703c', tag: 'govuk-tag--green' },
  2: { colour: '#00625e', tag: 'govuk-tag--turquoise' },
  3: { colour: '#8f6200', tag: 'govuk-tag--yellow' },
  4: { colour: '#d4351c', tag: 'govuk-tag--red' },
  5: { colour: '#9e4a00', tag: 'govuk-tag--orange' },
  6: { colour: '#1d70b8', tag: 'govuk-tag--blue' },
  none: { colour: '#505a5f', tag: 'govuk-tag--grey' },
}

export const NOT_ASSESSED_LABEL = 'Not yet assessed'

/** The page's background and text colours (GOV.UK). */
export const BACKGROUND = '#ffffff'
const TEXT = '#0b0c0c'

export interface ChartBar {
  label: string
  value: number
  colour: string
}

export interface BarChartOptions {
  /** Unique on the page: the chart's `<title>` gets the id `${id}-title`. */
  id: string
  /** The accessible name: what the chart shows, with its figures. */
  title: string
  bars: readonly ChartBar[]
  /** The value of a full-width bar; by default the largest value. */
  max?: number
}

const FONT_SIZE = 16
const LABEL_HEIGHT = 22
const BAR_HEIGHT = 24
const ROW_GAP = 14
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
/** The share of the width a full bar takes, leaving room after it for its count. */
const FULL_BAR = 85

/**
 * A horizontal bar chart as an SVG string, safe to insert into HTML (every text is escaped): one row per bar,
 * its label above it and its value after it, bars scaled to `max` (or the largest value). A zero value draws no
 * bar but still shows its label and "0". The SVG is `role="img"`, named by its `<title>`, its text part of the
 * image for assistive technology (the title and the table carry the figures).
 *
 * The drawing is as wide as its container with no viewBox: bars are percentages of the width and text stays
 * at 16px, so that on a phone the labels do not shrink with the chart.
 *
 * ```ts
 * barChartSvg({ id: 'stats', title: 'Recommendations: 2 achieved, 1 in progress', bars: [
 *   { label: 'Achieved', value: 2, colour: '#00703c' }, { label: 'In progress', value: 1, colour: '#1d70b8' },
 * ] }) // '<svg xmlns="http://www.w3.org/2000/svg" class="app-chart" role="img" aria-labelledby="stats-title" …'
 * ```
 */
export function barChartSvg({ id, title, bars, max }: BarChartOptions): string {
  const height = Math.max(bars.length, 1) * ROW_HEIGHT - ROW_GAP
  const largest = Math.max(1, max ?? 0, ...bars.map(b => b.value))
  const rows = bars.map((bar, i) => {
    const top = i * ROW_HEIGHT
    const barTop = top + LABEL_HEIGHT
    const share = round((Math.max(0, bar.value) / largest) * FULL_BAR)
    const rect =
      share > 0
        ? `<rect x="0" y="${barTop}" width="${share}%" height="${BAR_HEIGHT}" fill="${escapeXml(bar.colour)}"/>`
        : ''
    return (
      `<g class="app-chart__bar">` +
      `<text x="0" y="${top + FONT_SIZE}">${escapeXml(bar.label)}</text>` +
      rect +
      `<text x="${share}%" dx="8" y="${barTop + 18}" font-weight="bold">${escapeXml(String(bar.value))}</text>` +
      `</g>`
    )
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="app-chart" role="img" aria-labelledby="${escapeXml(id)}-title"` +
    ` width="100%" height="${height}" font-family="arial, sans-serif" font-size="${FONT_SIZE}" fill="${TEXT}">` +
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title>` +
    rows.join('') +
    `</svg>`
  )
}

/** Counts of recommendations by current assessment: codes 1–6 and those the committee has not yet assessed. */
export interface AssessmentCounts {
  byCode: Record<AssessmentCode, number>
  notAssessed: number
}

/** The bars of the tracking statistics, in the scale's order, "Not yet assessed" last. */
export function assessmentBars(counts: AssessmentCounts): ChartBar[] {
  const codes = Object.keys(ASSESSMENT_SCALE).map(Number) as AssessmentCode[]
  return [
    ...codes.map(code => ({
      label: ASSESSMENT_SCALE[code].category,
      value: counts.byCode[code],
      colour: ASSESSMENT_STYLES[code].colour,
    })),
    { label: NOT_ASSESSED_LABEL, value: counts.notAssessed, colour: ASSESSMENT_STYLES.none.colour },
  ]
}

/**
 * The tracking statistics chart, its accessible name summarising every figure. Bars are drawn as shares of all
 * the recommendations (a full-width bar would be all of them), so that one of five does not look like all.
 *
 * ```ts
 * assessmentChartSvg('inquiry-chart', 'School Exclusions', counts)
 * // <svg … aria-labelledby="inquiry-chart-title"><title …>Bar chart of the 5 recommendations of School
 * //  Exclusions by current assessment: Achieved (Fully) 1, Achieved (Late) 1, …, Not yet assessed 1.</title>…
 * ```
 */
export function assessmentChartSvg(id: string, subject: string, counts: AssessmentCounts): string {
  const bars = assessmentBars(counts)
  const total = bars.reduce((sum, b) => sum + b.value, 0)
  const figures = bars.map(b => `${b.label} ${b.value}`).join(', ')
  const title = `Bar chart of the ${total} recommendation${total === 1 ? '' : 's'} of ${subject} by current assessment: ${figures}.`
  return barChartSvg({ id, title, bars, max: total })
}

/**
 * The WCAG contrast ratio of two `#rrggbb` colours, from 1 (none) to 21.
 *
 * ```ts
 * contrastRatio('#000000', '#ffffff') // 21
 * ```
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`)
  const [r, g, b] = match.slice(1).map(h => {
    const c = parseInt(h, 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}
