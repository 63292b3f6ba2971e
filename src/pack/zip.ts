import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import zlib, { createDeflateRaw, crc32 } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { ZIP_ENTRY_LIMIT } from '../aws/limits.js';
import { scratch } from './scratch.js';
import { CHUNK, readSource, totalSize, type SourceFile } from './source.js';

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
const STORE = 0;
const DEFLATE = 8;
// A symbolic link's mode, as `zip -y` writes it; its entry's data is the target.
const SYMLINK_MODE = 0o120777;
const VERSION = 20;
const MADE_BY_UNIX = (3 << 8) | VERSION;
const ZIP32_LIMIT = 0xffffffff;
// Files up to this size are read whole and deflated in batches; larger files are streamed, so memory stays bounded.
// Deflate writes the same bytes either way. Above a few hundred KiB a file's own zlib stream costs nothing to set up,
// and in the thread pool it runs beside the worker: 256 KiB rather than 1 MiB packed the 100 MB tree 8 % faster.
const SMALL = 256 * 1024;
// Deflate's strategy is chosen for each segment of a file (strategyOf), at fixed offsets: the same bytes, the same zip.
// A small file is one segment (SMALL is below it), so it is deflated the same in a batch as streamed.
const SEGMENT = 1024 * 1024;
const BATCH = 1024 * 1024;
const BATCH_FILES = 512;
const AHEAD = 16;
const AHEAD_BYTES = 32 * 1024 * 1024;
// Batches of small files waiting to be written, per worker: one deflating and one queued keep a worker busy. More only
// held memory: 16 batches ahead with their results were 25 MB on the main thread packing 30,000 small files.
const BATCHES_PER_WORKER = 2;
const WORKERS_FROM = 4 * 1024 * 1024;
const MAX_WORKERS = 4;
// A worker's garbage is its batches and zlib's per-file buffers, dead as soon as made: V8's default young generation
// let 16 MB of it pile up per worker before collecting; 2 MB measured no slower.
const WORKER_YOUNG_MB = 2;

// Headers and small entries are written in blocks of this size: one file write per entry part made the thread-pool
// round trips, not deflate, the cost of packing thousands of small files.
const BLOCK = 1024 * 1024;

/**
 * What the zip file holds so far, in bytes, reported as each write reaches the file: a reader may read up to there
 * while the packer goes on (the upload sends parts of the zip as it is written).
 */
export type OnWritten = (bytes: number) => void;

/**
 * Counts and hashes every byte it writes, and waits when the file stream's buffer is full. Headers are filled in
 * place in the block and entries copied into it: a buffer allocated per header kept tens of megabytes of small
 * buffers waiting for the collector when packing 30,000 files.
 */
class ZipWriter {
  offset = 0;
  private readonly hash = createHash('sha256');
  private readonly stream: WriteStream;
  private block = Buffer.allocUnsafe(BLOCK);
  private used = 0;
  private written = 0;

  constructor(
    file: string,
    private readonly onWritten?: OnWritten,
  ) {
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
}

// Packs run one at a time: each already keeps every core busy, and memory stays at one pack's worker threads and
// read-ahead however many code folders the functions have.
let packing: Promise<unknown> = Promise.resolve();

/**
 * Writes a deterministic zip: entries in the given (sorted) order, a fixed timestamp, mode 644 or 755, each with a
 * trailing data descriptor; a symbolic link of a .zip stays one, stored. Small files are deflated in batches on worker
 * threads, large ones streamed through zlib, so memory stays bounded whatever the sizes.
 */
export function packZip(files: SourceFile[], destination: string, onWritten?: OnWritten): Promise<PackedZip> {
  const pack = packing.then(() => packOne(files, destination, onWritten));
  packing = pack.catch(() => undefined);
  return pack;
}

async function packOne(files: SourceFile[], destination: string, onWritten: OnWritten | undefined): Promise<PackedZip> {
  if (files.length > ZIP_ENTRY_LIMIT) {
    throw new Error(`${files.length} files: more than a zip without zip64 holds (${ZIP_ENTRY_LIMIT})`);
  }
  const out = new ZipWriter(destination, onWritten);
  const smallBytes = files.reduce((sum, file) => sum + (file.size <= SMALL ? file.size : 0), 0);
  // A worker per core but the main thread's, which reads, checksums and writes: on 2 cores a second worker packed
  // 30,000 small files in 2.3 s instead of 2.9 s, but with a peak 16 MB higher (the 100 MB tree packed as fast).
  const threads = Math.min(os.availableParallelism() - 1, MAX_WORKERS);
  // Starting a worker costs tens of milliseconds: a few small files are deflated on the main thread.
  const pool = smallBytes >= WORKERS_FROM && threads > 0 ? deflatePool(threads) : undefined;
  const deflate: Deflate = pool?.deflate ?? ((raw, sizes) => Promise.resolve(deflateBatch(zlib, raw, sizes)));
  // Large files deflated ahead stop at their next segment when the pack fails, rather than read on beside the next.
  const stop = new AbortController();
  try {
    await writeEntries(files, out, deflate, BATCHES_PER_WORKER * (pool ? threads : 1), stop.signal);
  } catch (error) {
    stop.abort();
    out.abandon();
    throw error;
  } finally {
    await pool?.close();
  }
  const sha256 = await out.close();
  return { path: destination, size: out.offset, sha256, unzippedSize: totalSize(files) };
}

/** What the data descriptor needs of an entry once its data is written. */
interface Written {
  crc: number;
  size: number;
}

/** A batch of small files deflated: one buffer of every file's deflated bytes, and each file's crc, size and length. */
interface Deflated {
  data: Uint8Array;
  crcs: number[];
  sizes: number[];
  lengths: number[];
}

/**
 * Deflate's strategy for a segment of a file: Huffman coding alone where three samples of it (its start, middle and
 * end) each fail to shrink by a 32nd. Deflate spends most of its time looking for repeats that bytes already compressed
 * (fonts, archives, many images) do not have, then stores them anyway: Huffman coding alone skips that search, four
 * times faster, and its blocks do not depend on how the input was fed to zlib, so the zip stays deterministic. Three
 * samples, not one, because jars mix both: with the first alone, some came out 4 % larger; with three, at most 1.5 %.
 * Source, bytecode and shared libraries never change strategy. It runs in a worker from its own source text, so it
 * uses only its arguments.
 */
function strategyOf(zlib: typeof import('node:zlib'), segment: Uint8Array): number {
  const SAMPLE = 16 * 1024;
  const { Z_DEFAULT_STRATEGY, Z_HUFFMAN_ONLY } = zlib.constants;
  if (segment.length < 4 * SAMPLE) return Z_DEFAULT_STRATEGY;
  const shrinks = (start: number, length: number) =>
    zlib.deflateRawSync(segment.subarray(start, start + length), { level: 6 }).length <= length - length / 32;
  const middle = Math.floor((segment.length - SAMPLE) / 2);
  // Most segments compress, and show it in their first 4 KiB: a sixth of the cost of the full sample, which made
  // packing 86 MB of text 7 % slower.
  return shrinks(0, SAMPLE / 4) || shrinks(0, SAMPLE) || shrinks(middle, SAMPLE) || shrinks(segment.length - SAMPLE, SAMPLE)
    ? Z_DEFAULT_STRATEGY
    : Z_HUFFMAN_ONLY;
}

/**
 * Deflates each file of a batch (`raw` holds their bytes back to back) exactly as `deflateRawSync` at level 6 does,
 * with the strategy `strategyOf` gives the file, so where it runs never changes the zip. It runs in a worker from its
 * own source text, so it uses only its arguments.
 */
function deflateBatch(zlib: typeof import('node:zlib'), raw: Uint8Array, sizes: number[]): Deflated {
  const parts: Uint8Array[] = [];
  const crcs: number[] = [];
  let offset = 0;
  for (const size of sizes) {
    const bytes = raw.subarray(offset, offset + size);
    offset += size;
    crcs.push(zlib.crc32(bytes));
    // An output buffer the size of the file, not zlib's 16 KiB default: each call allocates one, and 30,000 of 16 KiB
    // waiting for the collector cost tens of megabytes per worker. A file that deflates larger gets a second one.
    parts.push(
      zlib.deflateRawSync(bytes, {
        level: 6,
        strategy: strategyOf(zlib, bytes),
        chunkSize: Math.max(size + 64, zlib.constants.Z_MIN_CHUNK),
      }),
    );
  }
  // A fresh buffer of its own, not Node's shared pool: it is transferred back to the main thread.
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return { data, crcs, sizes, lengths: parts.map((part) => part.length) };
}

// strategyOf is declared under the name the bundler gave it: the name deflateBatch's source calls it by.
const DEFLATER = `
const zlib = require('node:zlib');
const { parentPort } = require('node:worker_threads');
const ${strategyOf.name} = ${strategyOf.toString()};
const deflateBatch = ${deflateBatch.toString()};
parentPort.on('message', ({ raw, sizes }) => {
  const deflated = deflateBatch(zlib, new Uint8Array(raw), sizes);
  parentPort.postMessage(deflated, [deflated.data.buffer]);
});
`;

type Deflate = (raw: Uint8Array, sizes: number[]) => Promise<Deflated>;

/**
 * Worker threads that deflate batches: one zlib stream per small file costs more in setting up than in compressing,
 * so batches of small files go to workers whole while the main thread reads and writes; the thread pool's async zlib
 * would cost one round trip per file.
 */
function deflatePool(count: number): { deflate: Deflate; close: () => Promise<void> } {
  interface Job {
    raw: Uint8Array;
    sizes: number[];
    resolve: (deflated: Deflated) => void;
    reject: (error: unknown) => void;
  }
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  let alive = count;
  let stopped: Error | undefined;
  const next = (worker: Worker): void => {
    const job = queue.shift();
    if (!job) {
      busy.delete(worker);
      idle.push(worker);
      return;
    }
    busy.set(worker, job);
    worker.postMessage({ raw: job.raw.buffer, sizes: job.sizes }, [job.raw.buffer as ArrayBuffer]);
  };
  // A worker that stops (an error, or out of memory) fails its job; when none is left, every job waiting fails too,
  // rather than waiting forever.
  const lost = (worker: Worker, error: Error): void => {
    const waiting = idle.indexOf(worker);
    if (waiting >= 0) idle.splice(waiting, 1);
    // Neither idle nor busy: already counted ('error' is followed by 'exit'), or terminated by close().
    else if (!busy.has(worker)) return;
    busy.get(worker)?.reject(error);
    busy.delete(worker);
    if (--alive > 0) return;
    stopped = error;
    for (const job of queue.splice(0)) job.reject(error);
  };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(DEFLATER, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.on('message', (deflated: Deflated) => {
      busy.get(worker)?.resolve(deflated);
      next(worker);
    });
    worker.on('error', (error) => lost(worker, error));
    worker.on('exit', (code) => lost(worker, new Error(`a deflate worker stopped (exit code ${code})`)));
    idle.push(worker);
    return worker;
  });
  return {
    deflate: (raw, sizes) =>
      new Promise((resolve, reject) => {
        if (stopped) return reject(stopped);
        queue.push({ raw, sizes, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
      }),
    close: async () => {
      // Terminated on purpose: not a loss.
      idle.splice(0);
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * The file's bytes in segments of exactly SEGMENT (the last shorter), whatever lengths the reads returned: where
 * deflate may change strategy must depend on the bytes alone.
 */
function* segments(chunks: Iterable<Buffer>): Generator<Buffer, void> {
  let pending: Buffer[] = [];
  let length = 0;
  for (let chunk of chunks) {
    if (length === 0 && chunk.length === SEGMENT) {
      yield chunk;
      continue;
    }
    while (length + chunk.length >= SEGMENT) {
      pending.push(chunk.subarray(0, SEGMENT - length));
      chunk = chunk.subarray(SEGMENT - length);
      yield Buffer.concat(pending);
      pending = [];
      length = 0;
    }
    if (chunk.length > 0) {
      pending.push(chunk);
      length += chunk.length;
    }
  }
  if (length > 0) yield Buffer.concat(pending);
}

/**
 * A file whose bytes did not come to the size it was listed with, which the plan checked and the hash covered: the
 * zip must not hold other bytes. A file of a folder says so itself, naming its input; this catches any other source.
 */
function notAsListed(file: SourceFile, read: number): Error {
  return new Error(`${file.path}: ${read} bytes were read where ${file.size} were listed`);
}

/**
 * Streams one file through zlib in the thread pool, each segment with the strategy `strategyOf` gives it, handing each
 * deflated chunk to `sink` as it comes.
 */
async function deflateStreamed(file: SourceFile, sink: (chunk: Buffer) => unknown, signal?: AbortSignal): Promise<Written> {
  let crc = 0;
  let size = 0;
  const pieces = segments(file.chunks());
  let next = pieces.next();
  let nextStrategy = strategyOf(zlib, next.done ? Buffer.alloc(0) : next.value);
  let strategy = nextStrategy;
  const deflate = createDeflateRaw({ level: 6, strategy, chunkSize: 256 * 1024 });
  // A sink that fails does not destroy deflate: Node fails an assertion, uncaught, when the flush of a params() call
  // ends on a destroyed stream. What deflate writes after a failure is dropped, and the failure raised once it ends.
  let failure: { error: unknown } | undefined;
  deflate.on('data', (chunk: Buffer) => {
    if (failure) return;
    deflate.pause();
    Promise.resolve()
      .then(() => sink(chunk))
      .then(
        () => deflate.resume(),
        (error: unknown) => {
          failure = { error };
          deflate.resume();
        },
      );
  });
  const ended = once(deflate, 'end');
  ended.catch(() => undefined);
  try {
    while (!next.done && !failure && !signal?.aborted) {
      const segment = next.value;
      if (nextStrategy !== strategy) {
        // Each segment is written before the change and the next one only after it, so it takes effect exactly at the
        // segment's start (Node makes it after a sync flush). A write queued behind that flush crashes Node 20.
        strategy = nextStrategy;
        await new Promise<void>((resolve) => deflate.params(6, strategy, () => resolve()));
      }
      crc = crc32(segment, crc);
      size += segment.length;
      if (size > file.size) throw notAsListed(file, size);
      const full = !deflate.write(segment);
      // The next segment is read and sampled while zlib deflates this one in the thread pool.
      next = pieces.next();
      if (!next.done) nextStrategy = strategyOf(zlib, next.value);
      if (full) await once(deflate, 'drain');
    }
  } finally {
    // Closes the file when the pack stops before its end.
    pieces.return(undefined);
    deflate.end();
    await ended;
  }
  if (failure) throw failure.error;
  if (size < file.size && !signal?.aborted) throw notAsListed(file, size);
  return { crc, size };
}

/** A unit of deflating: a batch of small files, in file order, or one large file alone. */
interface Job {
  files: number[];
  bytes: number;
  large: boolean;
}

/**
 * Small files grouped in file order into batches of about BATCH bytes; each larger file is a job of its own. For each
 * file, its job and its place in that job.
 */
function jobsOf(files: SourceFile[]): { jobs: Job[]; jobOf: Int32Array; positionOf: Int32Array } {
  const jobs: Job[] = [];
  const jobOf = new Int32Array(files.length);
  const positionOf = new Int32Array(files.length);
  let batch: Job | undefined;
  files.forEach((file, index) => {
    // Links are stored as they are, when their turn comes (see writeEntries).
    if (file.link) return;
    if (file.size > SMALL) {
      batch = undefined;
      jobOf[index] = jobs.push({ files: [index], bytes: file.size, large: true }) - 1;
      return;
    }
    if (!batch) jobs.push((batch = { files: [], bytes: 0, large: false }));
    positionOf[index] = batch.files.push(index) - 1;
    batch.bytes += file.size;
    jobOf[index] = jobs.length - 1;
    if (batch.bytes >= BATCH || batch.files.length >= BATCH_FILES) batch = undefined;
  });
  return { jobs, jobOf, positionOf };
}

// Every chunk is copied into the batch before the next is read, so one buffer serves every small file.
const readBuffer = Buffer.allocUnsafe(CHUNK);

/**
 * The files' bytes back to back in a buffer of its own (it is transferred to a worker), and each one's size.
 * Reading into one reused buffer matters: a fresh buffer per file made the garbage collector, not deflate, the cost
 * of packing 30,000 small files.
 */
function readBatch(files: SourceFile[], batch: number[], bytes: number): { raw: Uint8Array; sizes: number[] } {
  const raw = new Uint8Array(bytes);
  const sizes: number[] = [];
  let offset = 0;
  for (const index of batch) {
    const file = files[index]!;
    const start = offset;
    for (const chunk of file.chunks(readBuffer)) {
      if (offset - start + chunk.length > file.size) throw notAsListed(file, offset - start + chunk.length);
      raw.set(chunk, offset);
      offset += chunk.length;
    }
    if (offset - start !== file.size) throw notAsListed(file, offset - start);
    sizes.push(file.size);
  }
  return { raw, sizes };
}

/** One large file deflated into memory ahead of its turn. */
async function deflateAhead(file: SourceFile, signal: AbortSignal): Promise<Deflated> {
  const parts: Buffer[] = [];
  const { crc, size } = await deflateStreamed(file, (chunk) => parts.push(chunk), signal);
  const data = Buffer.concat(parts);
  return { data, crcs: [crc], sizes: [size], lengths: [data.length] };
}

/** Writes an entry's local header, and returns it for the CRC and sizes when they are known before its data. */
async function localHeader(out: ZipWriter, name: string, flags: number, method: number): Promise<Buffer> {
  const nameLength = Buffer.byteLength(name);
  const local = await out.reserve(30 + nameLength);
  local.fill(0, 0, 30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(VERSION, 4);
  local.writeUInt16LE(flags, 6);
  local.writeUInt16LE(method, 8);
  local.writeUInt16LE(DOS_TIME, 10);
  local.writeUInt16LE(DOS_DATE, 12);
  local.writeUInt16LE(nameLength, 26);
  local.write(name, 30, 'utf8');
  return local;
}

/**
 * Entries in file order. Jobs are deflated up to AHEAD jobs and AHEAD_BYTES ahead of the entry being written, so the
 * workers and the thread pool stay busy whatever the mix of sizes; a large file that does not fit in that budget is
 * streamed straight into the zip when its turn comes. Of those jobs, at most `batchesAhead` are batches of small files.
 * Memory stays at about AHEAD_BYTES.
 */
async function writeEntries(
  files: SourceFile[],
  out: ZipWriter,
  deflate: Deflate,
  batchesAhead: number,
  signal: AbortSignal,
): Promise<void> {
  const { jobs, jobOf, positionOf } = jobsOf(files);
  const deflated: (Promise<Deflated> | undefined)[] = [];
  let submitted = 0;
  let bytesAhead = 0;
  let batches = 0;
  const readAhead = (writing: number): void => {
    while (submitted < jobs.length && submitted < writing + AHEAD) {
      const job = jobs[submitted]!;
      if (job.large && bytesAhead + job.bytes > AHEAD_BYTES) return;
      if (!job.large && batches === batchesAhead) return;
      if (!job.large) batches++;
      bytesAhead += job.bytes;
      let result: Promise<Deflated>;
      if (job.large) {
        result = deflateAhead(files[job.files[0]!]!, signal);
      } else {
        const { raw, sizes } = readBatch(files, job.files, job.bytes);
        result = deflate(raw, sizes);
      }
      // Awaited in file order; until then a failure must not count as unhandled.
      result.catch(() => undefined);
      deflated[submitted++] = result;
    }
  };
  readAhead(0);
  // What the central directory needs of each entry, kept in arrays rather than as a buffer per entry.
  const crcs = new Uint32Array(files.length);
  const compressedSizes = new Uint32Array(files.length);
  const sizes = new Uint32Array(files.length);
  const offsets = new Uint32Array(files.length);
  let dataOffsets: number[] = [];
  for (const [index, file] of files.entries()) {
    offsets[index] = out.offset;
    if (file.link) {
      // Stored, its CRC and size in its header, not in a data descriptor: some readers refuse a stored entry with one.
      const target = Buffer.concat([...file.chunks()]);
      const crc = crc32(target);
      crcs[index] = crc;
      compressedSizes[index] = sizes[index] = target.length;
      const local = await localHeader(out, file.path, FLAG_UTF8, STORE);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(target.length, 18);
      local.writeUInt32LE(target.length, 22);
      await out.write(target);
      continue;
    }
    await localHeader(out, file.path, FLAG_DATA_DESCRIPTOR | FLAG_UTF8, DEFLATE);

    const start = out.offset;
    let written: Written;
    const current = jobOf[index]!;
    const job = jobs[current]!;
    const position = positionOf[index]!;
    const streamed = current === submitted;
    if (streamed) {
      // A large file over the budget: streamed now, while the jobs after it are deflated.
      submitted++;
      readAhead(current);
      written = await deflateStreamed(file, (chunk) => out.write(chunk));
    } else {
      const result = (await deflated[current])!;
      if (position === 0) {
        dataOffsets = [0];
        for (const length of result.lengths) dataOffsets.push(dataOffsets[dataOffsets.length - 1]! + length);
      }
      await out.write(result.data.subarray(dataOffsets[position], dataOffsets[position + 1]));
      written = { crc: result.crcs[position]!, size: result.sizes[position]! };
    }
    if (position === job.files.length - 1) {
      deflated[current] = undefined;
      if (!streamed) bytesAhead -= job.bytes;
      if (!job.large) batches--;
      readAhead(current + 1);
    }
    const { crc, size } = written;
    const compressedSize = out.offset - start;
    if (out.offset > ZIP32_LIMIT) throw new Error('the package exceeds 4 GiB, more than a zip without zip64 holds');

    const descriptor = await out.reserve(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressedSize, 8);
    descriptor.writeUInt32LE(size, 12);
    crcs[index] = crc;
    compressedSizes[index] = compressedSize;
    sizes[index] = size;
  }

  const centralStart = out.offset;
  for (const [index, file] of files.entries()) {
    const nameLength = Buffer.byteLength(file.path);
    const entry = await out.reserve(46 + nameLength);
    entry.fill(0, 0, 46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(MADE_BY_UNIX, 4);
    entry.writeUInt16LE(VERSION, 6);
    entry.writeUInt16LE(file.link ? FLAG_UTF8 : FLAG_DATA_DESCRIPTOR | FLAG_UTF8, 8);
    entry.writeUInt16LE(file.link ? STORE : DEFLATE, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crcs[index]!, 16);
    entry.writeUInt32LE(compressedSizes[index]!, 20);
    entry.writeUInt32LE(sizes[index]!, 24);
    entry.writeUInt16LE(nameLength, 28);
    entry.writeUInt32LE(((file.link ? SYMLINK_MODE : file.executable ? 0o100755 : 0o100644) << 16) >>> 0, 38);
    entry.writeUInt32LE(offsets[index]!, 42);
    entry.write(file.path, 46, 'utf8');
  }
  const centralSize = out.offset - centralStart;
  const end = await out.reserve(22);
  end.fill(0);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralStart, 16);
}

let packed = 0;

/**
 * A deployable zip of a code directory (packed deterministically) or a .zip (taken as it is, once readSource has
 * unzipped and checked every entry: a corrupt zip or one whose paths escape fails in the plan, not halfway through the
 * deploy).
 */
export async function packCode(input: string, location: string, exclude: string[]): Promise<PackedZip> {
  if ((await stat(location)).isDirectory()) {
    return packZip(await readSource(input, location, exclude), scratch(`code-${++packed}.zip`));
  }
  const files = await readSource(input, location);
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(location)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { path: location, size, sha256: hash.digest('base64'), unzippedSize: totalSize(files) };
}
