import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { packZip } from '../../src/pack/zip.js';
import { readSource } from '../../src/pack/source.js';
import { tree } from '../support/fixtures.js';

// Deflate workers that stop as soon as they are given work, as one killed by running out of memory would.
vi.mock('node:worker_threads', () => ({
  Worker: class extends EventEmitter {
    postMessage(): void {
      setImmediate(() => this.emit('exit', 134));
    }
    terminate(): Promise<number> {
      return Promise.resolve(1);
    }
  },
}));
vi.mock('node:os', async (original) => {
  const actual = await original<typeof import('node:os')>();
  // Two cores at least, so the pack uses workers wherever the test runs.
  return { default: { ...actual, availableParallelism: () => 2 } };
});

describe('packing when a deflate worker stops', () => {
  it('fails the pack, naming the stop, instead of waiting forever', async () => {
    const files: Record<string, string> = {};
    // Over the 4 MiB of small files from which a pack uses worker threads.
    for (let i = 0; i < 300; i++) files[`python/m${i}.py`] = `x = ${i}\n`.repeat(2500);
    const dir = tree(files);
    await expect(packZip(await readSource('layer-path', dir), path.join(os.tmpdir(), `w-${process.pid}.zip`))).rejects.toThrow(
      'a deflate worker stopped (exit code 134)',
    );
  });
});
