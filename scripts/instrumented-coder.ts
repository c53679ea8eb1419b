/**
 * The event coder with its drop reasons recorded, for scripts/event-drops.ts and scripts/event-misses.ts.
 *
 * The coder itself is not changed: an instrumented copy of src/events/extract.ts is written to a temporary
 * folder (each `return null` of its coding step `code` records its line first; `code` is wrapped to record
 * every call: trigger, units, where, and the event or the line that dropped it; imports made absolute) and
 * imported from there, so the instrumentation costs nothing to the coder used everywhere else.
 */
import ts from 'typescript';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Doc } from '../src/core/doc.ts';

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const file = join(srcDir, 'events', 'extract.ts');
const source = readFileSync(file, 'utf8');
/** The lines of src/events/extract.ts (1-based line `l` is `extractLines[l - 1]`), to print a drop line. */
export const extractLines = source.split('\n');

/** One call of the coding step: the trigger match, and the event it gave or the `return null` line that dropped it (0 if none). */
export interface CoderCall {
  trigger: { code: string; text?: string };
  units: { start: number; end: number }[];
  t0: number;
  t1: number;
  ev: { code: string } | null;
  line: number;
}

/** Offsets of the `return null` statements whose nearest enclosing function is `code`. */
function dropReturns(text: string, who: string): number[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: number[] = [];
  let codeFn: ts.FunctionDeclaration | undefined;
  sf.forEachChild((n) => {
    if (ts.isFunctionDeclaration(n) && n.name?.text === 'code') codeFn = n;
  });
  if (!codeFn) throw new Error(`${who}: no function code() in extract.ts`);
  const visit = (n: ts.Node, inCode: boolean) => {
    if (ts.isReturnStatement(n) && inCode && n.expression && n.expression.kind === ts.SyntaxKind.NullKeyword) out.push(n.getStart(sf));
    const fnLike = ts.isFunctionLike(n) && n !== codeFn;
    n.forEachChild((c) => visit(c, inCode && !fnLike));
  };
  visit(codeFn, true);
  return out;
}

function instrument(who: string): string {
  let text = source;
  for (const p of dropReturns(text, who).sort((a, b) => b - a)) {
    const line = text.slice(0, p).split('\n').length;
    text = text.slice(0, p) + `return ((globalThis as any).__eventDrop = ${line}, null)` + text.slice(p + 'return null'.length);
  }
  // The wrapper records each call of code(): its trigger, where, and what came of it.
  text = text.replace(/\nfunction code\(/, '\nfunction codeInner(');
  text += `
function code(...a: Parameters<typeof codeInner>): ReturnType<typeof codeInner> {
  const g = globalThis as any;
  g.__eventDrop = 0;
  const r = codeInner(...a);
  g.__eventCalls?.push({ trigger: a[0], units: a[1], t0: a[2], t1: a[3], ev: r, line: r ? 0 : g.__eventDrop });
  return r;
}
`;
  text = text.replace(/from '\.\.\/([^']+)'/g, (_, p) => `from '${pathToFileURL(join(srcDir, p)).href}'`);
  text = text.replace(/from '\.\/([^']+)'/g, (_, p) => `from '${pathToFileURL(join(srcDir, 'events', p)).href}'`);
  return text;
}

/**
 * Runs `fn` with `callsOf(doc)`, which codes the events of `doc` (a Doc analysed up to the events stage) with the
 * instrumented copy and returns every call of its coding step. The temporary copy is removed afterwards.
 * `who` names the script in errors and in the temporary folder's name.
 */
export async function withInstrumentedCoder<T>(who: string, fn: (callsOf: (doc: Doc) => CoderCall[]) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `${who}-`));
  try {
    const copy = join(dir, 'extract.ts');
    writeFileSync(copy, instrument(who));
    const mod = (await import(pathToFileURL(copy).href)) as typeof import('../src/events/extract.ts');
    const g = globalThis as { __eventCalls?: CoderCall[] };
    return await fn((doc) => {
      const calls: CoderCall[] = [];
      g.__eventCalls = calls;
      mod.extractEvents(doc);
      return calls;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
