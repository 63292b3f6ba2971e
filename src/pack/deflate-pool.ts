import { Worker } from 'node:worker_threads';
import { deflateBatch, strategyOf, type DeflatedBatch } from './deflate.js';

// A worker's garbage is its batches and zlib's per-file buffers, dead as soon as made: V8's default young generation
// lets it pile up per worker before collecting, and a small one collects it no slower.
const WORKER_YOUNG_MB = 2;

// strategyOf is declared under the name the bundler gave it: the name deflateBatch's source calls it by.
const DEFLATER = `
const zlib = require('node:zlib');
const { parentPort } = require('node:worker_threads');
const ${strategyOf.name} = ${strategyOf.toString()};
const deflateBatch = ${deflateBatch.toString()};
parentPort.on('message', ({ raw, sizes }) => {
  const deflated = deflateBatch(zlib, new Uint8Array(raw), sizes);
  parentPort.postMessage(deflated, [deflated.data.buffer, deflated.sums.buffer]);
});
`;

/** Deflates a batch of files, `raw` holding their bytes back to back, each of its size in `sizes`. */
export type BatchDeflater = (raw: Uint8Array, sizes: number[]) => Promise<DeflatedBatch>;

/** A batch waiting for a worker, or being deflated by one. */
interface PoolTask {
  raw: Uint8Array;
  sizes: number[];
  resolve: (deflated: DeflatedBatch) => void;
  reject: (error: unknown) => void;
}

/**
 * Worker threads that deflate batches: one zlib stream per small file costs more in setting up than in compressing,
 * so batches of small files go to workers whole while the main thread reads and writes; the thread pool's async zlib
 * would cost one round trip per file.
 */
export function deflatePool(count: number): { deflate: BatchDeflater; close: () => Promise<void> } {
  const queue: PoolTask[] = [];
  const busy = new Map<Worker, PoolTask>();
  const idle: Worker[] = [];
  let alive = count;
  let stopped: Error | undefined;
  const next = (worker: Worker): void => {
    const task = queue.shift();
    if (!task) {
      busy.delete(worker);
      idle.push(worker);
      return;
    }
    busy.set(worker, task);
    worker.postMessage({ raw: task.raw.buffer, sizes: task.sizes }, [task.raw.buffer as ArrayBuffer]);
  };
  // A worker that stops (an error, or out of memory) fails its task; when none is left, every task waiting fails too,
  // rather than waiting forever.
  const lost = (worker: Worker, error: Error): void => {
    const waiting = idle.indexOf(worker);
    if (waiting >= 0) idle.splice(waiting, 1);
    // Neither idle nor busy: already counted ('error' is followed by 'exit'), or terminated by close().
    else if (!busy.has(worker)) return;
    busy.get(worker)?.reject(error);
    busy.delete(worker);
    if (--alive > 0) return;
    stopped = error;
    for (const task of queue.splice(0)) task.reject(error);
  };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(DEFLATER, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.on('message', (deflated: DeflatedBatch) => {
      busy.get(worker)?.resolve(deflated);
      next(worker);
    });
    worker.on('error', (error) => lost(worker, error));
    worker.on('exit', (code) => lost(worker, new Error(`a deflate worker stopped (exit code ${code})`)));
    idle.push(worker);
    return worker;
  });
  return {
    deflate: (raw, sizes) =>
      new Promise((resolve, reject) => {
        if (stopped) return reject(stopped);
        queue.push({ raw, sizes, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
      }),
    close: async () => {
      // Terminated on purpose: not a loss.
      idle.splice(0);
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
