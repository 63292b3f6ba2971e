import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { crc32 } from 'node:zlib';
import type { SourceFile } from './source-file.js';
import { CENTRAL, DEFLATED, DESCRIPTOR, END, LOCAL, STORED, SYMLINK } from './zip-format.js';

// 1980-01-01 00:00:00, the earliest DOS date: every entry gets it, so the bytes never depend on when files were made.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
// A symbolic link's mode, as `zip -y` writes it; its entry's data is the target.
const SYMLINK_MODE = SYMLINK | 0o777;
const VERSION = 20;
const MADE_BY_UNIX = (3 << 8) | VERSION;
const ZIP32_LIMIT = 0xffffffff;

// Headers and small entries are written in blocks of this size: one file write per entry part made the thread-pool
// round trips, not deflate, the cost of packing thousands of small files.
const BLOCK = 1024 * 1024;

// What the central directory needs of each entry besides its name and kind, 4 bytes each in one buffer rather than a
// buffer or an object per entry: its crc, compressed size, size, and where its local header starts.
const FIELDS = 16;

/**
 * What the zip file holds so far, in bytes, reported as each write reaches the file: a reader may read up to there
 * while the packer goes on (the upload sends parts of the zip as it is written).
 */
export type OnWritten = (bytes: number) => void;

/**
 * Writes a zip's records and counts and hashes every byte it writes, and waits when the file stream's buffer is full.
 * Headers are filled in place in the block and entries copied into it: a buffer allocated per header would leave one
 * small buffer per entry waiting for the collector.
 */
export class ZipWriter {
  offset = 0;
  private readonly hash = createHash('sha256');
  private readonly stream: WriteStream;
  private block = Buffer.allocUnsafe(BLOCK);
  private used = 0;
  private written = 0;
  private readonly fields: Buffer;
  /** Entries ended so far. */
  private count = 0;
  /** Where the deflated entry being written starts, and where its data starts. */
  private entryStart = 0;
  private dataStart = 0;

  /** A zip of `entries` entries at `file`. */
  constructor(
    file: string,
    entries: number,
    private readonly onWritten?: OnWritten,
  ) {
    this.fields = Buffer.alloc(entries * FIELDS);
    this.stream = createWriteStream(file);
    // A write nobody awaits may fail (a full disk) or be cut short by abandon(): its error is read from
    // `stream.errored` at the next write or at close, never left to crash the process as an 'error' without listener.
    this.stream.on('error', () => undefined);
  }

  /** The next `length` bytes of the zip (at most BLOCK), to be filled in before anything else is written. */
  async reserve(length: number): Promise<Buffer> {
    if (this.used + length > BLOCK) await this.flush();
    const part = this.block.subarray(this.used, this.used + length);
    this.used += length;
    this.offset += length;
    return part;
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (this.used + chunk.length > BLOCK) await this.flush();
    if (chunk.length > BLOCK) {
      this.offset += chunk.length;
      await this.send(chunk);
      return;
    }
    this.block.set(chunk, this.used);
    this.used += chunk.length;
    this.offset += chunk.length;
  }

  /** A stored entry whose bytes are all at hand (a symbolic link's target). */
  async stored(name: string, data: Buffer): Promise<void> {
    const start = this.offset;
    // Its CRC and size in its header, not in a data descriptor: some readers refuse a stored entry with one.
    const crc = crc32(data);
    const local = await this.localHeader(name, FLAG_UTF8, STORED);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    await this.write(data);
    this.ended(start, crc, data.length, data.length);
  }

  /** Starts a deflated entry: its data is written next, then endDeflated gives its CRC and size. */
  async startDeflated(name: string): Promise<void> {
    this.entryStart = this.offset;
    await this.localHeader(name, FLAG_DATA_DESCRIPTOR | FLAG_UTF8, DEFLATED);
    this.dataStart = this.offset;
  }

  /** Ends the deflated entry whose data was just written with its data descriptor. */
  async endDeflated(crc: number, size: number): Promise<void> {
    const compressedSize = this.offset - this.dataStart;
    if (this.offset > ZIP32_LIMIT) throw new Error('the package exceeds 4 GiB, more than a zip without zip64 holds');
    const descriptor = await this.reserve(16);
    descriptor.writeUInt32LE(DESCRIPTOR, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressedSize, 8);
    descriptor.writeUInt32LE(size, 12);
    this.ended(this.entryStart, crc, compressedSize, size);
  }

  /** The central directory and the end record, once every entry is written: `files` are the entries, in order. */
  async directory(files: readonly SourceFile[]): Promise<void> {
    if (files.length !== this.count) throw new Error(`${this.count} entries were written for ${files.length} files`);
    const centralStart = this.offset;
    for (const [index, file] of files.entries()) {
      const at = index * FIELDS;
      const nameLength = Buffer.byteLength(file.path);
      const entry = await this.reserve(46 + nameLength);
      entry.fill(0, 0, 46);
      entry.writeUInt32LE(CENTRAL, 0);
      entry.writeUInt16LE(MADE_BY_UNIX, 4);
      entry.writeUInt16LE(VERSION, 6);
      entry.writeUInt16LE(file.link ? FLAG_UTF8 : FLAG_DATA_DESCRIPTOR | FLAG_UTF8, 8);
      entry.writeUInt16LE(file.link ? STORED : DEFLATED, 10);
      entry.writeUInt16LE(DOS_TIME, 12);
      entry.writeUInt16LE(DOS_DATE, 14);
      entry.writeUInt32LE(this.fields.readUInt32LE(at), 16);
      entry.writeUInt32LE(this.fields.readUInt32LE(at + 4), 20);
      entry.writeUInt32LE(this.fields.readUInt32LE(at + 8), 24);
      entry.writeUInt16LE(nameLength, 28);
      entry.writeUInt32LE(((file.link ? SYMLINK_MODE : file.executable ? 0o100755 : 0o100644) << 16) >>> 0, 38);
      entry.writeUInt32LE(this.fields.readUInt32LE(at + 12), 42);
      entry.write(file.path, 46, 'utf8');
    }
    const centralSize = this.offset - centralStart;
    const end = await this.reserve(22);
    end.fill(0);
    end.writeUInt32LE(END, 0);
    end.writeUInt16LE(files.length, 8);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(centralStart, 16);
  }

  /** Writes out what is left and gives the base64 sha256 of every byte written. */
  async close(): Promise<string> {
    await this.flush();
    if (this.stream.errored) throw this.stream.errored;
    this.stream.end();
    await once(this.stream, 'finish');
    return this.hash.digest('base64');
  }

  /** Closes the file of a pack that failed, without writing what is left. */
  abandon(): void {
    this.stream.destroy();
  }

  /** Writes an entry's local header, and returns it for the CRC and sizes when they are known before its data. */
  private async localHeader(name: string, flags: number, method: number): Promise<Buffer> {
    const nameLength = Buffer.byteLength(name);
    const local = await this.reserve(30 + nameLength);
    local.fill(0, 0, 30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt16LE(nameLength, 26);
    local.write(name, 30, 'utf8');
    return local;
  }

  /** Keeps what the central directory needs of the entry just ended. */
  private ended(start: number, crc: number, compressedSize: number, size: number): void {
    const at = this.count++ * FIELDS;
    this.fields.writeUInt32LE(crc, at);
    this.fields.writeUInt32LE(compressedSize, at + 4);
    this.fields.writeUInt32LE(size, at + 8);
    this.fields.writeUInt32LE(start, at + 12);
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    const block = this.block.subarray(0, this.used);
    // The stream holds the block until it is written: the next one is a new buffer.
    this.block = Buffer.allocUnsafe(BLOCK);
    this.used = 0;
    await this.send(block);
  }

  private async send(bytes: Uint8Array): Promise<void> {
    // A write that failed (a full disk) destroyed the stream: nothing more is written, and no 'drain' will come.
    if (this.stream.errored) throw this.stream.errored;
    this.hash.update(bytes);
    // A file stream completes its writes in order; a failed one is raised by the stream's 'error'.
    const done = (error?: Error | null) => {
      if (!error) this.onWritten?.((this.written += bytes.length));
    };
    if (!this.stream.write(bytes, done)) await once(this.stream, 'drain');
  }
}
