import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { packZip } from '../../src/pack/zip.js';
import { readSource } from '../../src/pack/source.js';
import { incompressible, tree } from '../support/fixtures.js';

// A zip file whose disk fills up after `room` bytes, as a runner's can.
const disk = vi.hoisted(() => ({ room: Infinity }));
vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>();
  const createWriteStream = (file: string) => {
    let written = 0;
    const real = actual.createWriteStream(file);
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        // Asynchronously, as a file's write fails.
        const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        if (written > disk.room) setImmediate(() => done(full));
        else real.write(chunk, done);
      },
      final(done) {
        real.end(done);
      },
      destroy(error, done) {
        real.destroy();
        done(error);
      },
    });
  };
  return { ...actual, default: { ...actual, createWriteStream }, createWriteStream };
});

const openFiles = () => readdirSync('/proc/self/fd').length;

describe('packing when the zip cannot be written', () => {
  it('fails with the write error and closes every file, wherever the disk fills up, strategy switches included', async () => {
    const MiB = 1024 * 1024;
    // Files deflated ahead of their turn in the thread pool, some just under 1 MiB deflated, with small files between,
    // so that writes of every size are under way when the disk fills.
    const dir = tree(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`python/a${i}.py`, `x = ${i}\n`.repeat(i * 50)])));
    [1000, 700, 1020, 400, 1023].forEach((kib, i) =>
      writeFileSync(path.join(dir, `python/a${i * 8}.bin`), incompressible(kib * 1024, kib)),
    );
    // Over the 32 MiB of read-ahead, so it is streamed straight into the zip; its segments alternate between bytes
    // that compress and bytes that do not, so deflate changes strategy at every MiB.
    const text = Buffer.from('def handler(event):\n    return {"n": len(event)}\n'.repeat(MiB / 40)).subarray(0, MiB);
    writeFileSync(
      path.join(dir, 'python/big.bin'),
      Buffer.concat(Array.from({ length: 34 }, (_, i) => (i % 2 ? text : incompressible(MiB, i)))),
    );
    const files = await readSource('layer-path', dir);
    const before = openFiles();
    disk.room = Infinity;
    const { size } = await packZip(files, path.join(os.tmpdir(), `full-${process.pid}.zip`));
    for (let room = 0; room < size; room += 0.7 * MiB + 4099) {
      disk.room = room;
      await expect(packZip(files, path.join(os.tmpdir(), `full-${process.pid}.zip`)), `room ${room}`).rejects.toThrow('ENOSPC');
      // Closing runs in the thread pool: it may end just after the pack has failed.
      await vi.waitFor(() => expect(openFiles(), `room ${room}`).toBe(before), { timeout: 5000 });
    }
  }, 60_000);
});
