// Preloaded (`node --import`) into a process whose memory bench/import-pdf.ts measures: as the
// process exits, writes its peak RSS in kilobytes, as the kernel counts it, to file descriptor 3.
// Plain JavaScript so that it loads before, and without, tsx.
import { writeSync } from 'node:fs'
import process from 'node:process'

process.on('exit', () => writeSync(3, `${JSON.stringify({ peakKb: process.resourceUsage().maxRSS })}\n`))
