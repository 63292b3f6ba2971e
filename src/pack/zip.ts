import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import zlib from 'node:zlib';
import { ZIP_ENTRY_LIMIT } from '../aws/limits.js';
import { deflateAhead, deflateBatch, deflateStreamed, readBatch, type DeflatedBatch, type FileSums } from './deflate.js';
import { deflatePool, type BatchDeflater } from './deflate-pool.js';
import { scratch } from './scratch.js';
import { readSource } from './source.js';
import { totalSize, type SourceFile } from './source-file.js';
import { ZipWriter, type OnWritten } from './zip-writer.js';

// Where the upload and its tests have always found it.

export interface PackedZip {
  path: string;
  size: number;
  /** Base64 sha256 of the zip's bytes: Lambda's CodeSha256. */
  sha256: string;
  /** The size of its files unzipped, which counts toward Lambda's 250 MB. */
  unzippedSize: number;
}

// Files up to this size are read whole and deflated in batches; larger files are streamed, so memory stays bounded.
// Deflate writes the same bytes either way. Above a few hundred KiB a file's own zlib stream costs nothing to set up,
// and in the thread pool it runs beside the worker.
const SMALL = 256 * 1024;
// Bytes and files of small files per batch sent to a worker.
const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 512;
const AHEAD = 16;
const AHEAD_BYTES = 32 * 1024 * 1024;
// Batches of small files waiting to be written, per worker: one deflating and one queued keep a worker busy. More only
// held memory.
const BATCHES_PER_WORKER = 2;
const WORKERS_FROM = 4 * 1024 * 1024;
const MAX_WORKERS = 4;

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
  const out = new ZipWriter(destination, files.length, onWritten);
  const smallBytes = files.reduce((sum, file) => sum + (file.size <= SMALL ? file.size : 0), 0);
  // A worker per core but the main thread's, which reads, checksums and writes: one more packs many small files faster,
  // but with a higher peak of memory (docs/performance.md).
  const threads = Math.min(os.availableParallelism() - 1, MAX_WORKERS);
  // Starting a worker costs more than deflating a few small files: those are deflated on the main thread.
  const pool = smallBytes >= WORKERS_FROM && threads > 0 ? deflatePool(threads) : undefined;
  const deflate: BatchDeflater = pool?.deflate ?? ((raw, sizes) => Promise.resolve(deflateBatch(zlib, raw, sizes)));
  // Large files deflated ahead stop at their next segment when the pack fails, rather than read on beside the next.
  const stop = new AbortController();
  try {
    await writeEntries(
      files,
      out,
      new DeflateQueue(jobsOf(files), deflate, BATCHES_PER_WORKER * (pool ? threads : 1), stop.signal),
    );
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

/** A unit of deflating: a batch of small files, in file order, or one large file alone. */
type DeflateJob = Batch | { large: true; file: SourceFile; bytes: number };
type Batch = { large: false; files: SourceFile[]; bytes: number };

/** Small files grouped in file order into batches of about BATCH_BYTES; each larger file is a job of its own. */
function jobsOf(files: SourceFile[]): DeflateJob[] {
  const jobs: DeflateJob[] = [];
  let batch: Batch | undefined;
  for (const file of files) {
    // Links are stored as they are, when their turn comes (see writeEntries).
    if (file.link) continue;
    if (file.size > SMALL) {
      batch = undefined;
      jobs.push({ large: true, file, bytes: file.size });
      continue;
    }
    if (!batch) jobs.push((batch = { large: false, files: [], bytes: 0 }));
    batch.files.push(file);
    batch.bytes += file.size;
    if (batch.bytes >= BATCH_BYTES || batch.files.length >= BATCH_FILES) batch = undefined;
  }
  return jobs;
}

/** A job deflated ahead of its turn. */
interface Started {
  job: DeflateJob;
  deflated: Promise<DeflatedBatch>;
}

/** The job whose files are being written: the next file's place in its sums, and where its bytes start. */
interface Writing {
  job: DeflateJob;
  data: Uint8Array;
  sums: Uint32Array;
  next: number;
  at: number;
}

/**
 * The deflated bytes of the files, links aside, in file order. Jobs are deflated up to AHEAD jobs and AHEAD_BYTES ahead
 * of the entry being written, so the workers and the thread pool stay busy whatever the mix of sizes; a large file
 * that does not fit in that budget is streamed straight into the zip when its turn comes. Of those jobs, at most
 * `batchesAhead` are batches of small files. Memory stays at about AHEAD_BYTES.
 */
class DeflateQueue {
  /** Jobs deflated ahead and not yet written, in file order: the first is the one being written. */
  private readonly started: Started[] = [];
  /** The first job not started. */
  private waiting: IteratorResult<DeflateJob>;
  private readonly jobs: Iterator<DeflateJob>;
  private bytes = 0;
  private batches = 0;
  /** A large file over the budget being streamed, which counts among the jobs ahead. */
  private streaming = false;
  private writing: Writing | undefined;

  constructor(
    jobs: DeflateJob[],
    private readonly deflate: BatchDeflater,
    private readonly batchesAhead: number,
    private readonly signal: AbortSignal,
  ) {
    this.jobs = jobs.values();
    this.waiting = this.jobs.next();
    this.fill();
  }

  /** Writes the next file's deflated bytes into the zip, and gives its sums. */
  async writeNext(out: ZipWriter): Promise<FileSums> {
    this.writing ??= await this.first();
    if (!this.writing) return this.stream(out);
    const writing = this.writing;
    // Read by index: a destructuring would make an iterator and a view per file.
    const { sums, next } = writing;
    const crc = sums[next] ?? 0;
    const size = sums[next + 1] ?? 0;
    const length = sums[next + 2] ?? 0;
    writing.next += 3;
    await out.write(writing.data.subarray(writing.at, writing.at + length));
    writing.at += length;
    if (writing.next === writing.sums.length) {
      this.writing = undefined;
      this.started.shift();
      this.bytes -= writing.job.bytes;
      if (!writing.job.large) this.batches--;
      this.fill();
    }
    return { crc, size };
  }

  /** Starts jobs in file order until the next one does not fit in the budget. */
  private fill(): void {
    while (!this.waiting.done && this.started.length + (this.streaming ? 1 : 0) < AHEAD) {
      const job = this.waiting.value;
      if (job.large ? this.bytes + job.bytes > AHEAD_BYTES : this.batches === this.batchesAhead) return;
      let deflated: Promise<DeflatedBatch>;
      if (job.large) {
        deflated = deflateAhead(job.file, this.signal);
      } else {
        this.batches++;
        const { raw, sizes } = readBatch(job.files, job.bytes);
        deflated = this.deflate(raw, sizes);
      }
      this.bytes += job.bytes;
      // Awaited in file order; until then a failure must not count as unhandled.
      deflated.catch(() => undefined);
      this.started.push({ job, deflated });
      this.waiting = this.jobs.next();
    }
  }

  /** The first job deflated ahead, to be written; undefined when none was started. */
  private async first(): Promise<Writing | undefined> {
    const first = this.started[0];
    if (!first) return undefined;
    const { data, sums } = await first.deflated;
    const given = first.job.large ? 1 : first.job.files.length;
    if (sums.length !== 3 * given) {
      throw new Error(`a deflated batch holds ${sums.length / 3} files for the ${given} it was given`);
    }
    return { job: first.job, data, sums, next: 0, at: 0 };
  }

  /** A large file over the budget: streamed now, while the jobs after it are deflated. */
  private async stream(out: ZipWriter): Promise<FileSums> {
    const job = this.waiting.done ? undefined : this.waiting.value;
    // Nothing started means every batch before it was written, so a batch would have fitted and been started.
    if (!job?.large) throw new Error('a file came to be written with no deflate job started for it');
    this.waiting = this.jobs.next();
    this.streaming = true;
    this.fill();
    const sums = await deflateStreamed(job.file, (chunk) => out.write(chunk));
    this.streaming = false;
    this.fill();
    return sums;
  }
}

/** Entries in file order, then the central directory. */
async function writeEntries(files: SourceFile[], out: ZipWriter, queue: DeflateQueue): Promise<void> {
  for (const file of files) {
    if (file.link) {
      await out.stored(file.path, Buffer.concat([...file.chunks()]));
      continue;
    }
    await out.startDeflated(file.path);
    const { crc, size } = await queue.writeNext(out);
    await out.endDeflated(crc, size);
  }
  await out.directory(files);
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
