import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { ZIP_ENTRY_LIMIT } from './constants.js';
import { readSource, totalSize, type SourceFile } from './source.js';

export interface PackedZip {
  path: string;
  size: number;
  /** Base64 sha256 of the zip's bytes: Lambda's CodeSha256. */
  sha256: string;
  /** The size of its files unzipped, which counts toward Lambda's 250 MB. */
  unzippedSize: number;
}

// 1980-01-01 00:00:00, the earliest DOS date: every entry gets it, so the bytes never depend on when files were made.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
const MADE_BY_UNIX = (3 << 8) | VERSION;
const ZIP32_LIMIT = 0xffffffff;
// Files up to this size are read and deflated whole, synchronously: for thousands of small files the thread pool's
// round trips cost more than the work. Larger files are streamed, so memory stays bounded. Deflate writes the same
// bytes either way.
const SMALL = 1024 * 1024;

// Headers and small entries are written in blocks of this size: one file write per entry part made the thread-pool
// round trips, not deflate, the cost of packing thousands of small files.
const BLOCK = 1024 * 1024;

/** Counts and hashes every byte it writes, and waits when the file stream's buffer is full. */
class ZipWriter {
  offset = 0;
  private readonly hash = createHash('sha256');
  private readonly stream: WriteStream;
  private block: Buffer[] = [];
  private blockSize = 0;

  constructor(file: string) {
    this.stream = createWriteStream(file);
  }

  async write(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    this.hash.update(chunk);
    this.block.push(chunk);
    this.blockSize += chunk.length;
    if (this.blockSize >= BLOCK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.blockSize === 0) return;
    const block = Buffer.concat(this.block);
    this.block = [];
    this.blockSize = 0;
    if (!this.stream.write(block)) await once(this.stream, 'drain');
  }

  async close(): Promise<string> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    return this.hash.digest('base64');
  }
}

/**
 * Writes a deterministic zip: entries in the given (sorted) order, a fixed timestamp, mode 644 or 755.
 * Each file is streamed through deflate with a trailing data descriptor, so memory stays flat whatever the size.
 */
export async function packZip(files: SourceFile[], destination: string): Promise<PackedZip> {
  if (files.length > ZIP_ENTRY_LIMIT) {
    throw new Error(`${files.length} files: more than a zip without zip64 holds (${ZIP_ENTRY_LIMIT})`);
  }
  const out = new ZipWriter(destination);
  try {
    await writeEntries(files, out);
  } catch (error) {
    await out.close();
    throw error;
  }
  const sha256 = await out.close();
  return { path: destination, size: out.offset, sha256, unzippedSize: totalSize(files) };
}

/** What the data descriptor needs of an entry once its data is written. */
interface Written {
  crc: number;
  size: number;
}

async function writeWhole(file: SourceFile, out: ZipWriter): Promise<Written> {
  const raw = Buffer.concat([...file.chunks()]);
  await out.write(deflateRawSync(raw, { level: 6 }));
  return { crc: crc32(raw), size: raw.length };
}

async function writeStreamed(file: SourceFile, out: ZipWriter): Promise<Written> {
  let crc = 0;
  let size = 0;
  await pipeline(
    Readable.from(file.chunks()),
    async function* measure(source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        yield chunk;
      }
    },
    createDeflateRaw({ level: 6 }),
    async (compressed: AsyncIterable<Buffer>) => {
      for await (const chunk of compressed) await out.write(chunk);
    },
  );
  return { crc, size };
}

async function writeEntries(files: SourceFile[], out: ZipWriter): Promise<void> {
  const central: Buffer[] = [];
  for (const file of files) {
    const name = Buffer.from(file.path, 'utf8');
    const offset = out.offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(FLAG_DATA_DESCRIPTOR | FLAG_UTF8, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt16LE(name.length, 26);
    await out.write(Buffer.concat([local, name]));

    const start = out.offset;
    const { crc, size } = file.size <= SMALL ? await writeWhole(file, out) : await writeStreamed(file, out);
    const compressedSize = out.offset - start;
    if (out.offset > ZIP32_LIMIT) throw new Error('the package exceeds 4 GiB, more than a zip without zip64 holds');

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressedSize, 8);
    descriptor.writeUInt32LE(size, 12);
    await out.write(descriptor);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(MADE_BY_UNIX, 4);
    entry.writeUInt16LE(VERSION, 6);
    entry.writeUInt16LE(FLAG_DATA_DESCRIPTOR | FLAG_UTF8, 8);
    entry.writeUInt16LE(DEFLATE, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(compressedSize, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(((file.executable ? 0o100755 : 0o100644) << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
  }

  const centralStart = out.offset;
  for (const part of central) await out.write(part);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(out.offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  await out.write(end);
}

let scratchDir: string | undefined;

/** A private scratch folder for zips, under RUNNER_TEMP on a runner, which the runner empties after the job. */
export function scratch(name: string): string {
  scratchDir ??= mkdtempSync(path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'lambda-layer-deploy-'));
  return path.join(scratchDir, name);
}

let packed = 0;

/**
 * A deployable zip of a code directory (packed deterministically) or a .zip (taken as it is, once every entry has
 * been read: a corrupt zip or one whose paths escape fails in the plan, not halfway through the deploy).
 */
export async function packCode(input: string, location: string, exclude: string[]): Promise<PackedZip> {
  if ((await stat(location)).isDirectory()) {
    return packZip(await readSource(input, location, exclude), scratch(`code-${++packed}.zip`));
  }
  const files = await readSource(input, location);
  for (const file of files) for (const chunk of file.chunks()) void chunk;
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(location)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { path: location, size, sha256: hash.digest('base64'), unzippedSize: totalSize(files) };
}
