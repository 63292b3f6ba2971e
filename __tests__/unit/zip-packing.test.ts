import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import zlib, { deflateRawSync } from 'node:zlib';
import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { packZip } from '../../src/pack/zip.js';
import { hashContent } from '../../src/pack/hash.js';
import { readSource } from '../../src/pack/source.js';
import { incompressible, tree } from '../support/fixtures.js';

const files = {
  'python/a.py': 'print(1)\n',
  'python/deep/b.txt': 'b'.repeat(50_000),
  'bin/run': '!#!/bin/sh\n',
  'empty.txt': '',
  // Above the 1 MiB under which files are deflated whole: this one is streamed.
  'python/big.txt': Array.from({ length: 200_000 }, (_, i) => `line ${i}\n`).join(''),
};
const traits = { runtimes: [], architectures: [], license: '' };
const PINNED = 'R+eUpLgag/7NJNm2/ZBnS2XoryMzOLzbDKDJ5FGPccQ=';

describe('deterministic zip', () => {
  it('writes the same bytes for the same tree, whatever the mtimes', async () => {
    const dir = tree(files);
    const first = await packZip(await readSource('layer-path', dir), path.join(os.tmpdir(), `a-${process.pid}.zip`));
    utimesSync(path.join(dir, 'python/a.py'), new Date(2010, 0, 1), new Date(2010, 0, 1));
    const again = await packZip(await readSource('layer-path', tree(files)), path.join(os.tmpdir(), `b-${process.pid}.zip`));
    expect(again.sha256).toBe(first.sha256);
    expect(readFileSync(again.path).equals(readFileSync(first.path))).toBe(true);
  });

  it('is read back by unzip and adm-zip with the same files, sorted, with normalized modes', async () => {
    const zip = await packZip(await readSource('layer-path', tree(files)), path.join(os.tmpdir(), `c-${process.pid}.zip`));
    expect(execFileSync('unzip', ['-t', zip.path]).toString()).toContain('No errors detected');
    const entries = new AdmZip(zip.path).getEntries();
    expect(entries.map((entry) => entry.entryName)).toEqual([
      'bin/run',
      'empty.txt',
      'python/a.py',
      'python/big.txt',
      'python/deep/b.txt',
    ]);
    expect(entries.map((entry) => ((entry.header.attr >>> 16) & 0o777).toString(8))).toEqual(['755', '644', '644', '644', '644']);
    expect(
      entries
        .find((entry) => entry.entryName === 'python/deep/b.txt')!
        .getData()
        .toString(),
    ).toBe('b'.repeat(50_000));
    expect(
      entries
        .find((entry) => entry.entryName === 'python/big.txt')!
        .getData()
        .toString(),
    ).toBe(files['python/big.txt']);
  });

  it('hashes a layer without links as every earlier release did, so that its published version is reused', async () => {
    const pinned = { runtimes: ['python3.12'], architectures: ['x86_64'], license: 'MIT' };
    expect(await hashContent(await readSource('layer-path', tree(files)), pinned)).toBe(
      'f4060c16bdf40dfcec7d64afa6ea1ef6918c9957753977f74659bb2325854d53',
    );
  });

  it('hashes its own output like the directory it came from', async () => {
    const dir = tree(files);
    const zip = await packZip(await readSource('layer-path', dir), path.join(os.tmpdir(), `d-${process.pid}.zip`));
    expect(await hashContent(await readSource('layer-path', zip.path), traits)).toBe(
      await hashContent(await readSource('layer-path', dir), traits),
    );
  });
});

/** Text that compresses like source code but differs file to file, from a fixed seed: the same tree on every run. */
function mixedTree(): string {
  let state = 1;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const text = (size: number) => {
    let out = '';
    while (out.length < size) out += `value${next() % 5000} = compute(${next() % 300}, "${(next() % 1e6).toString(36)}")\n`;
    return out.slice(0, size);
  };
  const files: Record<string, string> = {};
  // About 6 MB of small files, so batches go to worker threads, with large files between them: two within the
  // read-ahead budget, deflated ahead in the thread pool, and one above it, streamed when its turn comes.
  for (let i = 0; i < 1000; i++) files[`python/pkg${i % 7}/mod${i}.py`] = text(2000 + (i % 13) * 700);
  files['python/pkg2/big.bin'] = text(3 * 1024 * 1024);
  files['python/pkg5/huge.bin'] = text(40 * 1024 * 1024);
  files['python/pkg0/zz.bin'] = text(1024 * 1024 + 1);
  return tree(files);
}

describe('progress', () => {
  it('reports what the file holds as the packer writes it, up to the whole zip', async () => {
    const out = path.join(os.tmpdir(), `progress-${process.pid}.zip`);
    const reports: { bytes: number; onDisk: number }[] = [];
    const zip = await packZip(await readSource('layer-path', tree(files)), out, (bytes) =>
      reports.push({ bytes, onDisk: statSync(out).size }),
    );
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((report, i) => i === 0 || report.bytes > reports[i - 1]!.bytes)).toBe(true);
    // Each range reported is in the file already, for a reader to read while the packer goes on.
    expect(reports.every((report) => report.onDisk >= report.bytes)).toBe(true);
    expect(reports.at(-1)!.bytes).toBe(zip.size);
  });
});

describe('packing across threads', () => {
  it('writes byte for byte the zip earlier releases wrote, pack after pack, so unchanged code is never redeployed', async () => {
    const dir = mixedTree();
    const first = await packZip(await readSource('layer-path', dir), path.join(os.tmpdir(), `e-${process.pid}.zip`));
    const again = await packZip(await readSource('layer-path', dir), path.join(os.tmpdir(), `f-${process.pid}.zip`));
    expect(readFileSync(again.path).equals(readFileSync(first.path))).toBe(true);
    // The sha256 the single-threaded packer of 0.1 wrote for this tree.
    expect(first.sha256).toBe(PINNED);
    expect(execFileSync('unzip', ['-t', first.path]).toString()).toContain('No errors detected');
    expect(await hashContent(await readSource('layer-path', first.path), traits)).toBe(
      await hashContent(await readSource('layer-path', dir), traits),
    );
  });
});

describe('bytes that do not compress', () => {
  const { Z_HUFFMAN_ONLY, Z_SYNC_FLUSH } = zlib.constants;
  const text = (size: number) =>
    Buffer.from('def handler(event):\n    return {"n": len(event)}\n'.repeat(size / 40 + 1)).subarray(0, size);
  const MiB = 1024 * 1024;
  /** Bytes that do not compress, with one stretch repeated: deflate's search would find it, Huffman coding does not. */
  const noise = (size: number) => {
    const bytes = incompressible(size, size);
    bytes.copy(bytes, size / 2, size / 2 - 1000, size / 2 - 900);
    return bytes;
  };

  /** A tree of text small files (enough for the worker threads) and three files of random bytes, and their bytes. */
  function noisyTree() {
    const dir = tree(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`python/m${i}.py`, `x = ${i}\n`.repeat(2500)])));
    const noisy = noise(100 * 1024);
    const little = noise(40 * 1024);
    // Text, then a MiB that does not compress, then text again.
    const mixed = [text(MiB), noise(MiB), text(300 * 1024)] as const;
    writeFileSync(path.join(dir, 'python/noise.bin'), noisy);
    writeFileSync(path.join(dir, 'python/little.bin'), little);
    writeFileSync(path.join(dir, 'python/mixed.bin'), Buffer.concat(mixed));
    return { dir, noisy, little, mixed };
  }

  it('are Huffman coded without the search for repeats, a MiB at a time, small files and large, in one deflate stream', async () => {
    const { dir, noisy, little, mixed } = noisyTree();
    const zip = await packZip(await readSource('layer-path', dir), path.join(os.tmpdir(), `n-${process.pid}.zip`));
    expect(execFileSync('unzip', ['-t', zip.path]).toString()).toContain('No errors detected');
    const entries = new AdmZip(zip.path);
    const raw = (name: string) => entries.getEntry(name)!.getCompressedData();
    // A small file, deflated in a batch: Huffman coded, which is not what deflate's search would have written.
    expect(raw('python/noise.bin').equals(deflateRawSync(noisy, { level: 6, strategy: Z_HUFFMAN_ONLY }))).toBe(true);
    expect(raw('python/noise.bin').equals(deflateRawSync(noisy, { level: 6 }))).toBe(false);
    // Under 64 KiB a file is deflated as it is: sampling it would cost what deflating it does.
    expect(raw('python/little.bin').equals(deflateRawSync(little, { level: 6 }))).toBe(true);
    // A large file switches strategy where its bytes change, and its text still compresses.
    // A large file changes strategy exactly where its bytes do: its text deflated with the search, flushed, the next
    // MiB Huffman coded, flushed; then the search resumes, and its last text takes a few KiB.
    const [first, second, third] = mixed;
    const upToThird = Buffer.concat([
      deflateRawSync(first, { level: 6, finishFlush: Z_SYNC_FLUSH }),
      deflateRawSync(second, { level: 6, strategy: Z_HUFFMAN_ONLY, finishFlush: Z_SYNC_FLUSH }),
    ]);
    expect(raw('python/mixed.bin').subarray(0, upToThird.length).equals(upToThird)).toBe(true);
    expect(raw('python/mixed.bin').length - upToThird.length).toBeLessThan(deflateRawSync(third).length + 64);
    expect(entries.getEntry('python/mixed.bin')!.getData().equals(Buffer.concat(mixed))).toBe(true);
    // The text files around them are packed as before.
    expect(raw('python/m7.py').equals(deflateRawSync(`x = 7\n`.repeat(2500), { level: 6 }))).toBe(true);
  });

  it('writes the same bytes whatever lengths the reads of a large file return', async () => {
    const { dir } = noisyTree();
    const files = await readSource('layer-path', dir);
    const whole = await packZip(files, path.join(os.tmpdir(), `r-${process.pid}.zip`));
    // A file system that answers in short reads of odd lengths.
    const shortReads = files.map((file) => ({
      ...file,
      *chunks(): Generator<Buffer> {
        const bytes = Buffer.concat([...file.chunks()]);
        for (let offset = 0, step = 1; offset < bytes.length; offset += step, step = (step * 7 + 1) % 300_007) {
          yield bytes.subarray(offset, offset + step);
        }
      },
      readAt: file.readAt.bind(file),
    }));
    const pieces = await packZip(shortReads, path.join(os.tmpdir(), `s-${process.pid}.zip`));
    expect(pieces.sha256).toBe(whole.sha256);
  });
});

describe('a pack that fails', () => {
  // 10 KB in the write block, then an entry whose deflated bytes do not fit beside them but fit in a block: the 10 KB
  // are flushed by a write that returns at once, which nothing awaits; then a large file, deflated ahead.
  function smallFlushTree(): string {
    const dir = tree({
      'c.txt': Array.from({ length: 1_500_000 }, (_, i) => `v${(i * 7919) % 5000} = f(${i % 300})\n`).join(''),
    });
    writeFileSync(path.join(dir, 'a.bin'), incompressible(10_000, 5));
    writeFileSync(path.join(dir, 'b.bin'), incompressible(1_047_000, 7));
    return dir;
  }

  it('fails with the error of the disk, not the process, when that write is the one that fails', async () => {
    const files = await readSource('layer-path', smallFlushTree());
    await expect(packZip(files, '/dev/full')).rejects.toThrow('ENOSPC');
  });

  it('fails with the error of a file deleted while that write is under way, not the process', async () => {
    const dir = smallFlushTree();
    const files = await readSource('layer-path', dir);
    rmSync(path.join(dir, 'c.txt'));
    await expect(packZip(files, path.join(os.tmpdir(), `gone-${process.pid}.zip`))).rejects.toThrow('deleted');
  });
});
