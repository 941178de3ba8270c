/**
 * Pandoc's Markdown escapes what Markdown would otherwise read as markup: "1\." so an agenda's
 * number is not a list, "\*" for an asterisk, and a trailing "\" for a line break kept inside a
 * paragraph or a cell ("Committee Services Officer\"). The parser reads the printed text: the
 * escapes are taken off. A backslash before a letter (a file path, "H:\Scrutiny") is text and stays.
 */

const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|'"$<>~^&@])/g
const LINE_BREAK = /\\$/gm

/** The text without Markdown's backslash escapes and hard line breaks; other text as it is. */
export function withoutMarkdownEscapes(text: string): string {
  if (!text.includes('\\')) return text
  return text.replace(LINE_BREAK, '').replace(ESCAPED, '$1')
}
