import { createHash } from 'node:crypto';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { CHUNK, type SourceFile } from './source-file.js';

/** What makes two layer versions different besides their files. */
export interface LayerTraits {
  runtimes: string[];
  architectures: string[];
  license: string;
}

// Hashing reads synchronously; every this many bytes it lets the event loop run, so a request started beside it
// (the first page of the layer's versions) is sent and answered meanwhile.
const YIELD_EVERY = 8 * 1024 * 1024;

/**
 * Hex sha256 over every file's path, executable bit (or being a link), size and bytes, in path order, then the layer's
 * traits. Timestamps, owners and compression never enter, so a directory and a zip of the same files hash alike. `visit`
 * sees each file's first chunk (at least 64 KiB, or all of a smaller file; an empty buffer for an empty one) as it is
 * read.
 *
 * One thread on purpose: sha256 with the CPU's SHA extensions outruns the per-call copies and round trips of handing
 * files to the thread pool, and the scheme, and so every existing layer's hash, stays as it was.
 */
export async function hashContent(
  files: SourceFile[],
  traits: LayerTraits,
  visit?: (file: SourceFile, head: Buffer) => void,
): Promise<string> {
  const hash = createHash('sha256');
  // Every chunk is consumed before the next is read, so one buffer serves every file.
  const buffer = Buffer.allocUnsafe(CHUNK);
  let sinceYield = 0;
  // First of all, so that a request started beside the hash goes out before any file is read.
  await yieldToEvents();
  hash.update('lambda-layer-deploy content v1\n');
  for (const file of files) {
    // The size ends each header, so no file's bytes can be mistaken for the next header. A link's bytes are its target,
    // and `l` tells it from a file holding that text: the headers of layers without links hash as they always have.
    hash.update(`${file.path}\0${file.link ? 'l' : file.executable ? 'x' : '-'}\0${file.size}\n`);
    let first = true;
    for (const chunk of file.chunks(buffer)) {
      hash.update(chunk);
      // The content checks look at each file's start here, in the same read as the hash.
      if (first && visit) visit(file, chunk);
      first = false;
      sinceYield += chunk.length;
    }
    // An empty file is a finding where a library is expected.
    if (first && visit) visit(file, Buffer.alloc(0));
    if (sinceYield >= YIELD_EVERY) {
      sinceYield = 0;
      await yieldToEvents();
    }
  }
  const sorted = (values: string[]) => [...values].sort().join(',');
  hash.update(`runtimes=${sorted(traits.runtimes)}\narchitectures=${sorted(traits.architectures)}\nlicense=${traits.license}\n`);
  return hash.digest('hex');
}
