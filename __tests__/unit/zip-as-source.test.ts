import { truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packZip } from '../../src/pack/zip.js';
import { CHUNK } from '../../src/pack/source-file.js';
import { readSource } from '../../src/pack/source.js';
import { incompressible, rawZip, tree } from '../support/fixtures.js';

describe('a .zip read as a source', () => {
  const MiB = 1024 * 1024;
  const zipFile = (zip: Buffer) => {
    const file = path.join(tree({}), 'layer.zip');
    writeFileSync(file, zip);
    return file;
  };
  /** A one-entry zip with its central directory's flags, method or unzipped size changed. */
  const patched = (data: Buffer, field: 'flags' | 'method' | 'size', value: number) => {
    const zip = rawZip([{ name: 'python/a.bin', data }]);
    const central = zip.readUInt32LE(zip.length - 6);
    if (field === 'size') zip.writeUInt32LE(value, central + 24);
    else zip.writeUInt16LE(value, central + (field === 'flags' ? 8 : 10));
    return zipFile(zip);
  };

  it('unzips a large entry once, in bounded memory: chunks of at most 1 MiB, and a read of a few bytes holds only those', async () => {
    const dir = tree({ 'lib/big.so': '' });
    truncateSync(path.join(dir, 'lib/big.so'), 100 * MiB);
    const zip = await packZip(await readSource('layer-path', dir), path.join(os.tmpdir(), `big-${process.pid}.zip`));
    const [file] = await readSource('layer-path', zip.path);
    const before = process.memoryUsage().arrayBuffers;
    const reads = [0, 50 * MiB, 100 * MiB - 16].map((offset) => file!.readAt(offset, 64));
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * MiB);
    expect(reads.map((read) => read.length)).toEqual([64, 64, 16]);
    let bytes = 0;
    for (const chunk of file!.chunks()) {
      expect(chunk.length).toBeLessThanOrEqual(CHUNK);
      bytes += chunk.length;
    }
    expect(bytes).toBe(100 * MiB);
  });

  it.each([
    [
      'encrypted',
      () => patched(Buffer.from('x'), 'flags', 0x0801),
      'layer.zip: python/a.bin is encrypted: build the zip again without a password',
    ],
    [
      'compressed otherwise than by deflate',
      () => patched(Buffer.from('x'), 'method', 14),
      'layer.zip: python/a.bin is compressed with method 14, not deflate: build the zip again with deflate',
    ],
    [
      'said to be above 250 MB unzipped, refused before it is unzipped',
      () => patched(Buffer.from('x'), 'size', 260 * MiB),
      "layer.zip is 260.0 MB unzipped (after exclude), above Lambda's 250 MB limit",
    ],
    [
      'unzipping to more than it says, which is not unzipped further',
      () => patched(incompressible(2 * MiB, 3), 'size', MiB + 1),
      'layer.zip: python/a.bin is not a readable zip (it unzips to more than the 1048577 bytes its header says): build it again',
    ],
    [
      'a small one unzipping to more than it says',
      () => patched(Buffer.from('abc'), 'size', 2),
      'layer.zip: python/a.bin is not a readable zip (it unzips to more than the 2 bytes its header says): build it again',
    ],
  ])('refuses an entry %s', async (_, make, message) => {
    await expect(readSource('layer-path', make())).rejects.toThrow(`layer-path: ${message}`);
  });
});
