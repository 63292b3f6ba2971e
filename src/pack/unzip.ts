import { closeSync, createReadStream, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { scratch } from './scratch.js';
import { CHUNK, readAtPath, type SourceFile } from './source-file.js';
import { CENTRAL, DEFLATED, END, END64, END64_LOCATOR, LOCAL } from './zip-format.js';

// Entries up to this size, zipped and unzipped, are read and inflated whole; larger ones are streamed. An entry of no
// zipped bytes is small whatever its header says: it unzips to nothing.
const SMALL_ENTRY = 1024 * 1024;

/** An entry as a zip's central directory describes it. */
export interface ZipEntry {
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
export function centralDirectory(fd: number): ZipEntry[] {
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
export function unzipSmall(fd: number, entry: ZipEntry): Buffer {
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
 * size and CRC, and gives each as a file read from there. The hash, the content checks and the packer then read a
 * zip's files as they read a folder's: inflating an entry again for each read of it made checking a large library take
 * a pass over the whole of it per table read, each holding all of it in memory, and packing inflate it once more.
 */
export async function unzipAll(
  file: string,
  fd: number,
  entries: ZipEntry[],
  fail: (entry: ZipEntry, error: unknown) => Error,
): Promise<SourceFile[]> {
  const unzipped = scratch(`unzipped-${++unzips}`);
  const files: SourceFile[] = [];
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
      // Unix mode bits live in the high half of the external attributes when the zip was made on Unix.
      const executable = (entry.mode & 0o111) !== 0;
      files.push(new UnzippedFile(entry.name, executable, entry.size, unzipped, blockStart + used));
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
  return files;
}
