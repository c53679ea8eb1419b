/**
 * A pool of analysis worker threads. `run(article)` resolves with the store rows of the
 * analysed article; a job whose analysis throws rejects with the reason; a worker that
 * dies fails its current job and is replaced.
 *
 * With `size: 0` the analysis runs in the calling thread (small inputs, tests).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocRows } from '../store/rows.ts';
import { analyzeArticle, type JobTiming } from './analyze-job.ts';
import type { RawArticle } from './readers.ts';

export interface JobResult {
  rows: DocRows;
  timing: JobTiming;
}

interface Pending {
  resolve(r: JobResult): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  busy: number | null;
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export class AnalysisPool {
  readonly size: number;
  private slots: Slot[] = [];
  private queue: { seq: number; msg: { seq: number; text: string; meta: unknown } }[] = [];
  private pending = new Map<number, Pending>();
  private seq = 0;
  private closed = false;

  constructor(size = defaultPoolSize()) {
    this.size = Math.max(0, Math.floor(size));
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url));
    const slot: Slot = { worker, busy: null };
    worker.on('message', (m: { ready?: boolean; seq?: number; rows?: DocRows; timing?: JobTiming; error?: string }) => {
      if (m.ready) return; // messages posted before are queued by the port
      const p = this.pending.get(m.seq!);
      this.pending.delete(m.seq!);
      slot.busy = null;
      if (p) {
        if (m.error != null) p.reject(new Error(m.error));
        else p.resolve({ rows: m.rows!, timing: m.timing! });
      }
      this.pump();
    });
    const onDeath = (err: Error | number) => {
      if (slot.busy != null) {
        const p = this.pending.get(slot.busy);
        this.pending.delete(slot.busy);
        p?.reject(new Error(`analysis worker died: ${typeof err === 'number' ? `exit code ${err}` : err.message}`));
      }
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) {
        this.slots[i] = this.spawn();
      }
    };
    worker.on('error', onDeath);
    worker.on('exit', (code) => { if (!this.closed) onDeath(code); });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.busy != null) continue;
      const job = this.queue.shift()!;
      slot.busy = job.seq;
      slot.worker.postMessage(job.msg);
    }
  }

  run(a: Pick<RawArticle, 'text' | 'meta'>): Promise<JobResult> {
    if (this.size === 0) {
      try {
        const { rows, timing } = analyzeArticle(a);
        return Promise.resolve({ rows, timing });
      } catch (e) {
        return Promise.reject(e);
      }
    }
    const seq = ++this.seq;
    return new Promise<JobResult>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.queue.push({ seq, msg: { seq, text: a.text, meta: a.meta } });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    for (const p of this.pending.values()) p.reject(new Error('analysis pool closed'));
    this.pending.clear();
  }
}
