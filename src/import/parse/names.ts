/**
 * People's names out of the lists minutes and front sheets print ("Councillors Sue Anderson, Matt
 * Bennett and Alex Yip", "Justine Lomas, Roman Catholic Diocese, Osamugi Ogbe, Parent Governor").
 * Titles and roles are dropped; segments that are roles rather than people are skipped.
 */

const ROLE_WORDS = new Set(
  (
    'diocese governor governors representative representatives director directorate officer officers manager chair ' +
    'chairman chairperson vice deputy member members council church service services head chief cabinet committee ' +
    'trust team scrutiny district assistant executive lead commissioner board forum parent school schools children ' +
    'health care social education public policy research link intelligence programme strategic improvement senior ' +
    'interim inspector solicitor partnership authority commissioning city adults adult youth ward needs support ' +
    'group office department overview england catholic roman the of for and in on at to with by was were apologies ' +
    'also present none other others all from behalf attendance meeting late lateness young people families ' +
    'family inquiry executive members healthwatch nhs ccg university hospital foundation police tenant tenants ' +
    'residents association convener'
  ).split(' '),
)

// A shire county's co-opted district councillors: "Borough Councillor Denise Marwood".
const HONORIFIC =
  /^(?:(?:borough|district|county|city|parish|town)\s+councillors?|councillors?|cllrs?|dr|mr|mrs|ms|miss|mx|professor|prof|sir|dame|lord|lady|rev|revd|reverend|canon|father|fr|alderman|bailie|provost|depute provost|the(?=\s+(?:rev|revd|reverend|rt|right)\b))\.?\s+/i
// Honours after a name ("Barbara Ellingham OBE") are no part of it.
const POST_NOMINALS = /\s+(?:OBE|MBE|CBE|KBE|DBE|JP|DL|MP|QC|KC|PhD|FRCP|FRCS)\b\.?/g
const LABEL = /^[A-Za-z][A-Za-z /-]{0,40}:\s*-?\s*/

/**
 * Names in a comma/and-separated list, in order, without duplicates. `known` (the committee's
 * membership) tells where to part a run of names whose separating comma extraction lost.
 */
export function splitNames(printed: string, known: readonly string[] = []): string[] {
  // "County Borough Councillors Helen Maddocks and Idris Bowen": the council's kind is the title's.
  const text = printed.replace(/\b(?:county\s+borough|county|borough|city|district)\s+(councillors?)\b/gi, '$1')
  const names: string[] = []
  let run = false
  for (const segment of segments(text)) {
    const found = segmentNames(segment, known, run)
    // "Councillors Baird, Calder and Dunbar": the plural title stands before each surname of its run.
    run = PLURAL.test(segment.replace(LABEL, '')) || (run && found.length === 1 && !/\s/.test(found[0] ?? ' '))
    for (const name of found) if (!names.includes(name) && !PARTY.test(name)) names.push(name)
  }
  return names
}

// A political group heading the members it lists ("Liberal Democrat", "Green Party"), not a person.
const PARTY =
  /^(?:liberal\s+democrats?|green(?:\s+party)?|plaid\s+cymru|scottish\s+national\s+party|reform\s+uk|labour(?:\s+and\s+co-operative)?|conservatives?|independents?|[A-Za-z' ]{2,40}\s(?:party|group))$/i

const PLURAL = /^(?:councillors|cllrs)\s+/i

/**
 * Names as the membership gives them in full: minutes may name members by surname alone
 * ("Sederunt: … Councillors Baird, Calder"), which stands for the one member of that surname.
 */
export function withKnownNames(names: readonly string[], known: readonly string[]): string[] {
  return names.map(name => {
    if (/\s/.test(name)) return name
    const matches = known.filter(k => k.split(/\s+/).at(-1)?.toLowerCase() === name.toLowerCase())
    return matches.length === 1 ? (matches[0] ?? name) : name
  })
}

/** A run of name words parted into two known people ("Sylvia Hartigan" + "Mohammed Azeem Khan"), or null. */
function knownPair(tokens: string[], known: readonly string[]): string[] | null {
  const isKnown = (name: string): boolean => known.some(k => k.toLowerCase() === name.toLowerCase())
  for (let k = 2; k <= tokens.length - 2; k++) {
    const pair = [tokens.slice(0, k).join(' '), tokens.slice(k).join(' ')]
    if (pair.every(isKnown)) return pair
  }
  return null
}

function segments(text: string): string[] {
  const plain = text
    // A name the line's end broke: after its initial or title ("Mrs H." / "Greatorex"), or at its
    // hyphen ("K. Lister-" / "Jones").
    .replace(
      /(?<=\b(?:[A-Z]\.|mrs|mr|ms|miss|dr|revd|rev|canon|prof|professor|councillors?|cllrs?))[ \t]*\n[ \t]*(?=\p{Lu})/giu,
      ' ',
    )
    .replace(/(?<=\p{L}-)[ \t]*\n[ \t]*(?=\p{Lu})/gu, '')
    .replace(/\b(cllrs?|dr|mr|mrs|ms|prof|revd?|fr)\./gi, '$1')
    .replace(/\(([^)]*)\)/g, ' ')
    .replace(/\bin the chair\b/gi, ' ')
    // "Aled Rhys Beynon*": a mark against a name (attended remotely) explained in a note.
    .replace(/(?<=\w)\*+/g, '')
    .replace(POST_NOMINALS, '')
    // "Councillor Lucy Nwachukwu - Stonegate and Wharf Hill;": a member a line, the ward after a dash.
    .replace(/^((?:councillor|cllr|dr|mr|mrs|ms|miss)\.?\s[^;\n]*?)\s+[-–]\s+[^;\n]*;\s*$/gim, '$1;')
  // (Not at an initial's full stop: "Councillor R. D. Ashdown" is one name.)
  return plain.split(/[,;]|\s+(?:and|also|&)\s+|(?<!\b[A-Z])\.(?:\s|$)|\n/i).map(s => s.trim())
}

function segmentNames(segment: string, known: readonly string[], inRun = false): string[] {
  // "…, and from Yemi Adebayo (co-opted member)": a list of apologies goes on with "from".
  let s = segment.replace(LABEL, '').replace(/^from\s+/i, '')
  // "Samera Ali - Parent Governor": the role follows a dash.
  s = s.replace(/\s+-\s+.*$/, '')
  const honoured = HONORIFIC.test(s)
  while (HONORIFIC.test(s)) s = s.replace(HONORIFIC, '')
  const words = s.split(/\s+/).filter(t => t !== '')
  const run = words.findIndex(t => !isNameToken(t))
  const tokens = run === -1 ? words : words.slice(0, run)
  // A name followed by lower-case words ("Richard Potter for their inability...") is still a name;
  // a segment that is all prose or starts with a role is not.
  if (run !== -1 && (tokens.length < 2 || /^[A-Z]/.test(words[run] ?? ''))) return []
  if (tokens.length === 0) return []
  if (tokens.length === 1) return (honoured || inRun) && (tokens[0]?.length ?? 0) >= 3 ? [tokens[0] ?? ''] : []
  const pair = tokens.length >= 4 ? knownPair(tokens, known) : null
  if (pair !== null) return pair
  // Four names in a row are two people whose separating comma was lost in extraction.
  if (tokens.length === 4) return [tokens.slice(0, 2).join(' '), tokens.slice(2).join(' ')]
  return tokens.length <= 3 ? [tokens.join(' ')] : []
}

function isNameToken(token: string): boolean {
  if (ROLE_WORDS.has(token.toLowerCase().replace(/'s$/, ''))) return false
  return NAME_WORD.test(token) || INITIALS.test(token) || /^(?:de|van|von|da|di|le|la|bin|al|ap|ab|ferch)$/.test(token)
}

// Letters of any alphabet's accents too ("Tomás", "Zoë", "Łukasz").
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u
// Many councils print councillors by initial ("Councillors M Hartigan, J Okonkwo-Price").
const INITIALS = /^[A-Z]\.?$|^(?:[A-Z]\.){2,3}$/
