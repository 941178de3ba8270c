#!/usr/bin/env node
// Entry point for the `scrutiny` command: loads the TypeScript sources through tsx.
import './typescript.js'

await import('../src/cli.ts')
