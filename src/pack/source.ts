import {
  closeSync,
  createReadStream,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  writeSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import * as core from '@actions/core';
import { Minimatch } from 'minimatch';
import { scratch } from './scratch.js';
import { Input } from '../inputs/names.js';
import { UNZIPPED_LIMIT, ZIP_ENTRY_LIMIT } from '../aws/limits.js';
import { errorMessage, InputError } from '../common/errors.js';
import { megabytes } from '../common/units.js';

// The system's realpath(3), as fs/promises' realpath is: Node's own does not fold letter case on macOS.
const realpath = realpathSync.native;

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
export interface Link {
  target: string;
  /** The file of the layer it resolves to; undefined for a folder, and in code, which is uploaded as it is. */
  file: string | undefined;
}

export const CHUNK = 1024 * 1024;
/** What to call the folder a package was given as, in messages. */
function nounOf(input: string): string {
  return input === Input.LayerPath || input === Input.Layers ? 'the layer' : 'the code';
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

function readAtPath(file: string, offset: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, length));
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, offset));
  } finally {
    closeSync(fd);
  }
}

// A file whose ctime was this close to the listing may change again within the same tick of the file system's clock
// (a second or two on some file systems), keeping its ctime: its bytes are compared between reads instead.
const RECENT_MS = 2000;
// What a recent file's crc is before its first whole read.
const UNREAD = -1;

/**
 * A file of a directory. A class, not an object of closures: a closure keeps its whole walk step alive (the stat
 * result among it), about 1.4 KB a file, 40 MB for a node_modules of 30,000 files. Its location is not kept as a path
 * of its own either: with one, the list of 30,000 files outgrew V8's young generation, which then doubled to 32 MB and
 * stayed so for the rest of the run.
 *
 * Each read gives exactly the `size` bytes listed, and fails, naming the file, when the file is not as it was listed:
 * a different size or ctime (every write moves the ctime; nothing sets it back), or, for a file changed just before
 * the listing, bytes whose crc32 is not that of its first read. So the zip holds the bytes that were hashed, and never
 * more than the sizes the plan checked, without hashing anything twice.
 */
class DiskFile implements SourceFile {
  private crc: number | undefined;

  constructor(
    readonly path: string,
    readonly executable: boolean,
    readonly size: number,
    /** The package's real root folder, shared by every file. */
    private readonly root: string,
    private readonly input: string,
    /** Its ctime when listed. */
    private readonly changed: number,
    recent: boolean,
    /** The real path of a file reached through a symbolic link. */
    private readonly target?: string,
  ) {
    this.crc = recent ? UNREAD : undefined;
  }

  private get location(): string {
    return this.target ?? `${this.root}/${this.path}`;
  }

  /**
   * Synchronous file system calls throughout: a layer is thousands of small files, and one thread-pool round trip per
   * stat, open, read and close made walking and hashing several times slower than sha256sum. A small file is read whole
   * in one read into a buffer of its size (or into `into`), so no file costs a fresh 1 MiB buffer.
   */
  *chunks(into?: Buffer): Generator<Buffer> {
    const fd = onDisk(this.input, this.path, () => openSync(this.location, 'r'));
    try {
      const now = fstatSync(fd);
      if (now.size !== this.size) throw this.changedError(`${this.size} bytes when listed, ${now.size} now`);
      if (now.ctimeMs !== this.changed) throw this.changedError('written to after it was listed');
      let crc = 0;
      for (let left = this.size; left > 0;) {
        const buffer = into ?? Buffer.allocUnsafe(Math.min(left, CHUNK));
        // Never past the size listed; a read that gives fewer bytes is read on (some file systems give short reads).
        const read = readSync(fd, buffer, 0, Math.min(buffer.length, left), null);
        if (read === 0) throw this.changedError(`it ended ${left} bytes short of the ${this.size} listed`);
        left -= read;
        const chunk = buffer.subarray(0, read);
        if (this.crc !== undefined) crc = crc32(chunk, crc);
        yield chunk;
      }
      if (this.crc === UNREAD) this.crc = crc;
      else if (this.crc !== undefined && this.crc !== crc) throw this.changedError('its bytes are not those read before');
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

function excluder(patterns: string[]): (file: string) => boolean {
  const matchers = patterns.map((pattern) => new Minimatch(pattern, { dot: true }));
  return (file) => matchers.some((matcher) => matcher.match(file));
}

/**
 * The folders `exclude` leaves out whole, which the walk does not enter: those matched by the part of a pattern before
 * a final `/**` (or `/**` followed by `/*`), which then matches whatever lies beneath them, at any depth. Matching a
 * made-up path under the folder would not tell: `node_modules/*` matches `node_modules/x` but keeps
 * `node_modules/a/b.js`. A negated pattern (`!`) leaves no folder out whole: what it leaves out of a folder, it may keep
 * in a folder beneath.
 */
function folderExcluder(patterns: string[]): (folder: string) => boolean {
  const above = patterns.flatMap((pattern) => /^(?!!)(.+)\/\*\*(?:\/\*)?$/.exec(pattern)?.[1] ?? []);
  return excluder(above);
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

function walk(
  input: string,
  root: string,
  isExcluded: (file: string) => boolean,
  isExcludedFolder: (folder: string) => boolean,
): SourceFile[] {
  const realRoot = realpath(root);
  const files: SourceFile[] = [];
  const noun = nounOf(input);
  const recentFrom = Date.now() - RECENT_MS;
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
      files.push(
        new DiskFile(
          rel,
          (stats.mode & 0o111) !== 0,
          stats.size,
          realRoot,
          input,
          stats.ctimeMs,
          stats.ctimeMs >= recentFrom,
          target === full ? undefined : target,
        ),
      );
    }
  };
  visit(realRoot, '', new Set([realRoot]));
  return files;
}

// Zip records, and the Unix file types of an entry's mode (the high half of its external attributes).
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const FILE_TYPE = 0o170000;
const SYMLINK = 0o120000;
const DIRECTORY = 0o040000;
// The kernel's own limit (MAXSYMLINKS): a path resolved through more links than this loops.
const MAX_LINK_HOPS = 40;
// Longer than any path: the data of such a "link" is not one.
const MAX_LINK_TARGET = 4096;
// Entries up to this size, zipped and unzipped, are read and inflated whole; larger ones are streamed. An entry of no
// zipped bytes is small whatever its header says: it unzips to nothing.
const SMALL_ENTRY = 1024 * 1024;

interface ZipEntry {
  /** With / as the separator, as the package's paths are. */
  name: string;
  encrypted: boolean;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its local header starts. */
  offset: number;
  mode: number;
}

/** `length` bytes at `position` of an open file, fewer at its end. */
function readFd(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  for (let got = -1; read < length && got !== 0; read += got) got = readSync(fd, buffer, read, length - read, position + read);
  return buffer.subarray(0, read);
}

/** Sizes and an offset too large for their 32-bit fields are in the zip64 extra field (0x0001), in this order. */
function zip64Fields(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 1) continue;
    let field = at + 4;
    const end = Math.min(extra.length, field + extra.readUInt16LE(at + 2));
    for (const key of ['size', 'compressedSize', 'offset'] as const) {
      if (entry[key] !== 0xffffffff || field + 8 > end) continue;
      entry[key] = Number(extra.readBigUInt64LE(field));
      field += 8;
    }
  }
}

/** The entries of a zip's central directory, from its end record (zip64's where the zip has one). */
function centralDirectory(fd: number): ZipEntry[] {
  const fileSize = fstatSync(fd).size;
  // The end record is the last 22 bytes but for a comment of up to 64 KiB.
  const tailStart = Math.max(0, fileSize - 22 - 0xffff);
  const tail = readFd(fd, tailStart, fileSize - tailStart);
  let end = tail.length - 22;
  while (end >= 0 && tail.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error('Invalid or unsupported zip format. No END header found');
  let count = tail.readUInt16LE(end + 10);
  let size = tail.readUInt32LE(end + 12);
  let start = tail.readUInt32LE(end + 16);
  if (end >= 20 && tail.readUInt32LE(end - 20) === END64_LOCATOR) {
    const record = readFd(fd, Number(tail.readBigUInt64LE(end - 20 + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== END64) throw new Error('its zip64 end record is missing');
    count = Number(record.readBigUInt64LE(32));
    size = Number(record.readBigUInt64LE(40));
    start = Number(record.readBigUInt64LE(48));
  }
  if (start + size > fileSize) throw new Error('its central directory lies past the end of the file: it was cut short');
  const directory = readFd(fd, start, size);
  const entries: ZipEntry[] = [];
  for (let at = 0, i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL) {
      throw new Error(`its central directory ends after ${i} of its ${count} entries`);
    }
    const nameEnd = at + 46 + directory.readUInt16LE(at + 28);
    const extraEnd = nameEnd + directory.readUInt16LE(at + 30);
    const entry: ZipEntry = {
      name: directory.toString('utf8', at + 46, nameEnd).replace(/\\/g, '/'),
      encrypted: (directory.readUInt16LE(at + 8) & 1) !== 0,
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      mode: directory.readUInt32LE(at + 38) >>> 16,
      offset: directory.readUInt32LE(at + 42),
    };
    zip64Fields(entry, directory.subarray(nameEnd, extraEnd));
    entries.push(entry);
    at = extraEnd + directory.readUInt16LE(at + 32);
  }
  return entries;
}

/** Where an entry's data starts: past its local header, whose name and extra field may differ from the central one. */
function dataStart(fd: number, entry: ZipEntry): number {
  const local = readFd(fd, entry.offset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new Error('its local header is missing');
  return entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}

/** That what an entry unzipped to is what its central directory says. */
function checkUnzipped(entry: ZipEntry, size: number, crc: number): void {
  if (size !== entry.size) throw new Error(`it unzips to ${size} bytes, not the ${entry.size} its header says`);
  if (crc !== entry.crc) throw new Error('CRC32 checksum failed');
}

/** A small entry's bytes, read and inflated whole. */
function unzipSmall(fd: number, entry: ZipEntry): Buffer {
  const raw = readFd(fd, dataStart(fd, entry), entry.compressedSize);
  if (raw.length < entry.compressedSize) throw new Error('the zip is cut short');
  let data = raw;
  if (entry.method === DEFLATED) {
    try {
      const chunkSize = Math.min(Math.max(entry.size, 64), SMALL_ENTRY);
      data = inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1), chunkSize });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw error;
      throw new Error(`it unzips to more than the ${entry.size} bytes its header says`);
    }
  }
  checkUnzipped(entry, data.length, crc32(data));
  return data;
}

/** A large entry's bytes streamed through inflate to `write`, in bounded memory. */
async function unzipLarge(file: string, fd: number, entry: ZipEntry, write: (chunk: Buffer) => void): Promise<void> {
  const start = dataStart(fd, entry);
  const source = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: CHUNK });
  let size = 0;
  let crc = 0;
  // The sink's own error: the pipeline reports it as the abort it caused.
  let tooLarge: Error | undefined;
  const sink = async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) {
      size += chunk.length;
      // A zip whose data unzips past what its header says is not inflated further: it could fill the disk.
      if (size > entry.size) throw (tooLarge = new Error(`it unzips to more than the ${entry.size} bytes its header says`));
      crc = crc32(chunk, crc);
      write(chunk);
    }
  };
  const unzipped =
    entry.method === DEFLATED ? pipeline(source, createInflateRaw({ chunkSize: 256 * 1024 }), sink) : pipeline(source, sink);
  await unzipped.catch((error: unknown) => {
    throw tooLarge ?? error;
  });
  checkUnzipped(entry, size, crc);
}

/**
 * A file of a .zip, unzipped into a scratch file (see unzipAll) and read from there as a folder's files are read. Its
 * bytes are exactly those checked against the zip's CRC: nothing else writes the scratch file.
 */
class UnzippedFile implements SourceFile {
  constructor(
    readonly path: string,
    readonly executable: boolean,
    readonly size: number,
    private readonly unzipped: string,
    private readonly offset: number,
  ) {}

  *chunks(into?: Buffer): Generator<Buffer> {
    const fd = openSync(this.unzipped, 'r');
    try {
      for (let done = 0; done < this.size;) {
        const length = Math.min(into?.length ?? CHUNK, CHUNK, this.size - done);
        const buffer = into ?? Buffer.allocUnsafe(length);
        const read = readSync(fd, buffer, 0, length, this.offset + done);
        if (read === 0) throw new Error(`${this.path}: its unzipped copy ${this.unzipped} was cut short`);
        done += read;
        yield buffer.subarray(0, read);
      }
    } finally {
      closeSync(fd);
    }
  }

  readAt(offset: number, length: number): Buffer {
    return readAtPath(this.unzipped, this.offset + offset, Math.min(length, this.size - offset));
  }
}

let unzips = 0;

/**
 * Unzips the entries into one scratch file, each once, in the order they lie in the zip, each checked against its
 * size and CRC; returns where each one starts in it. The hash, the content checks and the packer then read a zip's
 * files as they read a folder's: inflating an entry again for each read of it made checking a large library take a
 * pass over the whole of it per table read, each holding all of it in memory, and packing inflate it once more.
 */
async function unzipAll(file: string, fd: number, entries: ZipEntry[], fail: (entry: ZipEntry, error: unknown) => Error) {
  const unzipped = scratch(`unzipped-${++unzips}`);
  const starts = new Map<ZipEntry, number>();
  const out = openSync(unzipped, 'w');
  // Small entries are gathered and written in blocks, not one write each.
  const block = Buffer.allocUnsafe(SMALL_ENTRY);
  let blockStart = 0;
  let used = 0;
  const flush = () => {
    writeSync(out, block, 0, used, blockStart);
    blockStart += used;
    used = 0;
  };
  try {
    for (const entry of [...entries].sort((a, b) => a.offset - b.offset)) {
      starts.set(entry, blockStart + used);
      try {
        if (entry.compressedSize > 0 && (entry.compressedSize > SMALL_ENTRY || entry.size > SMALL_ENTRY)) {
          flush();
          await unzipLarge(file, fd, entry, (chunk) => {
            writeSync(out, chunk, 0, chunk.length, blockStart);
            blockStart += chunk.length;
          });
        } else {
          const data = unzipSmall(fd, entry);
          if (used + data.length > block.length) flush();
          data.copy(block, used);
          used += data.length;
        }
      } catch (error) {
        throw fail(entry, error);
      }
    }
    flush();
  } finally {
    closeSync(out);
  }
  return { unzipped, starts };
}

/**
 * What each link of a layer resolves to once Lambda has unpacked the layer, followed component by component as the
 * kernel follows it: a file's path, or undefined for a folder. A link that leaves the layer (absolute, or `..` past
 * its root), dangles (nothing of the zip left after exclude is there) or loops is a bad input naming it.
 */
function resolveLinks(input: string, zip: string, links: Map<string, string>, paths: string[]): Map<string, string | undefined> {
  const files = new Set(paths.filter((name) => !links.has(name)));
  const folders = new Set(
    paths.flatMap((name) =>
      name
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  const resolved = new Map<string, string | undefined>();
  for (const [link, target] of links) {
    const fail = (what: string) => new InputError(input, `${zip}: ${link} is a symbolic link to ${target}, ${what}`);
    const leaves = () =>
      fail(
        'which leaves the layer (Lambda unpacks it in /opt): link to a file inside the layer, or put the file itself in the zip',
      );
    const done: string[] = [];
    let pending = link.split('/');
    for (let hops = 0; pending.length > 0;) {
      const part = pending.shift()!;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (done.length === 0) throw leaves();
        done.pop();
        continue;
      }
      done.push(part);
      const next = links.get(done.join('/'));
      if (next === undefined) continue;
      if (++hops > MAX_LINK_HOPS) throw fail('which leads back to itself through links: link to the file itself');
      if (next.startsWith('/')) throw leaves();
      done.pop();
      pending = [...next.split('/'), ...pending];
    }
    const found = done.join('/');
    if (target === '' || !(files.has(found) || found === '' || folders.has(found))) {
      throw fail('which the zip does not hold (after exclude): add it to the zip, or leave the link out');
    }
    resolved.set(link, files.has(found) ? found : undefined);
  }
  return resolved;
}

/**
 * The files of a .zip, read from its central directory and unzipped once (see unzipAll), in memory bounded whatever
 * their sizes. Symbolic links stay links; a layer's must resolve inside it. What goes in the layer's zip is held to
 * the limits of its pack here, in the plan: the entries a zip holds without zip64, and 250 MB unzipped.
 */
async function readZip(input: string, file: string, isExcluded: (file: string) => boolean): Promise<SourceFile[]> {
  const zip = path.basename(file);
  const unreadable = (what: string, error: unknown) =>
    new InputError(input, `${zip}${what} is not a readable zip (${errorMessage(error)}): build it again`);
  const fd = openSync(file, 'r');
  try {
    let entries: ZipEntry[];
    try {
      entries = centralDirectory(fd);
    } catch (error) {
      throw unreadable('', error);
    }
    const included: ZipEntry[] = [];
    const names = new Set<string>();
    for (const entry of entries) {
      const { name } = entry;
      if (name.endsWith('/') || (entry.mode & FILE_TYPE) === DIRECTORY) continue;
      if (name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..')) {
        throw new InputError(input, `${zip} holds "${name}", a path that escapes the package`);
      }
      if (names.has(name)) {
        throw new InputError(
          input,
          `${zip} holds "${name}" twice, and Lambda would unpack only one of them: build the zip again without duplicate names`,
        );
      }
      names.add(name);
      if (isExcluded(name)) continue;
      if (entry.encrypted) throw new InputError(input, `${zip}: ${name} is encrypted: build the zip again without a password`);
      if (entry.method !== STORED && entry.method !== DEFLATED) {
        throw new InputError(
          input,
          `${zip}: ${name} is compressed with method ${entry.method}, not deflate: build the zip again with deflate`,
        );
      }
      included.push(entry);
    }
    if (included.length > ZIP_ENTRY_LIMIT) {
      throw new InputError(
        input,
        `${zip} holds ${included.length} files (after exclude), more than the ${ZIP_ENTRY_LIMIT} a zip holds without zip64: leave some out with exclude`,
      );
    }
    const total = included.reduce((sum, entry) => sum + entry.size, 0);
    if (total > UNZIPPED_LIMIT) {
      throw new InputError(input, `${zip} is ${megabytes(total)} unzipped (after exclude), above Lambda's 250 MB limit`);
    }
    const isLink = (entry: ZipEntry) => (entry.mode & FILE_TYPE) === SYMLINK;
    const links = new Map<string, Buffer>();
    for (const entry of included.filter(isLink)) {
      try {
        if (entry.size > MAX_LINK_TARGET || entry.compressedSize > 2 * MAX_LINK_TARGET) {
          throw new Error(`a symbolic link of ${entry.size} bytes, longer than any path`);
        }
        links.set(entry.name, unzipSmall(fd, entry));
      } catch (error) {
        throw unreadable(`: ${entry.name}`, error);
      }
    }
    const targets = new Map([...links].map(([name, data]) => [name, data.toString('utf8')]));
    // Code is uploaded as it is, and its links may lead into layers (/opt): only a layer's are resolved.
    const resolved =
      input === Input.LayerPath || input === Input.Layers
        ? resolveLinks(
            input,
            zip,
            targets,
            included.map((entry) => entry.name),
          )
        : new Map<string, string | undefined>();
    const regular = included.filter((entry) => !isLink(entry));
    const { unzipped, starts } = await unzipAll(file, fd, regular, (entry, error) => unreadable(`: ${entry.name}`, error));
    return included.map((entry): SourceFile => {
      const data = links.get(entry.name);
      if (!data) {
        // Unix mode bits live in the high half of the external attributes when the zip was made on Unix.
        const executable = (entry.mode & 0o111) !== 0;
        return new UnzippedFile(entry.name, executable, entry.size, unzipped, starts.get(entry)!);
      }
      return {
        path: entry.name,
        executable: false,
        size: data.length,
        link: { target: targets.get(entry.name)!, file: resolved.get(entry.name) },
        chunks: () => [data],
        readAt: (offset, length) => data.subarray(offset, offset + length),
      };
    });
  } finally {
    closeSync(fd);
  }
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

export function totalSize(files: SourceFile[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}
