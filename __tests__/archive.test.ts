import { readFileSync, statSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { packZip } from '../src/archive.js';
import { hashContent } from '../src/hash.js';
import { readSource } from '../src/source.js';
import { tree } from './support/fixtures.js';

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
