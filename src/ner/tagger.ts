/**
 * The NER tagger: lexicon + feature extractor + weights, and its file format.
 *
 * File (`models/ner/ner.bin`), gzip-compressed:
 *   magic "MRSDNER1" | u32 header length | header JSON (labels, rowBits, feature config,
 *   lexicon, rows per block, window, training summary) | padding to 4 bytes |
 *   then one block per pass (first pass, then the optional second pass):
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
import { DEFAULT_FEATURES, FeatureExtractor, GOFF, type FeatureConfig } from './features.ts';
import { mix } from './hash.ts';
import { Lexicon, type LexiconData } from './lexicon.ts';
import { addQuantRow, quantTable, touched, Weights } from './model.ts';
import { nonlocalAtoms } from './nonlocal.ts';

const MAGIC = 'MRSDNER1';

/** Chosen so that mean entity confidence roughly matches precision on AQMAR dev (held out). */
export const CONFIDENCE_TEMPERATURE = 32;

export const DEFAULT_MODEL_PATH = (): string => repoPath('models', 'ner', 'ner.bin');

export interface ModelHeader {
  format: 'marsad.ner/1';
  labels: string[];
  rowBits: number;
  features: FeatureConfig;
  lexicon: LexiconData;
  /** Rows kept per weight block: [first pass] or [first pass, second pass]. */
  blocks: number[];
  /** Second pass: window (tokens each side) of neighbouring sentences when there are no documents. */
  window: number;
  /** Added to every entity label's score in the final pass (trades precision for recall; tuned on dev). */
  entityBias?: number;
  /** Free-form training summary (data, epochs, dev score, seed). */
  info?: Record<string, unknown>;
}

export interface Tagged {
  /** BIO2 tags, one per token. */
  tags: string[];
  /** Posterior of each token's label (only with `confidence: true`). */
  confidence?: Float64Array;
}

/**
 * Confidences: `true` for every sentence, `'entities'` only for sentences with at least one
 * entity (the others get none: forward-backward is the costliest step), `false` for none.
 */
export type Confidence = boolean | 'entities';

type Positional = ReturnType<FeatureExtractor['extractPositional']>;

function hasEntity(tags: readonly string[]): boolean {
  for (let i = 0; i < tags.length; i++) if (tags[i] !== 'O') return true;
  return false;
}

const pad4 = (x: number) => (4 - (x % 4)) % 4;

function blockSize(rows: number, L: number): number {
  return rows * 8 + rows * L + pad4(rows * L) + (L + 1) * L * 4;
}

function writeBlock(W: Weights, buf: Buffer, o: number): number {
  const L = W.L;
  const ri = W.rowIndex!;
  const keys: number[] = [];
  for (let r = 0; r <= W.mask; r++) if (ri[r]! >= 0) keys.push(r);
  const rows = keys.length;
  const keyArr = new Uint32Array(buf.buffer, buf.byteOffset + o, rows);
  const scales = new Float32Array(buf.buffer, buf.byteOffset + o + rows * 4, rows);
  const qw = new Int8Array(buf.buffer, buf.byteOffset + o + rows * 8, rows * L);
  const tr = new Float32Array(buf.buffer, buf.byteOffset + o + rows * 8 + rows * L + pad4(rows * L), (L + 1) * L);
  for (let k = 0; k < rows; k++) {
    const r = keys[k]!;
    keyArr[k] = r;
    const src = ri[r]! * L;
    let m = 0;
    for (let l = 0; l < L; l++) m = Math.max(m, Math.abs(W.w[src + l]!));
    scales[k] = m;
    for (let l = 0; l < L; l++) qw[k * L + l] = m ? Math.round((W.w[src + l]! / m) * 127) : 0;
  }
  tr.set(W.trans);
  return o + blockSize(rows, L);
}

function readBlock(ab: ArrayBuffer, o: number, rows: number, labels: string[], rowBits: number): Weights {
  const L = labels.length;
  const keys = new Uint32Array(ab, o, rows);
  const scales = new Float32Array(ab, o + rows * 4, rows);
  const qw = new Int8Array(ab, o + rows * 8, rows * L);
  const to = o + rows * 8 + rows * L + pad4(rows * L);
  const trans = new Float32Array(ab.slice(to, to + (L + 1) * L * 4));
  // inference reads the quantised table alone; the float rows and their index are built on first use
  return new Weights(labels, rowBits, undefined, undefined, trans, quantTable(keys, scales, qw, L, (1 << rowBits) - 1));
}

function countRows(W: Weights): number {
  let n = 0;
  for (let r = 0; r <= W.mask; r++) if (W.rowIndex![r]! >= 0) n++;
  return n;
}

export class Tagger {
  /** First pass. */
  readonly weights: Weights;
  /** Second pass with document-level features, or null. */
  readonly second: Weights | null;
  readonly window: number;
  readonly fx: FeatureExtractor;
  readonly lexicon: Lexicon;
  info: Record<string, unknown>;
  /** Scores are divided by this before computing confidences (perceptron scores are not log-probabilities). */
  temperature = CONFIDENCE_TEMPERATURE;
  /** Added to the score of every non-O label in the final pass (see `ModelHeader.entityBias`). */
  entityBias = 0;
  private e = new Float32Array(0);
  private path = new Int32Array(0);

  constructor(weights: Weights, lexicon: Lexicon, features: FeatureConfig = DEFAULT_FEATURES, info: Record<string, unknown> = {}, second: Weights | null = null, window = 0) {
    this.weights = weights;
    this.second = second;
    this.window = window;
    this.lexicon = lexicon;
    this.fx = new FeatureExtractor(lexicon, features);
    this.info = info;
  }

  /**
   * Viterbi labels for one sentence. Token-local feature scores are cached per word form
   * (`FeatureExtractor.vectorChunk`), so each token costs a few vector additions plus its
   * positional features: the same scores as summing every feature, much faster.
   */
  private run(W: Weights, tokens: readonly string[], extra?: readonly (Uint32Array | null)[], bias = 0, pos?: Positional): Int32Array {
    const n = tokens.length;
    const L = W.L;
    if (this.e.length < n * L) this.e = new Float32Array(n * L * 2);
    if (this.path.length < n) this.path = new Int32Array(n * 2);
    const e = this.e;
    const { feats, starts, infos } = pos ?? this.fx.extractPositional(tokens);
    W.emissions(feats, starts, n, e);
    if (extra) this.addExtra(W, extra, n, e);
    const slot = W === this.weights ? 0 : 1;
    const win = this.fx.cfg.window;
    const fx = this.fx;
    // the token vectors (computed where missing), first read in a loop of independent loads
    // so that their cache misses overlap (see `touchQuantRows`)
    const size = L * (1 + 2 * win);
    let x = 0;
    for (let j = 0; j < n; j++) {
      const t = infos[j]!;
      const v = fx.vectorChunk(t, slot, W);
      const vo = slot ? t.o1 : t.o0;
      for (let k = 0; k < size; k += 16) x += v[vo + k]!;
    }
    touched.x += x;
    for (let j = 0; j < n; j++) {
      const t = infos[j]!;
      const v = (slot ? t.v1 : t.v0)!;
      const vo = slot ? t.o1 : t.o0;
      const bj = j * L;
      for (let l = 0; l < L; l++) e[bj + l] += v[vo + l]!;
      let b = vo + L;
      for (let o = -win; o <= win; o++) {
        if (o === 0) continue;
        const i = j - o;
        if (i >= 0 && i < n) {
          const bi = i * L;
          for (let l = 0; l < L; l++) e[bi + l] += v[b + l]!;
        }
        b += L;
      }
    }
    if (bias) {
      const isO = this.isO(W);
      for (let i = 0; i < n; i++) for (let l = 0; l < L; l++) if (!isO[l]) e[i * L + l] += bias;
    }
    return W.viterbi(e, n, this.path).subarray(0, n);
  }

  /** Score vectors of document-level atom sets (few distinct sets), per weight set. */
  private extraCache: Map<number, Float32Array>[] = [new Map(), new Map()];

  /** Adds the scores of the `extra` atoms (seen from offsets -1, 0, +1), cached per atom set. */
  private addExtra(W: Weights, extra: readonly (Uint32Array | null)[], n: number, e: Float32Array): void {
    const L = W.L;
    const cache = this.extraCache[W === this.weights ? 0 : 1]!;
    for (let j = 0; j < n; j++) {
      const x = extra[j];
      if (!x || !x.length) continue;
      let key = x.length;
      for (let k = 0; k < x.length; k++) key = mix(key, x[k]!);
      let v = cache.get(key);
      if (!v) {
        v = new Float32Array(3 * L);
        const qt = W.quant;
        for (let o = -1; o <= 1; o++) {
          for (let k = 0; k < x.length; k++) {
            const h = mix(x[k]!, GOFF[o + 1]!);
            // weights read from a model file: the same values from the quantised table
            if (qt) {
              addQuantRow(qt, h, v, (o + 1) * L, L);
              continue;
            }
            const r = W.rowOf(h);
            if (r < 0) continue;
            for (let l = 0; l < L; l++) v[(o + 1) * L + l] += W.w[r + l]!;
          }
        }
        if (cache.size > 100_000) cache.clear();
        cache.set(key, v);
      }
      // token j's atoms reach token i = j - o at offset o
      for (let o = -1; o <= 1; o++) {
        const i = j - o;
        if (i < 0 || i >= n) continue;
        const bi = i * L;
        const bv = (o + 1) * L;
        for (let l = 0; l < L; l++) e[bi + l] += v[bv + l]!;
      }
    }
  }

  /** Emission scores by summing every feature (the training path); for tests. */
  emissionsSlowExtra(tokens: readonly string[], extra: readonly (Uint32Array | null)[]): Float32Array {
    const W = this.second ?? this.weights;
    const { feats, starts } = this.fx.extract(tokens, extra);
    return W.emissions(feats, starts, tokens.length);
  }

  /** Emission scores of the fast path with document-level atoms; for tests. */
  emissionsFastExtra(tokens: readonly string[], extra: readonly (Uint32Array | null)[]): Float32Array {
    const W = this.second ?? this.weights;
    this.run(W, tokens, extra);
    return this.e.slice(0, tokens.length * W.L);
  }

  /** Emission scores by summing every feature (the training path); for tests. */
  emissionsSlow(tokens: readonly string[], second = false): Float32Array {
    const W = second && this.second ? this.second : this.weights;
    const { feats, starts } = this.fx.extract(tokens);
    return W.emissions(feats, starts, tokens.length);
  }

  /** Emission scores of the fast path (`run`); for tests. */
  emissionsFast(tokens: readonly string[]): Float32Array {
    this.run(this.weights, tokens);
    return this.e.slice(0, tokens.length * this.weights.L);
  }

  private oMasks = new WeakMap<Weights, Uint8Array>();

  /** 1 for the label `O`, per label of `W`. */
  private isO(W: Weights): Uint8Array {
    let m = this.oMasks.get(W);
    if (!m) this.oMasks.set(W, (m = Uint8Array.from(W.labels, (l) => (l === 'O' ? 1 : 0))));
    return m;
  }

  private bioCache = new WeakMap<Weights, string[]>();

  /**
   * BIOES label ids to BIO2 tags. A path that obeys the BIOES constraints (every Viterbi
   * path does) maps label by label (B,S -> B-; I,E -> I-); anything else goes through
   * `bioesToBio`, which gives the same tags on valid paths.
   */
  private toBio(W: Weights, ids: Int32Array): string[] {
    const L = W.L;
    const am = W.allowedMask;
    const n = ids.length;
    let prev = L;
    for (let i = 0; i < n; i++) {
      const c = ids[i]!;
      if (!am[prev * L + c]) return bioesToBio(Array.from(ids, (x) => W.labels[x]!));
      prev = c;
    }
    if (n && W.final[prev]! < 0) return bioesToBio(Array.from(ids, (x) => W.labels[x]!));
    let map = this.bioCache.get(W);
    if (!map) {
      map = W.labels.map((l) => (l === 'O' || l.length < 3 ? 'O' : (l[0] === 'B' || l[0] === 'S' ? 'B-' : 'I-') + l.slice(2)));
      this.bioCache.set(W, map);
    }
    const out: string[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = map[ids[i]!]!;
    return out;
  }

  /** First-pass BIO2 tags for one sentence. */
  firstPass(tokens: readonly string[], pos?: Positional): string[] {
    if (!tokens.length) return [];
    return this.toBio(this.weights, this.run(this.weights, tokens, undefined, 0, pos));
  }

  /**
   * BIO2 tags for a document given as sentences of raw tokens (tokens as given, no
   * re-tokenisation). `window`: 0 = the sentences are one document; N = each sentence
   * sees N tokens of neighbouring sentences on each side (for corpora without document
   * boundaries). Defaults to the model's training window.
   */
  tagDocument(sents: readonly (readonly string[])[], opts: { window?: number; confidence?: Confidence } = {}): Tagged[] {
    const conf = opts.confidence ?? false;
    if (!this.second) {
      if (!conf && !this.entityBias) return sents.map((s) => ({ tags: this.firstPass(s) }));
      return sents.map((s) => this.tagWith(this.weights, s, undefined, conf));
    }
    // The position-dependent features are the same in both passes: extracted once.
    const pos = sents.map((s) => (s.length ? this.fx.extractPositional(s) : undefined));
    const first = sents.map((s, i) => this.firstPass(s, pos[i]));
    const atoms = nonlocalAtoms(this.fx, sents, first, opts.window ?? this.window, pos.map((p) => p?.infos));
    return sents.map((s, i) => this.tagWith(this.second!, s, atoms[i]!, conf, pos[i]));
  }

  private tagWith(W: Weights, tokens: readonly string[], extra: readonly (Uint32Array | null)[] | undefined, confidence: Confidence, pos?: Positional): Tagged {
    if (!tokens.length) return { tags: [] };
    const ids = this.run(W, tokens, extra, this.entityBias, pos);
    const out: Tagged = { tags: this.toBio(W, ids) };
    if (confidence === true || (confidence === 'entities' && hasEntity(out.tags))) {
      out.confidence = W.marginals(this.e, tokens.length, ids, this.temperature);
    }
    return out;
  }

  /** BIO2 tags for one sentence of raw tokens (the sentence is its own document). */
  tag(tokens: readonly string[], opts: { confidence?: Confidence; secondPass?: boolean } = {}): Tagged {
    if (!tokens.length) return { tags: [] };
    if (this.second && opts.secondPass !== false) {
      const pos = this.fx.extractPositional(tokens);
      const atoms = nonlocalAtoms(this.fx, [tokens], [this.firstPass(tokens, pos)], 0, [pos.infos]);
      return this.tagWith(this.second, tokens, atoms[0], opts.confidence ?? false, pos);
    }
    return this.tagWith(this.weights, tokens, undefined, opts.confidence ?? false);
  }

  /** Serialises the model (8-bit per-row quantised weights), gzip-compressed. */
  toBuffer(): Buffer {
    const blocks = this.second ? [this.weights, this.second] : [this.weights];
    for (const W of blocks) if (!W.rowIndex) throw new MarsadError('E_MODEL', 'only compacted (trained) weights can be saved');
    const L = this.weights.L;
    const rows = blocks.map(countRows);
    const header: ModelHeader = {
      format: 'marsad.ner/1',
      labels: this.weights.labels,
      rowBits: Math.log2(this.weights.mask + 1),
      features: this.fx.cfg,
      lexicon: this.lexicon.data,
      blocks: rows,
      window: this.window,
      entityBias: this.entityBias,
      info: this.info,
    };
    const hjson = Buffer.from(JSON.stringify(header), 'utf8');
    const head = 12 + hjson.length;
    let size = head + pad4(head);
    for (const r of rows) size += blockSize(r, L);
    const buf = Buffer.alloc(size);
    buf.write(MAGIC, 0, 'latin1');
    buf.writeUInt32LE(hjson.length, 8);
    hjson.copy(buf, 12);
    let o = head + pad4(head);
    for (const W of blocks) o = writeBlock(W, buf, o);
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
    if (header.format !== 'marsad.ner/1' || !Array.isArray(header.blocks) || !header.blocks.length) {
      throw new MarsadError('E_MODEL', `${name}: unsupported format ${String(header.format)}`);
    }
    const L = header.labels.length;
    const head = 12 + hlen;
    let o = head + pad4(head);
    let need = o;
    for (const r of header.blocks) need += blockSize(r, L);
    if (buf.length !== need) throw new MarsadError('E_MODEL', `${name}: truncated or corrupt (size ${buf.length}, expected ${need})`);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length) as ArrayBuffer;
    const blocks: Weights[] = [];
    for (const r of header.blocks) {
      blocks.push(readBlock(ab, o, r, header.labels, header.rowBits));
      o += blockSize(r, L);
    }
    const t = new Tagger(blocks[0]!, new Lexicon(header.lexicon), header.features, header.info ?? {}, blocks[1] ?? null, header.window ?? 0);
    t.entityBias = header.entityBias ?? 0;
    return t;
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
