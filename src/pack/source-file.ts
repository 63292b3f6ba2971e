import { closeSync, openSync, readSync } from 'node:fs';
import { Input } from '../inputs/names.js';

/** One file of a layer or code package, as the hasher and the packer see it. */
export interface SourceFile {
  /** Relative POSIX path inside the package. */
  path: string;
  executable: boolean;
  size: number;
  /**
   * The file's `size` bytes in chunks of at most CHUNK, read as they are consumed; a file of up to CHUNK bytes is one
   * chunk.
   * With `into`, each chunk is a view of that buffer and holds only until the next one is asked for.
   */
  chunks(into?: Buffer): Iterable<Buffer>;
  /** `length` bytes at `offset` (fewer at the end): the content checks' look into a binary's tables. */
  readAt(offset: number, length: number): Buffer;
  /** A symbolic link of a .zip, kept as one: its bytes are its target. */
  link?: Link;
}

/** A symbolic link as a .zip holds it: Lambda unpacks it as a link. */
interface Link {
  target: string;
  /** The file of the layer it resolves to; undefined for a folder, and in code, which is uploaded as it is. */
  file: string | undefined;
}

/** The most of a file read at once, and so the largest chunk a SourceFile gives. */
export const CHUNK = 1024 * 1024;

/** What to call the folder a package was given as, in messages. */
export function nounOf(input: string): string {
  return input === Input.LayerPath || input === Input.Layers ? 'the layer' : 'the code';
}

export function readAtPath(file: string, offset: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, length));
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, offset));
  } finally {
    closeSync(fd);
  }
}

export function totalSize(files: SourceFile[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}
