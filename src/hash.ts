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
 * Timestamps, owners and compression never enter, so a directory and a zip of the same files hash alike. `visit`
 * sees each non-empty file's first chunk (at least 64 KiB, or all of a smaller file) as it is read.
 */
export function hashContent(files: SourceFile[], traits: LayerTraits, visit?: (file: SourceFile, head: Buffer) => void): string {
  const hash = createHash('sha256');
  hash.update('lambda-layer-deploy content v1\n');
  for (const file of files) {
    // The size ends each header, so no file's bytes can be mistaken for the next header.
    hash.update(`${file.path}\0${file.executable ? 'x' : '-'}\0${file.size}\n`);
    let first = true;
    for (const chunk of file.chunks()) {
      hash.update(chunk);
      // The content checks look at each file's start here, in the same read as the hash.
      if (first && visit) visit(file, chunk);
      first = false;
    }
  }
  const sorted = (values: string[]) => [...values].sort().join(',');
  hash.update(`runtimes=${sorted(traits.runtimes)}\narchitectures=${sorted(traits.architectures)}\nlicense=${traits.license}\n`);
  return hash.digest('hex');
}
