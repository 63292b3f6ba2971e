import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import * as core from '@actions/core';
import { CHUNK, nounOf, readAtPath, type SourceFile } from './source-file.js';
import { UNZIPPED_LIMIT, ZIP_ENTRY_LIMIT } from '../aws/limits.js';
import { InputError } from '../common/errors.js';
import { megabytes } from '../common/units.js';

// The system's realpath(3), as fs/promises' realpath is: Node's own does not fold letter case on macOS.
const realpath = realpathSync.native;

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
  if (code === 'ENAMETOOLONG') {
    // Such a path runs to thousands of characters: its two ends tell where it is.
    const shown = rel.length > 120 ? `${rel.slice(0, 60)}…${rel.slice(-60)}` : rel;
    return new InputError(
      input,
      `${shown} is nested too deeply: its path, ${Buffer.byteLength(rel)} bytes inside ${nounOf(input)}, is longer than the file system allows. Shorten its folders' names or nest them less deeply`,
    );
  }
  return error;
}

/** A file system call whose refusal is reported as a bad input naming the path inside the package. */
function onDisk<T>(input: string, rel: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw diskError(input, rel, error);
  }
}

// A file whose ctime was this close to the listing may change again within the same tick of the file system's clock
// (a second or two on some file systems), keeping its ctime: its bytes are compared between reads instead.
const RECENT_MS = 2000;
// What a recent file's crc is before its first whole read.
const UNREAD = -1;

/**
 * What the files of one listing share, held once: a field in each file is paid as many times as there are files (a
 * crc field of each file's own showed in the packer's peak memory; docs/performance.md).
 */
interface Listing {
  /** The package's real root folder. */
  root: string;
  input: string;
  /** The files changed just before the listing, each with its crc32 once read whole (UNREAD until then). */
  recent: Map<DiskFile, number>;
  /**
   * Each file's ctime when listed, by its number. Outside the heap: a ctime is a fraction of a millisecond, which a
   * field of each file's own holds as one more heap object per file, and those objects alone grew V8's young
   * generation on a large tree (docs/performance.md).
   */
  ctimes: Float64Array;
}

/** Keeps the ctime of the listing's file number `index`, the next one. */
function keepCtime(listing: Listing, index: number, ctime: number): void {
  if (index === listing.ctimes.length) {
    const grown = new Float64Array(2 * index);
    grown.set(listing.ctimes);
    listing.ctimes = grown;
  }
  listing.ctimes[index] = ctime;
}

/**
 * A file of a directory. A class, not an object of closures: a closure keeps its whole walk step alive (the stat
 * result among it) for every file listed. Its location is not kept as a path of its own either: a path per file grows
 * the list of a large tree past V8's young generation, which then doubles and stays so for the rest of the run.
 *
 * Each read gives exactly the `size` bytes listed, and fails, naming the file, when the file is not as it was listed:
 * a different size or ctime (every write moves the ctime; nothing sets it back), or, for a file changed just before
 * the listing, bytes whose crc32 is not that of its first read. So the zip holds the bytes that were hashed, and never
 * more than the sizes the plan checked, without hashing anything twice.
 */
class DiskFile implements SourceFile {
  constructor(
    readonly path: string,
    readonly executable: boolean,
    readonly size: number,
    private readonly listing: Listing,
    /** Its number in the listing. */
    private readonly index: number,
    /** The real path of a file reached through a symbolic link. */
    private readonly target?: string,
  ) {}

  private get location(): string {
    return this.target ?? `${this.listing.root}/${this.path}`;
  }

  private get input(): string {
    return this.listing.input;
  }

  /**
   * Synchronous file system calls throughout: a layer is thousands of small files, and one thread-pool round trip per
   * stat, open, read and close cost walking and hashing more than the reads themselves. A small file is read whole
   * in one read into a buffer of its size (or into `into`), so no file costs a fresh 1 MiB buffer.
   */
  *chunks(into?: Buffer): Generator<Buffer> {
    const fd = onDisk(this.input, this.path, () => openSync(this.location, 'r'));
    try {
      const now = fstatSync(fd);
      if (now.size !== this.size) throw this.changedError(`${this.size} bytes when listed, ${now.size} now`);
      if (now.ctimeMs !== this.listing.ctimes[this.index]) throw this.changedError('written to after it was listed');
      const known = this.listing.recent.get(this);
      let crc = 0;
      for (let left = this.size; left > 0;) {
        const buffer = into ?? Buffer.allocUnsafe(Math.min(left, CHUNK));
        // Never past the size listed; a read that gives fewer bytes is read on (some file systems give short reads).
        const read = readSync(fd, buffer, 0, Math.min(buffer.length, left), null);
        if (read === 0) throw this.changedError(`it ended ${left} bytes short of the ${this.size} listed`);
        left -= read;
        const chunk = buffer.subarray(0, read);
        if (known !== undefined) crc = crc32(chunk, crc);
        yield chunk;
      }
      if (known === UNREAD) this.listing.recent.set(this, crc);
      else if (known !== undefined && known !== crc) throw this.changedError('its bytes are not those read before');
    } finally {
      closeSync(fd);
    }
  }

  /** Up to the size listed, as every read of the file. */
  readAt(offset: number, length: number): Buffer {
    return readAtPath(this.location, offset, Math.min(length, this.size - offset));
  }

  private changedError(how: string): InputError {
    return new InputError(
      this.input,
      `${this.path} changed while it was packed (${how}), so it was not published: do not write into ${nounOf(this.input)} folder while this step runs`,
    );
  }
}

function specialKind(info: Dirent | Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'neither a file nor a folder';
}

// Entries met in walked folders (excluded files among them) before the walk stops: links that fan out (each folder
// linking twice to the next) make millions of paths of a few folders, and too few files for the zip's limit to stop
// them early. Far above what a package whose files fit in a zip holds beside them.
const WALK_LIMIT = 4 * ZIP_ENTRY_LIMIT;

/** The files of the folder `root`, in the order met, links followed inside it; `exclude` applied as it is walked. */
export function walk(
  input: string,
  root: string,
  isExcluded: (file: string) => boolean,
  isExcludedFolder: (folder: string) => boolean,
): SourceFile[] {
  const realRoot = realpath(root);
  const files: SourceFile[] = [];
  const noun = nounOf(input);
  const recentFrom = Date.now() - RECENT_MS;
  const listing: Listing = { root: realRoot, input, recent: new Map(), ctimes: new Float64Array(1024) };
  let met = 0;
  let total = 0;
  // readdir gives U+FFFD for bytes that are not UTF-8; zip entry names are UTF-8, and Lambda could not load it.
  const checkName = (name: string, rel: string): void => {
    if (name.includes('\uFFFD')) throw new InputError(input, `${JSON.stringify(rel)} is not a valid UTF-8 file name: rename it`);
  };
  // Real paths of the directories on the current branch: a link back to an ancestor would loop forever.
  const visit = (dir: string, relative: string, ancestors: Set<string>): void => {
    const listed: Dirent[] = onDisk(input, relative || '.', () => readdirSync(dir, { withFileTypes: true }));
    for (const entry of listed) {
      // Joined, not concatenated: V8 keeps a concatenation as a rope of its parts, and the sort's comparisons then keep
      // a flat copy beside it.
      const rel = relative === '' ? entry.name : [relative, entry.name].join('/');
      if (++met > WALK_LIMIT) {
        throw new InputError(
          input,
          `${noun} holds more than ${WALK_LIMIT} files and folders outside excluded folders (at ${rel}): exclude whole folders (FOLDER/**), which are not walked, or remove symbolic links that lead into the same folders many times over`,
        );
      }
      const full = path.join(dir, entry.name);
      let target = full;
      let linked: Stats | undefined;
      if (entry.isSymbolicLink()) {
        // Left out whether it leads to a file or to a folder: not followed.
        if (isExcluded(rel) && isExcludedFolder(rel)) continue;
        target = onDisk(input, rel, () => realpath(full));
        linked = onDisk(input, rel, () => statSync(target));
      }
      const info = linked ?? entry;
      const folder = info.isDirectory();
      if (folder ? isExcludedFolder(rel) : isExcluded(rel)) continue;
      if (target !== full && target !== realRoot && !target.startsWith(realRoot + path.sep)) {
        throw new InputError(
          input,
          `${rel} is a symbolic link to ${target}, outside the package: a layer must not pick up files from elsewhere`,
        );
      }
      if (folder) {
        checkName(entry.name, rel);
        if (ancestors.has(target)) throw new InputError(input, `${rel} is a symbolic link that loops back to its own folder`);
        visit(full, rel, new Set(ancestors).add(target));
        continue;
      }
      if (!info.isFile()) {
        core.warning(
          `${input}: ${rel} is ${specialKind(info)}, which a zip cannot hold: it is not packed (exclude it to silence this)`,
        );
        continue;
      }
      checkName(entry.name, rel);
      // Counted as they are met, so links that fan out stop here, early, when they lead to files.
      if (files.length === ZIP_ENTRY_LIMIT) {
        throw new InputError(
          input,
          `${noun} holds more than ${ZIP_ENTRY_LIMIT} files after exclude (at ${rel}), more than a zip holds without zip64`,
        );
      }
      const stats = linked ?? onDisk(input, rel, () => lstatSync(full));
      total += stats.size;
      if (total > UNZIPPED_LIMIT) {
        throw new InputError(
          input,
          `${noun} is over 250 MB unzipped (${megabytes(total)} by ${rel}), above Lambda's 250 MB limit`,
        );
      }
      const file = new DiskFile(
        rel,
        (stats.mode & 0o111) !== 0,
        stats.size,
        listing,
        files.length,
        target === full ? undefined : target,
      );
      keepCtime(listing, files.length, stats.ctimeMs);
      if (stats.ctimeMs >= recentFrom) listing.recent.set(file, UNREAD);
      files.push(file);
    }
  };
  visit(realRoot, '', new Set([realRoot]));
  return files;
}
