/**
 * The NER tagger: lexicon + feature extractor + weights, and its file format.
 *
 * File (`models/ner/ner.bin`), gzip-compressed:
 *   magic "MRSDNER1" | u32 header length | header JSON (labels, rowBits, feature config,
 *   lexicon, rows, training summary) | padding to 4 bytes |
 *   Uint32[rows] row keys (hash & mask) | Float32[rows] row scales |
 *   Int8[rows * L] weights (value = scale * q / 127) | padding | Float32[(L+1)*L] transitions
 * Weights are quantised per row to 8 bits: a 17-label row costs 25 bytes.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MarsadError } from '../core/errors.ts';
import { repoPath } from '../core/paths.ts';
import { bioesToBio } from './conll.ts';
import { DEFAULT_FEATURES, FeatureExtractor, type FeatureConfig } from './features.ts';
import { Lexicon, type LexiconData } from './lexicon.ts';
import { Weights } from './model.ts';

const MAGIC = 'MRSDNER1';

export const DEFAULT_MODEL_PATH = (): string => repoPath('models', 'ner', 'ner.bin');

export interface ModelHeader {
  format: 'marsad.ner/1';
  labels: string[];
  rowBits: number;
  features: FeatureConfig;
  lexicon: LexiconData;
  rows: number;
  /** Free-form training summary (data, epochs, dev score, seed). */
  info?: Record<string, unknown>;
}

export interface Tagged {
  /** BIO2 tags, one per token. */
  tags: string[];
  /** Posterior of each token's label (only with `confidence: true`). */
  confidence?: Float64Array;
}

export class Tagger {
  readonly weights: Weights;
  readonly fx: FeatureExtractor;
  readonly lexicon: Lexicon;
  info: Record<string, unknown>;
  private e = new Float32Array(0);
  private path = new Int32Array(0);

  constructor(weights: Weights, lexicon: Lexicon, features: FeatureConfig = DEFAULT_FEATURES, info: Record<string, unknown> = {}) {
    this.weights = weights;
    this.lexicon = lexicon;
    this.fx = new FeatureExtractor(lexicon, features);
    this.info = info;
  }

  /** Label ids for a sentence (raw tokens). */
  decode(tokens: readonly string[]): Int32Array {
    const n = tokens.length;
    if (n === 0) return new Int32Array(0);
    const L = this.weights.L;
    if (this.e.length < n * L) this.e = new Float32Array(n * L * 2);
    if (this.path.length < n) this.path = new Int32Array(n * 2);
    const { feats, starts } = this.fx.extract(tokens);
    this.weights.emissions(feats, starts, n, this.e);
    return this.weights.viterbi(this.e, n, this.path).subarray(0, n);
  }

  /** BIO2 tags for a sentence of raw tokens (tokens as given, no re-tokenisation). */
  tag(tokens: readonly string[], opts: { confidence?: boolean } = {}): Tagged {
    const n = tokens.length;
    if (n === 0) return { tags: [] };
    const ids = this.decode(tokens);
    const labels = this.weights.labels;
    const bioes = Array.from(ids, (i) => labels[i]!);
    const out: Tagged = { tags: bioesToBio(bioes) };
    if (opts.confidence) {
      out.confidence = this.weights.marginals(this.e, n, ids, 1);
    }
    return out;
  }

  /** Serialises the model (8-bit per-row quantised weights), gzip-compressed. */
  toBuffer(): Buffer {
    const W = this.weights;
    if (!W.rowIndex) throw new MarsadError('E_MODEL', 'only compacted (trained) weights can be saved');
    const L = W.L;
    const rowsTotal = W.mask + 1;
    const keys: number[] = [];
    for (let r = 0; r < rowsTotal; r++) if (W.rowIndex[r]! >= 0) keys.push(r);
    const rows = keys.length;
    const header: ModelHeader = {
      format: 'marsad.ner/1',
      labels: W.labels,
      rowBits: Math.log2(rowsTotal),
      features: this.fx.cfg,
      lexicon: this.lexicon.data,
      rows,
      info: this.info,
    };
    const hjson = Buffer.from(JSON.stringify(header), 'utf8');
    const pad = (x: number) => (4 - (x % 4)) % 4;
    const head = 8 + 4 + hjson.length;
    const p1 = pad(head);
    const q = rows * L;
    const p2 = pad(q);
    const size = head + p1 + rows * 4 + rows * 4 + q + p2 + W.trans.length * 4;
    const buf = Buffer.alloc(size);
    buf.write(MAGIC, 0, 'latin1');
    buf.writeUInt32LE(hjson.length, 8);
    hjson.copy(buf, 12);
    let o = head + p1;
    const keyArr = new Uint32Array(buf.buffer, buf.byteOffset + o, rows);
    o += rows * 4;
    const scales = new Float32Array(buf.buffer, buf.byteOffset + o, rows);
    o += rows * 4;
    const qw = new Int8Array(buf.buffer, buf.byteOffset + o, q);
    o += q + p2;
    const tr = new Float32Array(buf.buffer, buf.byteOffset + o, W.trans.length);
    for (let k = 0; k < rows; k++) {
      const r = keys[k]!;
      keyArr[k] = r;
      const src = W.rowIndex[r]! * L;
      let m = 0;
      for (let l = 0; l < L; l++) m = Math.max(m, Math.abs(W.w[src + l]!));
      scales[k] = m;
      for (let l = 0; l < L; l++) qw[k * L + l] = m ? Math.round((W.w[src + l]! / m) * 127) : 0;
    }
    tr.set(W.trans);
    return gzipSync(buf, { level: 9 });
  }

  save(path = DEFAULT_MODEL_PATH()): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, this.toBuffer());
  }

  static fromBuffer(gz: Buffer, name = 'model'): Tagger {
    let buf: Buffer;
    try {
      buf = gunzipSync(gz);
    } catch {
      throw new MarsadError('E_MODEL', `${name}: not a gzip-compressed Marsad NER model`);
    }
    if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new MarsadError('E_MODEL', `${name}: bad magic (not a Marsad NER model)`);
    const hlen = buf.readUInt32LE(8);
    let header: ModelHeader;
    try {
      header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as ModelHeader;
    } catch {
      throw new MarsadError('E_MODEL', `${name}: corrupt header`);
    }
    if (header.format !== 'marsad.ner/1') throw new MarsadError('E_MODEL', `${name}: unsupported format ${String(header.format)}`);
    const L = header.labels.length;
    const rows = header.rows;
    const head = 12 + hlen;
    const pad = (x: number) => (4 - (x % 4)) % 4;
    let o = head + pad(head);
    const q = rows * L;
    const need = o + rows * 8 + q + pad(q) + (L + 1) * L * 4;
    if (buf.length !== need) throw new MarsadError('E_MODEL', `${name}: truncated or corrupt (size ${buf.length}, expected ${need})`);
    // Copy into aligned typed arrays.
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
    const keys = new Uint32Array(ab, o, rows);
    o += rows * 4;
    const scales = new Float32Array(ab, o, rows);
    o += rows * 4;
    const qw = new Int8Array(ab, o, q);
    o += q + pad(q);
    const trans = new Float32Array(ab.slice(o, o + (L + 1) * L * 4));
    const rowIndex = new Int32Array(1 << header.rowBits).fill(-1);
    const w = new Float32Array(q);
    for (let k = 0; k < rows; k++) {
      rowIndex[keys[k]!] = k;
      const s = scales[k]! / 127;
      for (let l = 0; l < L; l++) w[k * L + l] = qw[k * L + l]! * s;
    }
    const weights = new Weights(header.labels, header.rowBits, w, rowIndex, trans);
    return new Tagger(weights, new Lexicon(header.lexicon), header.features, header.info ?? {});
  }

  static load(path = DEFAULT_MODEL_PATH()): Tagger {
    let gz: Buffer;
    try {
      gz = readFileSync(path);
    } catch {
      throw new MarsadError('E_MODEL', `NER model not found at ${path} (train one with \`marsad train-ner\`)`);
    }
    return Tagger.fromBuffer(gz, path);
  }
}

let cached: Tagger | null = null;

/** The committed model, loaded once on first use. */
export function defaultTagger(): Tagger {
  if (!cached) cached = Tagger.load();
  return cached;
}
