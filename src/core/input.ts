/**
 * Reading user input safely: bytes -> text with clear errors, never a crash.
 * Checks: missing file, empty input, binary content (NUL bytes), invalid UTF-8 (strict
 * decoder), and a size limit (default 10 MiB, MARSAD_MAX_INPUT_BYTES to change).
 */
import { readFileSync, statSync } from 'node:fs';
import { MarsadError } from './errors.ts';

export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

export function maxInputBytes(): number {
  const v = Number(process.env.MARSAD_MAX_INPUT_BYTES);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_MAX_INPUT_BYTES;
}

/** Decodes bytes as UTF-8 (BOM dropped) or throws a MarsadError saying why not. */
export function decodeInput(bytes: Uint8Array, name = 'input', limit = maxInputBytes()): string {
  if (bytes.length > limit) {
    throw new MarsadError('E_INPUT_TOO_LARGE', `${name} is ${bytes.length} bytes, larger than the limit of ${limit} bytes (set MARSAD_MAX_INPUT_BYTES to raise it)`);
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (sample.includes(0)) throw new MarsadError('E_INPUT_BINARY', `${name} looks binary (it contains NUL bytes); expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new MarsadError('E_INPUT_ENCODING', `${name} is not valid UTF-8 (first bad byte at offset ${at}); convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8`);
  }
  if (text.trim().length === 0) throw new MarsadError('E_INPUT_EMPTY', `${name} is empty (no text to analyse)`);
  return text;
}

/** Reads a file, or standard input for '-'. */
export async function readInput(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    const limit = maxInputBytes();
    for await (const c of process.stdin) {
      const b = c as Buffer;
      size += b.length;
      if (size > limit) throw new MarsadError('E_INPUT_TOO_LARGE', `standard input is larger than the limit of ${limit} bytes (set MARSAD_MAX_INPUT_BYTES to raise it)`);
      chunks.push(b);
    }
    return decodeInput(Buffer.concat(chunks), 'standard input');
  }
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new MarsadError('E_INPUT_NOT_FOUND', `cannot read ${path}: no such file`);
  }
  if (st.isDirectory()) throw new MarsadError('E_USAGE', `${path} is a directory; give a file (or use \`marsad ingest\` for folders)`);
  if (st.size > maxInputBytes()) {
    throw new MarsadError('E_INPUT_TOO_LARGE', `${path} is ${st.size} bytes, larger than the limit of ${maxInputBytes()} bytes (set MARSAD_MAX_INPUT_BYTES to raise it)`);
  }
  return decodeInput(readFileSync(path), path);
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

/** Validates a YYYY-MM-DD date (or full ISO timestamp) and returns it as given. */
export function checkDate(s: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) || Number.isNaN(new Date(s).getTime())) {
    throw new MarsadError('E_INPUT_DATE', `invalid date ${JSON.stringify(s)}: use YYYY-MM-DD`);
  }
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  const dt = new Date(Date.UTC(y!, m! - 1, d!));
  if (dt.getUTCMonth() !== m! - 1 || dt.getUTCDate() !== d) throw new MarsadError('E_INPUT_DATE', `invalid date ${JSON.stringify(s)}: no such day`);
  return s;
}
