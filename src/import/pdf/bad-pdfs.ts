/**
 * Bad-input fixtures made on the fly, so the repository carries no binary test files: a truncated
 * PDF, a password-protected one, one with no pages and a "scan" (an image, no text layer).
 */
import { crc32, deflateSync } from 'node:zlib'
import { PDFDocument, rgb } from 'pdf-lib'

/** The first `fraction` of a file, as an interrupted download leaves it. */
export function truncate(data: Uint8Array, fraction = 0.5): Uint8Array {
  return data.slice(0, Math.floor(data.length * fraction))
}

export async function zeroPagePdf(): Promise<Uint8Array> {
  // pdf-lib adds a blank page to an empty document unless told not to.
  return (await PDFDocument.create()).save({ addDefaultPage: false })
}

/** A page holding only a picture (and a drawn frame), as a scanner produces. */
export async function imageOnlyPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const image = await doc.embedPng(greyPng(64, 64))
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595, 842])
    page.drawImage(image, { x: 50, y: 50, width: 495, height: 742 })
    page.drawRectangle({ x: 40, y: 40, width: 515, height: 762, borderColor: rgb(0, 0, 0), borderWidth: 1 })
  }
  return doc.save()
}

/** A minimal greyscale PNG, built by hand so no image library is needed. */
function greyPng(width: number, height: number): Uint8Array {
  const rows = Buffer.alloc((width + 1) * height)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (x * y) % 256
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND')])
}

function chunk(type: string, data: Buffer = Buffer.alloc(0)): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A PDF whose trailer names a standard security handler (RC4, revision 2) with a user password.
 * pdf-lib cannot encrypt, so the file is written by hand: the /U entry does not match the empty
 * password, so a reader must ask for one, which is what a protected pack does.
 */
export function passwordProtectedPdf(): Uint8Array {
  const hex32 = (seed: number): string =>
    Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32(11)}> /U <${hex32(99)}> /P -3904 >>`,
  ]
  const id = `<${hex32(5).slice(0, 32)}>`
  return assemble(objects, `/Root 1 0 R /Encrypt 4 0 R /ID [${id} ${id}]`)
}

/** Writes numbered objects with a correct cross-reference table and trailer. */
export function assemble(objects: readonly string[], trailerEntries: string): Uint8Array {
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} ${trailerEntries} >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}
