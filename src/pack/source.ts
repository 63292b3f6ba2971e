import { stat } from 'node:fs/promises';
import { excluder, folderExcluder } from './exclude.js';
import { walk } from './folder.js';
import { readZip } from './given-zip.js';
import type { SourceFile } from './source-file.js';
import { InputError } from '../common/errors.js';

function byPath(a: SourceFile, b: SourceFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The files of a directory or .zip, sorted by path, with `exclude` globs applied. What is wrong with the content is an
 * InputError naming `input`, the input that gave the location.
 */
export async function readSource(input: string, location: string, exclude: string[] = []): Promise<SourceFile[]> {
  const isExcluded = excluder(exclude);
  const files = (await stat(location)).isDirectory()
    ? walk(input, location, isExcluded, folderExcluder(exclude))
    : await readZip(input, location, isExcluded);
  if (files.length === 0) throw new InputError(input, `${location} holds no files (after exclude)`);
  return files.sort(byPath);
}
