import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { packZip, type PackedZip } from './archive.js';
import { InputError } from './errors.js';
import { readSource, SourceError, type SourceFile } from './source.js';
import { scratch } from './workdir.js';

/** readSource, with its complaints about the content turned into errors that name the input. */
export async function readInput(input: string, location: string, exclude: string[]): Promise<SourceFile[]> {
  const files = await readSource(location, exclude).catch((error: unknown) => {
    throw error instanceof SourceError ? new InputError(input, error.message) : error;
  });
  if (files.length === 0) throw new InputError(input, `${location} holds no files (after exclude)`);
  return files;
}

let packed = 0;

/** A deployable zip of a code directory (packed deterministically) or a .zip (taken as it is). */
export async function packCode(input: string, location: string, exclude: string[]): Promise<PackedZip> {
  if ((await stat(location)).isDirectory()) {
    return packZip(await readInput(input, location, exclude), scratch(`code-${++packed}.zip`));
  }
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(location)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { path: location, size, sha256: hash.digest('base64') };
}
