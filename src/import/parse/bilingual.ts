/**
 * Welsh councils publish bilingual packs: the front sheet and agenda give each label in Welsh, then
 * English ("Dyddiad / Date:", "Aelodaeth / Membership"), and each value the same way, on one line
 * ("10.00 y.b. / 10.00 am") or on the next ("Dydd Iau, 17 Tachwedd 2022" / "Thursday, 17 November
 * 2022"); agenda titles are Welsh on the item's line and English on the line below. The reports are
 * mostly in English. The parser reads the English: the Welsh halves are set aside here, before
 * anything else reads the pack.
 */
import type { PackPage } from './types.ts'

// Words of the Welsh labels and furniture such packs print; an English label never holds them.
const WELSH_WORD =
  /\b(?:dyddiad|amser|lleoliad|aelodaeth|aelodau|cynghorwyr?|cynghorydd|rhaglen|eitem|tudalen|swyddog(?:ion)?|cyswllt|ff[oô]n|e-bost|cadeirydd|is-gadeirydd|cyfarfod|pwyllgor|cyhoeddi|cofnodion|annwyl|yn gywir|etholiadol|gwleidyddol|ymholiadau|uniongyrchol|gwahoddwyd|cefnogaeth|cworwm|pwnc|teitl|arweiniol|adroddiad|awdur|atodiad|bresennol|math o)\b/i

// Words of a Welsh venue or date ("Siambr y Cyngor, Canolfan Ddinesig", "Dydd Iau", "5.00 yh").
const WELSH_VALUE = /\b(?:siambr|canolfan|stryd|ystafell|neuadd|swyddfa|dydd|cyngor|ddinesig|y\.?[bh]\.?)(?=\s|,|$)/i

// "Dyddiad / Date:\t…", "Aelodaeth / Membership", "RHAGLEN / AGENDA": a Welsh label, then the English.
const WELSH_LABEL = /^(\W*)([^/:\t,]{2,60}?)\s+\/\s+([A-Z][A-Za-z'’ ]{1,40}?)(\**\s*:?\s*\**(?:\t|$)|\s*:\s+)(.*)$/
// "Date / Dyddiad:\t…", "Invited to attend / Gwahoddwyd i fynychu:": other councils print the English first.
const ENGLISH_LABEL = /^(\W*)([A-Z][A-Za-z'’ ]{1,40}?)\s+\/\s+([^/:\t,*]{2,60}?)(\**\s*:?\s*\**(?:\t|$)|\s*:\s+)(.*)$/u
// "Councillor / Cynghorydd", a header cell in both languages.
const CELL_PAIR = /^\s*([^/]{2,60}?)\s+\/\s+([^/]{2,60}?)\s*$/

/** True when the pack is bilingual: Welsh labels or page furniture in its first pages. */
export function isBilingual(pages: readonly PackPage[]): boolean {
  const start = pages
    .slice(0, 4)
    .map(p => p.text)
    .join('\n')
  return (start.match(new RegExp(WELSH_WORD.source, 'gi')) ?? []).length >= 3
}

/** The pack with each bilingual label and value left in English. */
export function englishLabels(pages: PackPage[]): PackPage[] {
  return pages.map(page => ({ ...page, text: englishLines(page.text.split('\n')).map(englishHalves).join('\n') }))
}

// Words common in a Welsh council's headings, titles and cells and never English words: enough of
// them tell the Welsh half of "Ymddiheuriadau am Absenoldeb / Apologies for Absence".
const WELSH_LEXICON = new Set(
  (
    'y yr ac am ar o yn ym yng gan gyda dros ei eu ein neu ond wedi mae sy sydd fel hyn hwn hon ' +
    'rhaglen eitem eitemau cofnod cofnodion cyfarfod cyfarfodydd adroddiad adroddiadau argymhelliad argymhellion ' +
    'cynnydd swyddog swyddogion dyddiad diben cefndir crynodeb atodiad papurau goblygiadau ymgynghori thema rhif ' +
    'teitl cyllideb cynllun gwaith craffu pwyllgor cyngor tudalen tudalennau unrhyw faterion mater brys nesaf ' +
    'ymddiheuriadau absenoldeb datganiadau datganiad buddiant fuddiant chwipiau chwip plaid taflen weithredu ' +
    'gweithredu camau monitro chwarter diweddariad tymor canolig grŵp gorchwyl gorffen cofrestr risg risgiau ' +
    'gorfforaethol corfforaethol blaenraglen statws sefyllfa newidiadau ers cyflawni arbedion gyfalaf cyfalaf ' +
    'arolwg archwilio targed arweiniol cadeirydd is-gadeirydd cynghorydd cynghorwyr aelod aelodau aelodaeth ' +
    'amser lleoliad cyswllt cyhoeddi gwybodaeth cyhoedd darlledu mynediad cyfranogiad larwm tân cymraeg ' +
    'gymraeg cyfarwyddwr pennaeth rheolwr gwasanaethau gwasanaeth cyfreithiol democrataidd sir bwrdeistref ' +
    'sirol dinas ariannol refeniw gyllideb polisi pobl ystwyth nodi derbyn cadarnhau cymeradwyo ystyried ' +
    'dydd llun mawrth mercher iau gwener sadwrn sul ionawr chwefror ebrill mai mehefin gorffennaf awst medi ' +
    'hydref tachwedd rhagfyr blynyddol perfformiad strategaeth diogelu addysg tai iechyd gofal cymdeithasol ' +
    'cyn penderfynu hyfforddiant adolygu chyllid cyllid wrth gefn awdur awduron ymweliadau gweithdy ' +
    'gwahoddedigion gwahoddir heb pleidlais bleidlais cyfetholedig cynrychiolydd dirprwyon eilyddion'
  ).split(' '),
)
// Letters only Welsh spelling uses.
const WELSH_LETTER = /[ŵŷâêîôûŴŶÂÊÎÔÛ]/
// English words that show a half is English ("of", "the", "and"), never Welsh ones.
const ENGLISH_WORD = /^(?:the|of|and|for|to|on|in|with|by|from|at|held|any|report|meeting|minutes|council|committee)$/i

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []
}

function welshCount(text: string): number {
  return wordsOf(text).filter(w => WELSH_LEXICON.has(w.replace(/^['’]|['’]$/g, '')) || WELSH_LETTER.test(w)).length
}

// English words a sentence in English always has some of.
const ENGLISH_PROSE = /\b(?:the|of|and|for|to|from|with|were|was|is|are|be|has|have|that|this|by|on|at|in)\b/i

/**
 * A paragraph in Welsh before the same in English ("Derbyniwyd ymddiheuriadau am absenoldeb gan y
 * Cynghorwyr …" / "Apologies for absence were received from Councillors …"): set aside, as the
 * labels' Welsh halves are, so the English is read alone.
 */
function welshProse(line: string): boolean {
  if (line.length < 40 || /[\t|]/.test(line) || ENGLISH_PROSE.test(line)) return false
  return welshCount(line) >= 4
}

/** True when a half of a pair is Welsh: most of its words Welsh, none that only English uses. */
function isWelsh(text: string): boolean {
  const words = wordsOf(text)
  const welsh = welshCount(text)
  return welsh > 0 && welsh * 2 >= words.length && !words.some(w => ENGLISH_WORD.test(w))
}

/**
 * A line (a heading, a table's cells) giving each text in Welsh, " / ", then in English: the
 * English. "## 4. Crynodeb o'r cynnydd / Summary of progress", "| 1. | Ymddiheuriadau am
 * Absenoldeb / Apologies for Absence |", "Councillor Gareth Prosser (Cadeirydd / Chair)" where the
 * Welsh is a word or two before the English one.
 */
function englishHalves(line: string): string {
  if (welshProse(line)) return ''
  if (!line.includes(' / ')) return line
  const parts = line.split(/(\||\t)/)
  return withoutWelshValue(parts.map(part => (part === '|' || part === '\t' ? part : englishOfCell(part)))).join('')
}

/**
 * A label's row giving its value in both languages, a cell each ("| Venue | Siambr y Cyngor, … |
 * Council Chamber, … |"): the Welsh cell is left out, so the label reads the English.
 */
function withoutWelshValue(parts: string[]): string[] {
  const cells = parts.flatMap((part, at) => (part === '|' || part === '\t' || part.trim() === '' ? [] : [at]))
  if (cells.length !== 3) return parts
  const [, welsh = 0, english = 0] = cells
  if (welshCount(parts[welsh] ?? '') < 2 || welshCount(parts[english] ?? '') > 0) return parts
  return parts.filter((_, at) => at !== welsh && at !== welsh + 1)
}

function englishOfCell(cell: string): string {
  const pair = /^(\s*(?:#+\s*|\**\s*)?(?:\d{1,2}[a-z]?\.\s+)?)(.+?)\s+\/\s+(.+?)(\s*)$/.exec(cell)
  if (pair) {
    const [, lead = '', welsh = '', english = '', trail = ''] = pair
    // (Not a slash inside brackets: "RAG (Mawrth / March 2022)" is one heading, its month bilingual.)
    const balanced = (welsh.match(/\(/g)?.length ?? 0) === (welsh.match(/\)/g)?.length ?? 0)
    // ("15 Tachwedd / November 2022": the day both halves share, printed once before them.)
    const day = /^\d{1,2}\s/.test(english) ? '' : (/^\d{1,2}\s+/.exec(welsh)?.[0] ?? '')
    if (balanced && !english.includes(' / ') && isWelsh(welsh) && !isWelsh(english))
      return `${lead}${day}${english}${trail}`
  }
  // Welsh words before their English within a cell: "Cynghorydd / Councillor", "(Cadeirydd / Chair)".
  return cell.replace(/([\p{L}'’-]+(?: [\p{L}'’-]+){0,2}) \/ (?=[\p{Lu}\d])/gu, (whole, welsh: string) =>
    isWelsh(welsh) && welshCount(welsh) === wordsOf(welsh).length ? '' : whole,
  )
}

function englishLines(lines: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const m = WELSH_LABEL.exec(lines[i] ?? '')
    if (m === null || !WELSH_WORD.test(m[2] ?? '')) {
      // The committee's name in bold over two lines, the Welsh first ("**PWYLLGOR CRAFFU …" / "… COMMITTEE**").
      const name = /^(\**)\s*pwyllgor\b[^*]*$/i.exec(lines[i] ?? '')
      if (name && /\b(?:committee|panel|board|commission)\b/i.test(lines[i + 1] ?? '')) {
        out.push('', `${name[1] ?? ''}${lines[++i] ?? ''}`)
        continue
      }
      out.push(englishFirst(lines[i] ?? ''))
      continue
    }
    const [, before = '', welshLabel = '', label = '', gap = '', value = ''] = m
    // "**3. Cofnodion / Minutes**": the item's number stays before the English.
    const lead = `${before}${/^\d{1,2}[a-z]?\.\s+/.exec(welshLabel)?.[0] ?? ''}`
    // The English value on the next line, under the Welsh one, its label cell left empty.
    // ("Siambr y Cyngor, …<br>Council Chamber, …": both in the one cell, the English after the break;
    // a line under it is then a note, "Multi-location meeting: …".)
    const next = lines[i + 1] ?? ''
    const halves = value.split(/<br\s*\/?>/i)
    const broken = halves.length > 1 && WELSH_VALUE.test(halves[0] ?? '') ? halves.at(-1)?.trim() : undefined
    const below = value !== '' && broken === undefined && /^\t+\S/.test(next) ? next.trim() : null
    const english = below ?? broken ?? (value.includes(' / ') ? (value.split(' / ').at(-1) ?? value) : value)
    out.push(`${lead}${label}${gap.includes('\t') || english === '' ? gap : ': '}${english}`)
    if (below !== null) i++
  }
  return out
}

/** A line whose header cells, or whose label, give the English first and the Welsh after: the English. */
function englishFirst(line: string): string {
  const cells = line.split('\t')
  const english = cells.map(cell => {
    const pair = CELL_PAIR.exec(cell)
    return pair && WELSH_WORD.test(pair[2] ?? '') && !WELSH_WORD.test(pair[1] ?? '') ? (pair[1] ?? cell) : cell
  })
  if (english.filter((cell, k) => cell !== cells[k]).length >= 2) return english.join('\t')
  const m = ENGLISH_LABEL.exec(line)
  if (m === null || !WELSH_WORD.test(m[3] ?? '') || WELSH_WORD.test(m[2] ?? '')) return line
  const [, lead = '', label = '', , gap = '', value = ''] = m
  return `${lead}${label}${gap}${value}`
}
