/**
 * What a browser would send from a form on a page, read from the page's HTML: each field's current
 * value (text inputs, textareas, the selected option or else the first, checked boxes), and for a
 * group of radios with none checked, its first option, as a person filling the form in would choose.
 * For the selects named in `choose`, the first option with a value other than the one selected, as a
 * person picking from a list would. Regular expressions, not a parser: enough for the app's own
 * server-rendered GOV.UK forms.
 */
export function formFields(html: string, action: string, choose: string[] = []): Record<string, string> {
  const form = formPostingTo(html, action)
  const fields: Record<string, string> = {}
  const firstRadios: Record<string, string> = {}
  for (const [, attributeText] of form.matchAll(/<input\b((?:"[^"]*"|'[^']*'|[^'">])*)>/gi)) {
    const attributes = attributesOf(attributeText!)
    const { name, value = 'on' } = attributes
    const type = (attributes.type ?? 'text').toLowerCase()
    if (name === undefined || 'disabled' in attributes || NOT_SENT.includes(type)) continue
    if (type === 'radio' && !('checked' in attributes)) firstRadios[name] ??= value
    else if (type === 'radio' || type === 'checkbox') {
      if ('checked' in attributes) fields[name] = value
    } else fields[name] = attributes.value ?? ''
  }
  for (const [, tag, attributeText, content] of form.matchAll(
    /<(select|textarea)\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/\1>/gi,
  )) {
    const { name, disabled } = attributesOf(attributeText!)
    if (name === undefined || disabled !== undefined) continue
    if (tag!.toLowerCase() === 'textarea') fields[name] = decode(content!.replace(/^\r?\n/, ''))
    else fields[name] = selectedOption(content!, choose.includes(name))
  }
  for (const [name, value] of Object.entries(firstRadios)) fields[name] ??= value
  return fields
}

/** The HTML of the first form on the page that posts to `action`. */
function formPostingTo(html: string, action: string): string {
  for (const [, attributeText, body] of html.matchAll(/<form\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/form>/gi)) {
    if (decode(attributesOf(attributeText!).action ?? '') === action) return body!
  }
  throw new Error(`No form on the page posts to ${action}`)
}

function selectedOption(options: string, another: boolean): string {
  const all = [...options.matchAll(/<option\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/option>/gi)].map(
    ([, attributeText, text]) => {
      const attributes = attributesOf(attributeText!)
      return { value: attributes.value ?? decode(text!.trim()), selected: 'selected' in attributes }
    },
  )
  const selected = all.find(o => o.selected) ?? all[0]
  if (!another) return selected?.value ?? ''
  const other = all.find(o => o.value !== '' && o.value !== selected?.value)
  if (!other) throw new Error(`No other option to choose in ${options.slice(0, 200)}`)
  return other.value
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const [, name, doubleQuoted, singleQuoted, bare] of text.matchAll(
    /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
  )) {
    attributes[name!.toLowerCase()] = decode(doubleQuoted ?? singleQuoted ?? bare ?? '')
  }
  return attributes
}

const NOT_SENT = ['file', 'submit', 'button', 'reset', 'image']

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes the character references a template engine writes. */
export function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
    return NAMED[ref.toLowerCase()] ?? whole
  })
}
