/**
 * Runs several `marsad` command lines in one process (modules load once) and writes
 * their exit codes and output as JSON. Used by cli.test.ts.
 * Usage: node --import tsx test/ingest/cli-runner.ts OUT.json '[["ingest", "dir"], ["search", "x"]]'
 */
import { writeFileSync } from 'node:fs';
import { main } from '../../src/cli/main.ts';

const [outFile, json] = process.argv.slice(2);
const runs: { code: number; out: string; err: string }[] = [];
const ow = process.stdout.write.bind(process.stdout);
const ew = process.stderr.write.bind(process.stderr);
for (const args of JSON.parse(json!) as string[][]) {
  let out = '';
  let err = '';
  process.stdout.write = ((s: string | Uint8Array) => { out += String(s); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => { err += String(s); return true; }) as typeof process.stderr.write;
  process.exitCode = undefined;
  let code: number;
  try {
    code = await main(['node', 'marsad', ...args]);
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
  runs.push({ code, out, err });
}
process.exitCode = 0;
writeFileSync(outFile!, JSON.stringify(runs));
