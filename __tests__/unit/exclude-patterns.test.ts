// Which files of a folder the walk lists under `exclude`, and which folders it never enters.
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/pack/source.js';
import { tree } from '../support/fixtures.js';

const layer = {
  'python/app.py': 'a',
  'python/node_modules/x.js': 'x',
  'python/node_modules/deep/y.js': 'y',
  'keep/k.py': 'k',
};

async function listed(dir: string, exclude: string[]): Promise<string[]> {
  return (await readSource('layer-path', dir, exclude)).map((file) => file.path);
}

/** The layer, with a link under python/node_modules/ that fails any walk that follows it (it leads outside). */
function withTrap(): string {
  const dir = tree(layer);
  symlinkSync('/', path.join(dir, 'python/node_modules/deep/outside'));
  return dir;
}

describe('exclude', () => {
  it.each([['**/node_modules/**'], ['python/node_modules/**'], ['**/node_modules/**/*'], ['{python,other}/node_modules/**']])(
    'leaves a folder out whole, without walking it: %s',
    async (pattern) => {
      expect(await listed(withTrap(), [pattern])).toEqual(['keep/k.py', 'python/app.py']);
    },
  );

  it('walks a folder that a pattern leaves out only in part, and keeps what it does not match', async () => {
    // `*` stops at a slash: files deeper than one level are kept.
    expect(await listed(tree(layer), ['python/node_modules/*'])).toEqual([
      'keep/k.py',
      'python/app.py',
      'python/node_modules/deep/y.js',
    ]);
    // A negated pattern leaves out everything it does not match, and keeps what it does in any folder.
    expect(await listed(tree(layer), ['!python/**'])).toEqual([
      'python/app.py',
      'python/node_modules/deep/y.js',
      'python/node_modules/x.js',
    ]);
  });

  it('stops walking links that fan out even when every file they reach is left out', async () => {
    // 18 levels, each holding two links to the next: 2^18 paths, which must not be walked.
    const dir = tree({ 'python/l18/leaf.py': 'x', 'python/ok.txt': 'ok' });
    for (let level = 0; level < 18; level++) {
      mkdirSync(path.join(dir, `python/l${level}`), { recursive: true });
      for (const link of ['a', 'b']) symlinkSync(`../l${level + 1}`, path.join(dir, `python/l${level}/${link}`));
    }
    await expect(readSource('layer-path', dir, ['**/*.py'])).rejects.toThrow(
      /^layer-path: the layer holds more than 262140 files and folders outside excluded folders \(at python\/l\d+\//,
    );
  });
});
