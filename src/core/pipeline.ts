/**
 * Pipelines: stages are named functions `Doc -> Doc` that declare which layers they
 * `requires` and `assigns`. A pipeline is one explicit ordered list, checked when it is
 * built: a stage whose requirement no earlier stage assigns is a clear error.
 */
import { type Doc, type DocMeta, createDoc } from './doc.ts';
import { MarsadError } from './errors.ts';

export interface Stage {
  readonly name: string;
  readonly requires: readonly string[];
  readonly assigns: readonly string[];
  readonly run: (doc: Doc) => Doc;
}

export function defineStage(stage: Stage): Stage {
  if (!/^[a-z][a-z0-9_-]*$/.test(stage.name)) throw new MarsadError('E_PIPELINE', `bad stage name ${JSON.stringify(stage.name)}`);
  return Object.freeze({ ...stage, requires: [...stage.requires], assigns: [...stage.assigns] });
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage in order over a new Doc for `text`. */
  (text: string, meta?: Partial<DocMeta>): Doc;
  /** Runs every stage over an existing Doc. */
  runDoc(doc: Doc): Doc;
}

/** Builds a pipeline, checking names are unique and every requirement is assigned earlier. */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const have = new Set<string>();
  const names = new Set<string>();
  for (const s of stages) {
    if (names.has(s.name)) throw new MarsadError('E_PIPELINE', `stage "${s.name}" appears twice in the pipeline`);
    names.add(s.name);
    const missing = s.requires.filter((r) => !have.has(r));
    if (missing.length) {
      const order = stages.map((x) => x.name).join(' -> ');
      throw new MarsadError('E_PIPELINE', `stage "${s.name}" requires layer(s) ${missing.join(', ')} that no earlier stage assigns (pipeline: ${order})`);
    }
    for (const a of s.assigns) have.add(a);
  }
  const runDoc = (doc: Doc): Doc => {
    let d = doc;
    for (const s of stages) {
      const out = s.run(d);
      if (!out || typeof out !== 'object' || typeof (out as Doc).text !== 'string') {
        throw new MarsadError('E_STAGE', `stage "${s.name}" did not return a Doc`);
      }
      if (out.text !== doc.text) throw new MarsadError('E_STAGE', `stage "${s.name}" changed the original text`);
      d = out;
    }
    return d;
  };
  const p = ((text: string, meta?: Partial<DocMeta>) => runDoc(createDoc(text, meta))) as Pipeline;
  Object.defineProperty(p, 'stages', { value: Object.freeze([...stages]) });
  p.runDoc = runDoc;
  return p;
}
