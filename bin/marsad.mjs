#!/usr/bin/env node
// Thin launcher: runs the TypeScript sources through tsx (no build step needed).
import { register } from 'tsx/esm/api';

// A closed pipe (e.g. `marsad analyze x | head`) is not an error.
for (const s of [process.stdout, process.stderr]) s.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
