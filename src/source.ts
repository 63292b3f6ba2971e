import { closeSync, openSync, readSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { Minimatch } from 'minimatch';
import { Input, UNZIPPED_LIMIT, ZIP_ENTRY_LIMIT } from './constants.js';
import { errorMessage, InputError } from './errors.js';
import { megabytes } from './report.js';

/** One file of a layer or code package, as the hasher and the packer see it. */
export interface SourceFile {
  /** Relative POSIX path inside the package. */
  path: string;
  executable: boolean;
  size: number;
  /** The file's bytes in chunks of at most CHUNK, read as they are consumed. */
  chunks(): Iterable<Buffer>;
  /** `length` bytes at `offset` (fewer at the end): the content checks' look into a binary's tables. */
  readAt(offset: number, length: number): Buffer;
}

const CHUNK = 1024 * 1024;

/**
 * Synchronous reads: a layer is thousands of small files, and one thread-pool round trip per open, read and close
 * made hashing several times slower than sha256sum. Memory stays at one chunk per file being read.
 */
function* readChunks(input: string, rel: string, file: string): Generator<Buffer> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw diskError(input, rel, error);
  }
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) return;
      yield read === CHUNK ? chunk : chunk.subarray(0, read);
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
  if (code === 'ENOENT') return new InputError(input, `${rel} is a broken symbolic link`);
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

function excluder(patterns: string[]): (file: string) => boolean {
  const matchers = patterns.map((pattern) => new Minimatch(pattern, { dot: true }));
  return (file) => matchers.some((matcher) => matcher.match(file));
}

function byPath(a: SourceFile, b: SourceFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

async function walk(input: string, root: string, isExcluded: (file: string) => boolean): Promise<SourceFile[]> {
  const realRoot = await realpath(root);
  const files: SourceFile[] = [];
  const noun = input === Input.LayerPath || input === Input.Layers ? 'the layer' : 'the code';
  let entries = 0;
  let total = 0;
  // Real paths of the directories on the current branch: a link back to an ancestor would loop forever.
  const visit = async (dir: string, relative: string, ancestors: Set<string>): Promise<void> => {
    const listed = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      throw diskError(input, relative || '.', error);
    });
    for (const entry of listed) {
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
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
        target = await realpath(full).catch((error: unknown) => {
          throw diskError(input, rel, error);
        });
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
          throw new InputError(
            input,
            `${rel} is a symbolic link to ${target}, outside the package: a layer must not pick up files from elsewhere`,
          );
        }
      }
      const info = entry.isSymbolicLink() ? await stat(target) : await lstat(full);
      if (info.isDirectory()) {
        if (ancestors.has(target)) throw new InputError(input, `${rel} is a symbolic link that loops back to its own folder`);
        await visit(full, rel, new Set(ancestors).add(target));
      } else if (info.isFile() && !isExcluded(rel)) {
        total += info.size;
        if (total > UNZIPPED_LIMIT) {
          throw new InputError(
            input,
            `${noun} is over 250 MB unzipped (${megabytes(total)} by ${rel}), above Lambda's 250 MB limit`,
          );
        }
        files.push({
          path: rel,
          executable: (info.mode & 0o111) !== 0,
          size: info.size,
          chunks: () => readChunks(input, rel, target),
          readAt: (offset, length) => readAtPath(target, offset, length),
        });
      }
    }
  };
  await visit(realRoot, '', new Set([realRoot]));
  return files;
}

function readZip(input: string, file: string, isExcluded: (file: string) => boolean): SourceFile[] {
  const corrupt = (what: string, error: unknown) =>
    new InputError(
      input,
      `${path.basename(file)}${what} is not a readable zip (${errorMessage(error).replace(/^ADM-ZIP: /, '')}): build it again`,
    );
  let zip: AdmZip;
  try {
    zip = new AdmZip(file);
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
    ? await walk(input, location, isExcluded)
    : readZip(input, location, isExcluded);
  if (files.length === 0) throw new InputError(input, `${location} holds no files (after exclude)`);
  return files.sort(byPath);
}

export function totalSize(files: SourceFile[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}
