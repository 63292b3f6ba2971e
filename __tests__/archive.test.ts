import { readFileSync, utimesSync } from 'node:fs';
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
    expect(hashContent(await readSource('layer-path', zip.path), traits)).toBe(
      hashContent(await readSource('layer-path', dir), traits),
    );
  });
});
