// What the plan reads from disk, when it is wrong: every case an ::error naming the input, and nothing written.
import { chmodSync, mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { actionRunner } from '../support/action.js';
import { createFunction, escapingZip, layerVersions, stack, tree, unique, zipOf } from '../support/fixtures.js';
import { sharedMoto } from '../support/suite.js';

const { endpoint, c } = sharedMoto();
const { run } = actionRunner(endpoint);

/** A zip whose one entry's data bytes are flipped after its CRC was written. */
function corruptZip(name = 'python/a.py'): string {
  const zip = zipOf({ [name]: 'print("hello, hello, hello")\n' });
  // Past the 30-byte local header and the name: the entry's compressed data.
  const data = 30 + name.length + 2;
  zip[data] = zip[data]! ^ 0xff;
  const file = path.join(tree({}), 'broken.zip');
  writeFileSync(file, zip);
  return file;
}

describe('a layer the plan cannot read', () => {
  it.each([
    [
      'a file that is no zip at all',
      () => path.join(tree({ 'not.zip': 'hello' }), 'not.zip'),
      /::error::layer-path: not\.zip is not a readable zip \(Invalid or unsupported zip format\. No END header found\): build it again/,
    ],
    [
      'a zip whose data fails its CRC',
      corruptZip,
      /::error::layer-path: broken\.zip: python\/a\.py is not a readable zip \(CRC32 checksum failed/,
    ],
    [
      'a file name that is not UTF-8',
      () => {
        const dir = tree({ 'python/ok.py': 'ok' });
        writeFileSync(Buffer.concat([Buffer.from(`${dir}/python/caf`), Buffer.from([0xe9]), Buffer.from('.py')]), 'x');
        return dir;
      },
      /::error::layer-path: "python\/caf\uFFFD\.py" is not a valid UTF-8 file name: rename it/,
    ],
    [
      'a symbolic link loop',
      () => {
        const dir = tree({ 'python/ok.py': 'ok' });
        symlinkSync('b', path.join(dir, 'python/a'));
        symlinkSync('a', path.join(dir, 'python/b'));
        return dir;
      },
      /::error::layer-path: python\/a is a symbolic link that loops/,
    ],
    [
      'a broken symbolic link',
      () => {
        const dir = tree({ 'python/ok.py': 'ok' });
        symlinkSync('missing.py', path.join(dir, 'python/gone.py'));
        return dir;
      },
      /::error::layer-path: python\/gone\.py is a broken symbolic link, or was deleted while it was read/,
    ],
    [
      'links that fan out exponentially',
      () => {
        // 18 levels, each holding two links to the next: 2^18 paths, which must not be walked.
        const dir = tree({ 'python/l18/leaf.py': 'x' });
        for (let level = 0; level < 18; level++) {
          mkdirSync(path.join(dir, `python/l${level}`), { recursive: true });
          for (const link of ['a', 'b']) symlinkSync(`../l${level + 1}`, path.join(dir, `python/l${level}/${link}`));
        }
        return dir;
      },
      /::error::layer-path: the layer holds more than 65535 files after exclude \(at python\/l\d+\//,
    ],
    [
      'a path longer than the file system allows',
      () => {
        const dir = tree({ 'python/ok.py': 'ok' });
        // Built from the bottom up, each folder moved into a new parent, so that no call here meets a long path.
        const name = 'n'.repeat(200);
        let inner = path.join(dir, 'level0');
        mkdirSync(inner);
        writeFileSync(path.join(inner, 'deep.py'), 'x');
        for (let level = 1; level <= 22; level++) {
          const outer = path.join(dir, `level${level}`);
          mkdirSync(outer);
          renameSync(inner, path.join(outer, name));
          inner = outer;
        }
        renameSync(inner, path.join(dir, 'python', name));
        return dir;
      },
      /::error::layer-path: python\/n{53}…n{60} is nested too deeply: its path, \d{4} bytes inside the layer, is longer than the file system allows\. Shorten its folders' names or nest them less deeply/,
    ],
  ])('%s', async (_, make, message) => {
    const name = unique('deps');
    const result = await run({ 'layer-name': name, 'layer-path': make() });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(await layerVersions(c, name)).toEqual([]);
  });

  it('a file the runner user cannot read', async () => {
    const name = unique('deps');
    const dir = tree({ 'python/ok.py': 'ok', 'python/secret.py': 'x' });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'python/secret.py'), 0o000);
    const nobody = 65534;
    const result = await run({ 'layer-name': name, 'layer-path': dir }, { user: nobody });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "::error::layer-path: python/secret.py cannot be read (permission denied): make it readable by the runner's user",
    );
    expect(await layerVersions(c, name)).toEqual([]);
  });
});

describe('what a folder holds beside the files it packs', () => {
  it('counts only the files that go in the zip: one index.py beside 70,000 files under an excluded node_modules/', async () => {
    const fn = unique('fn');
    await createFunction(c, fn);
    const code = tree({ 'index.py': 'def handler(e, c): return 1\n' });
    for (let pkg = 0; pkg < 70; pkg++) {
      const folder = path.join(code, 'node_modules', `pkg${pkg}`);
      mkdirSync(folder, { recursive: true });
      for (let file = 0; file < 1000; file++) writeFileSync(path.join(folder, `f${file}.js`), '');
    }
    const result = await run({ functions: fn, 'code-path': code, exclude: '**/node_modules/**' });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).not.toContain('::warning::');
    const config = await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn }));
    // One small file deflated, not 70,000 entries.
    expect(config.CodeSize).toBeLessThan(200);
  });

  it('warns, naming it, of a socket in the layer, which is not packed', async () => {
    const name = unique('deps');
    const dir = tree({ 'python/ok.py': 'ok' });
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'python/app.sock'), resolve));
    try {
      const result = await run({ 'layer-name': name, 'layer-path': dir });
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).toContain(
        '::warning::layer-path: python/app.sock is a socket, which a zip cannot hold: it is not packed (exclude it to silence this)',
      );
      expect(await layerVersions(c, name)).toEqual([1]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('bad code zips fail in the plan, before the layer or any function is written', () => {
  it.each([
    [
      'a corrupt zip as code-path',
      (fn: string, zip: string) => ({ functions: fn, 'code-path': zip }),
      corruptZip,
      /::error::.*code-path: broken\.zip: app\.py is not a readable zip|::error::.*code-path: broken\.zip.* is not a readable zip/,
    ],
    [
      'a corrupt zip as NAME=zip',
      (fn: string, zip: string) => ({ functions: `${fn}=${zip}` }),
      corruptZip,
      /::error::.*functions: broken\.zip.* is not a readable zip/,
    ],
    [
      'a zip whose entries escape',
      (fn: string, zip: string) => ({ functions: fn, 'code-path': zip }),
      () => escapingZip('app.py', 'escaping.zip'),
      /::error::.*code-path: escaping\.zip holds "\.\.\/\.\.\/evil\.py", a path that escapes the package/,
    ],
  ])('%s', async (_, inputs, make, message) => {
    const s = await stack(c, { count: 1 });
    const fn = s.functions[0]!;
    const before = (await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn }))).CodeSha256;
    const result = await run({ 'layer-name': s.layer, 'layer-path': s.layerDir, ...inputs(fn, make()) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(await layerVersions(c, s.layer)).toEqual([1]);
    expect((await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn }))).CodeSha256).toBe(before);
  });
});
