import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type AdmZip from 'adm-zip';
import { Minimatch } from 'minimatch';
import { Input, UNZIPPED_LIMIT, ZIP_ENTRY_LIMIT } from './constants.js';
import { errorMessage, InputError } from './errors.js';
import { megabytes } from './report.js';

// The system's realpath(3), as fs/promises' realpath is: Node's own does not fold letter case on macOS.
const realpath = realpathSync.native;

/** One file of a layer or code package, as the hasher and the packer see it. */
export interface SourceFile {
  /** Relative POSIX path inside the package. */
  path: string;
  executable: boolean;
  size: number;
  /**
   * The file's bytes in chunks of at most CHUNK, read as they are consumed; a file of up to CHUNK bytes is one chunk.
   * With `into`, each chunk is a view of that buffer and holds only until the next one is asked for.
   */
  chunks(into?: Buffer): Iterable<Buffer>;
  /** `length` bytes at `offset` (fewer at the end): the content checks' look into a binary's tables. */
  readAt(offset: number, length: number): Buffer;
}

export const CHUNK = 1024 * 1024;
const probe = Buffer.allocUnsafe(64 * 1024);

/**
 * Synchronous file system calls throughout: a layer is thousands of small files, and one thread-pool round trip per
 * stat, open, read and close made walking and hashing several times slower than sha256sum. A small file is read whole
 * in one read into a buffer just larger than its size (or into `into`), so no file costs a fresh 1 MiB buffer.
 */
function* readChunks(input: string, rel: string, file: string, size: number, into: Buffer | undefined): Generator<Buffer> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw diskError(input, rel, error);
  }
  try {
    // One byte more than the stat said, so a read that does not fill it has most likely met the end.
    let buffer = into ?? Buffer.allocUnsafe(Math.min(size + 1, CHUNK));
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
      if (read < buffer.length) {
        // The end is confirmed through a small shared buffer, not a fresh 1 MiB one; a short read of a file system
        // that gives them is read on.
        const more = readSync(fd, probe, 0, probe.length, null);
        if (more === 0) return;
        yield Buffer.from(probe.subarray(0, more));
      }
      if (!into) buffer = Buffer.allocUnsafe(CHUNK);
    }
  } finally {
    closeSync(fd);
  }
}

/** What the file system refused, as an error naming the input and the path inside the package. */
function diskError(input: string, rel: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputError(input, `${rel} cannot be read (permission denied): make it readable by the runner's user`);
  }
  if (code === 'ELOOP') return new InputError(input, `${rel} is a symbolic link that loops (it resolves back to itself)`);
  if (code === 'ENOENT') {
    return new InputError(input, `${rel} is a broken symbolic link, or was deleted while it was read (by another step?)`);
  }
  return error;
}

function readAtPath(file: string, offset: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, length));
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, offset));
  } finally {
    closeSync(fd);
  }
}

/**
 * A file of a directory. A class, not an object of closures: a closure keeps its whole walk step alive (the stat
 * result among it), about 1.4 KB a file, 40 MB for a node_modules of 30,000 files. Its location is not kept as a path
 * of its own either: with one, the list of 30,000 files outgrew V8's young generation, which then doubled to 32 MB and
 * stayed so for the rest of the run.
 */
class DiskFile implements SourceFile {
  constructor(
    readonly path: string,
    readonly executable: boolean,
    readonly size: number,
    /** The package's real root folder, shared by every file. */
    private readonly root: string,
    private readonly input: string,
    /** The real path of a file reached through a symbolic link. */
    private readonly target?: string,
  ) {}

  private get location(): string {
    return this.target ?? `${this.root}/${this.path}`;
  }

  chunks(into?: Buffer): Iterable<Buffer> {
    return readChunks(this.input, this.path, this.location, this.size, into);
  }

  readAt(offset: number, length: number): Buffer {
    return readAtPath(this.location, offset, length);
  }
}

function excluder(patterns: string[]): (file: string) => boolean {
  const matchers = patterns.map((pattern) => new Minimatch(pattern, { dot: true }));
  return (file) => matchers.some((matcher) => matcher.match(file));
}

function byPath(a: SourceFile, b: SourceFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** A file system call whose refusal is reported as a bad input naming the path inside the package. */
function onDisk<T>(input: string, rel: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw diskError(input, rel, error);
  }
}

function walk(input: string, root: string, isExcluded: (file: string) => boolean): SourceFile[] {
  const realRoot = realpath(root);
  const files: SourceFile[] = [];
  const noun = input === Input.LayerPath || input === Input.Layers ? 'the layer' : 'the code';
  let entries = 0;
  let total = 0;
  // Real paths of the directories on the current branch: a link back to an ancestor would loop forever.
  const visit = (dir: string, relative: string, ancestors: Set<string>): void => {
    const listed: Dirent[] = onDisk(input, relative || '.', () => readdirSync(dir, { withFileTypes: true }));
    for (const entry of listed) {
      // Joined, not concatenated: V8 keeps a concatenation as a rope of its parts, and the sort's comparisons then keep
      // a flat copy beside it.
      const rel = relative === '' ? entry.name : [relative, entry.name].join('/');
      // Counted as they are met, so links that fan out (each level linking twice to the next) stop here, early.
      if (++entries > ZIP_ENTRY_LIMIT) {
        throw new InputError(
          input,
          `${noun} holds more than ${ZIP_ENTRY_LIMIT} entries (at ${rel}), more than a zip holds without zip64`,
        );
      }
      // readdir gives U+FFFD for bytes that are not UTF-8; zip entry names are UTF-8, and Lambda could not load it.
      if (entry.name.includes('\uFFFD')) {
        throw new InputError(input, `${JSON.stringify(rel)} is not a valid UTF-8 file name: rename it`);
      }
      const full = path.join(dir, entry.name);
      let target = full;
      if (entry.isSymbolicLink()) {
        target = onDisk(input, rel, () => realpath(full));
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
          throw new InputError(
            input,
            `${rel} is a symbolic link to ${target}, outside the package: a layer must not pick up files from elsewhere`,
          );
        }
      }
      const info = onDisk(input, rel, () => (entry.isSymbolicLink() ? statSync(target) : lstatSync(full)));
      if (info.isDirectory()) {
        if (ancestors.has(target)) throw new InputError(input, `${rel} is a symbolic link that loops back to its own folder`);
        visit(full, rel, new Set(ancestors).add(target));
      } else if (info.isFile() && !isExcluded(rel)) {
        total += info.size;
        if (total > UNZIPPED_LIMIT) {
          throw new InputError(
            input,
            `${noun} is over 250 MB unzipped (${megabytes(total)} by ${rel}), above Lambda's 250 MB limit`,
          );
        }
        files.push(
          new DiskFile(rel, (info.mode & 0o111) !== 0, info.size, realRoot, input, target === full ? undefined : target),
        );
      }
    }
  };
  visit(realRoot, '', new Set([realRoot]));
  return files;
}

/** adm-zip is loaded only when a .zip is given: most packages are directories. */
async function readZip(input: string, file: string, isExcluded: (file: string) => boolean): Promise<SourceFile[]> {
  const { default: Zip } = await import('adm-zip');
  const corrupt = (what: string, error: unknown) =>
    new InputError(
      input,
      `${path.basename(file)}${what} is not a readable zip (${errorMessage(error).replace(/^ADM-ZIP: /, '')}): build it again`,
    );
  let zip: AdmZip;
  try {
    zip = new Zip(file);
  } catch (error) {
    throw corrupt('', error);
  }
  const data = (entry: AdmZip.IZipEntry, name: string): Buffer => {
    try {
      return entry.getData();
    } catch (error) {
      throw corrupt(`: ${name}`, error);
    }
  };
  return zip
    .getEntries()
    .filter((entry) => !entry.isDirectory)
    .map((entry) => {
      const name = entry.entryName.replace(/\\/g, '/');
      if (name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..')) {
        throw new InputError(input, `${path.basename(file)} holds "${entry.entryName}", a path that escapes the package`);
      }
      return { entry, name };
    })
    .filter(({ name }) => !isExcluded(name))
    .map(({ entry, name }) => ({
      path: name,
      // Unix mode bits live in the high half of the external attributes when the zip was made on Unix.
      executable: ((entry.header.attr >>> 16) & 0o111) !== 0,
      size: entry.header.size,
      chunks: () => [data(entry, name)],
      readAt: (offset: number, length: number) => data(entry, name).subarray(offset, offset + length),
    }));
}

/**
 * The files of a directory or .zip, sorted by path, with `exclude` globs applied. What is wrong with the content is an
 * InputError naming `input`, the input that gave the location.
 */
export async function readSource(input: string, location: string, exclude: string[] = []): Promise<SourceFile[]> {
  const isExcluded = excluder(exclude);
  const files = (await stat(location)).isDirectory()
    ? walk(input, location, isExcluded)
    : await readZip(input, location, isExcluded);
  if (files.length === 0) throw new InputError(input, `${location} holds no files (after exclude)`);
  return files.sort(byPath);
}

export function totalSize(files: SourceFile[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}
