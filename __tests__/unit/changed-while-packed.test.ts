// A file of a folder that changes between the hash and the pack: the zip holds the bytes that were hashed, or the pack
// fails naming the file. The file changes at a chosen point between the calls, so nothing depends on timing.
import { appendFileSync, truncateSync, writeFileSync, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packZip } from '../../src/pack/zip.js';
import { hashContent } from '../../src/pack/hash.js';
import type { SourceFile } from '../../src/pack/source-file.js';
import { readSource } from '../../src/pack/source.js';
import { incompressible, tree } from '../support/fixtures.js';

// A file system clock that does not move while `stoppedAt` is set: every ctime reads the same, as a second write within
// one tick of a coarse clock leaves it.
const clock = vi.hoisted(() => ({ stoppedAt: undefined as number | undefined }));
vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>();
  const stopped =
    <A extends unknown[]>(call: (...args: A) => Stats | undefined) =>
    (...args: A): Stats | undefined => {
      const stats = call(...args);
      if (stats && clock.stoppedAt !== undefined) stats.ctimeMs = clock.stoppedAt;
      return stats;
    };
  const stats = {
    lstatSync: stopped(actual.lstatSync as (file: string) => Stats),
    statSync: stopped(actual.statSync as (file: string) => Stats),
    fstatSync: stopped(actual.fstatSync as (fd: number) => Stats),
  };
  return { ...actual, ...stats, default: { ...actual, ...stats } };
});

afterEach(() => {
  clock.stoppedAt = undefined;
});

const MiB = 1024 * 1024;
const traits = { runtimes: [], architectures: [], license: '' };
const zipPath = () => path.join(os.tmpdir(), `changed-${process.pid}-${Math.random().toString(36).slice(2)}.zip`);

/** A layer of a few small files around `python/f.bin` of `size` bytes, listed and hashed as the plan does. */
async function hashed(size: number): Promise<{ file: string; files: SourceFile[] }> {
  const dir = tree({ 'python/a.py': 'a = 1\n', 'python/z.py': 'z = 1\n' });
  const file = path.join(dir, 'python/f.bin');
  writeFileSync(file, incompressible(Math.min(size, MiB), size));
  // Larger ones are mostly a hole of zeros: quick to make, and as large to read.
  truncateSync(file, size);
  const files = await readSource('layer-path', dir);
  await hashContent(files, traits);
  return { file, files };
}

function changed(how: string): RegExp {
  return new RegExp(
    `^layer-path: python/f\\.bin changed while it was packed \\(${how}\\), so it was not published: do not write into the layer folder while this step runs$`,
  );
}

describe('a file that changes after it was hashed', () => {
  // Small files are read in batches for the deflate workers, a larger one is deflated ahead of its turn, and one over
  // the 32 MiB of read-ahead is streamed into the zip when its turn comes: each reader checks the file.
  it.each([
    ['small', 1000],
    ['deflated ahead', 2 * MiB],
    ['streamed', 40 * MiB],
  ])('fails the pack when it grew (%s), reading nothing past the size that was hashed', async (_, size) => {
    const { file, files } = await hashed(size);
    appendFileSync(file, 'appended');
    await expect(packZip(files, zipPath())).rejects.toThrow(changed(`${size} bytes when listed, ${size + 8} now`));
    // The content checks' reads stop at that size too.
    const listed = files.find((one) => one.path === 'python/f.bin')!;
    expect(listed.readAt(size - 2, 100)).toHaveLength(2);
  });

  it('fails the pack when it shrank', async () => {
    const { file, files } = await hashed(2 * MiB);
    truncateSync(file, MiB);
    await expect(packZip(files, zipPath())).rejects.toThrow(changed(`${2 * MiB} bytes when listed, ${MiB} now`));
  });

  it('fails the pack when it was rewritten with the same size', async () => {
    const { file, files } = await hashed(1000);
    writeFileSync(file, incompressible(1000, 99));
    // Its ctime moved, or, within the same tick of the clock, its bytes tell.
    await expect(packZip(files, zipPath())).rejects.toThrow(
      changed('(written to after it was listed|its bytes are not those read before)'),
    );
  });

  it('fails the pack when it was rewritten within the same tick of the clock: its ctime did not move, its bytes did', async () => {
    clock.stoppedAt = Date.now();
    const { file, files } = await hashed(2 * MiB);
    const bytes = incompressible(2 * MiB, 5);
    writeFileSync(file, bytes);
    await expect(packZip(files, zipPath())).rejects.toThrow(changed('its bytes are not those read before'));
    // Written again with the bytes that were hashed, it is packed as they were.
    writeFileSync(file, incompressible(MiB, 2 * MiB));
    truncateSync(file, 2 * MiB);
    const zip = await packZip(files, zipPath());
    const packed = new AdmZip(zip.path).getEntry('python/f.bin')!.getData();
    expect(packed.equals(Buffer.concat([incompressible(MiB, 2 * MiB), Buffer.alloc(MiB)]))).toBe(true);
  });

  it('compares the ctime each of thousands of files was listed with (kept apart from the files, by number)', async () => {
    const files: Record<string, string> = { 'python/f.bin': 'f = 1\n' };
    for (let i = 0; i < 3000; i++) files[`python/m${Math.floor(i / 100)}/f${i}.py`] = `x = ${i}\n`;
    const dir = tree(files);
    // Listed as if a minute after they were written: only their ctimes, not their bytes, can tell a change.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    const listed = await readSource('layer-path', dir);
    vi.useRealTimers();
    await hashContent(listed, traits);
    // The real ctimes are those listed, for every file: the pack goes through.
    expect(new AdmZip((await packZip(listed, zipPath())).path).getEntries()).toHaveLength(3001);
    writeFileSync(path.join(dir, 'python/f.bin'), 'f = 2\n');
    await expect(packZip(listed, zipPath())).rejects.toThrow(changed('written to after it was listed'));
  });

  it('fails the hash when it grew after it was listed', async () => {
    const dir = tree({ 'python/f.bin': 'listed' });
    const files = await readSource('layer-path', dir);
    appendFileSync(path.join(dir, 'python/f.bin'), ', then grown');
    await expect(hashContent(files, traits)).rejects.toThrow(changed('6 bytes when listed, 18 now'));
  });
});

describe('a source whose bytes do not come to the size listed', () => {
  it.each([
    ['small', 10],
    ['streamed', 300_000],
  ])('fails the pack rather than zip other bytes (%s)', async (_, size) => {
    const bytes = Buffer.alloc(size + 2, 'x');
    const file: SourceFile = { path: 'python/x.bin', executable: false, size, chunks: () => [bytes], readAt: () => bytes };
    await expect(packZip([file], zipPath())).rejects.toThrow(
      `python/x.bin: ${size + 2} bytes were read where ${size} were listed`,
    );
  });
});
