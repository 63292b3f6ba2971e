import { createHash } from 'node:crypto';
import type { SourceFile } from './source.js';

/** What makes two layer versions different besides their files. */
export interface LayerTraits {
  runtimes: string[];
  architectures: string[];
  license: string;
}

/**
 * Hex sha256 over every file's path, executable bit, size and bytes, in path order, then the layer's traits.
 * Timestamps, owners and compression never enter, so a directory and a zip of the same files hash alike.
 */
export function hashContent(files: SourceFile[], traits: LayerTraits): string {
  const hash = createHash('sha256');
  hash.update('lambda-layer-deploy content v1\n');
  for (const file of files) {
    // The size ends each header, so no file's bytes can be mistaken for the next header.
    hash.update(`${file.path}\0${file.executable ? 'x' : '-'}\0${file.size}\n`);
    for (const chunk of file.chunks()) hash.update(chunk);
  }
  const sorted = (values: string[]) => [...values].sort().join(',');
  hash.update(`runtimes=${sorted(traits.runtimes)}\narchitectures=${sorted(traits.architectures)}\nlicense=${traits.license}\n`);
  return hash.digest('hex');
}
