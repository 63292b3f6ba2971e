import { once } from 'node:events';
import zlib, { createDeflateRaw, crc32 } from 'node:zlib';
import { CHUNK, type SourceFile } from './source-file.js';

// Deflate's strategy is chosen for each segment of a file (strategyOf), at fixed offsets: the same bytes, the same zip.
// A small file (see SMALL in zip.ts) is one segment, so it is deflated the same in a batch as streamed.
const SEGMENT = 1024 * 1024;

/** A file's bytes as they were deflated: their crc32 and their count, for its entry's data descriptor. */
export interface FileSums {
  crc: number;
  size: number;
}

/**
 * A batch of files deflated: one buffer of every file's deflated bytes, back to back, and for each file three numbers
 * in `sums`: its crc32, its size and the length of its deflated bytes. Numbers in an array, not an object per file: a
 * batch waits its turn through several collections, and 512 objects of each batch waiting were most of what the main
 * thread's young generation kept while packing small files (docs/performance.md).
 */
export interface DeflatedBatch {
  data: Uint8Array;
  sums: Uint32Array;
}

/**
 * Deflate's strategy for a segment of a file: Huffman coding alone where three samples of it (its start, middle and
 * end) each fail to shrink by a 32nd. Deflate spends most of its time looking for repeats that bytes already compressed
 * (fonts, archives, many images) do not have, then stores them anyway: Huffman coding alone skips that search, and its
 * blocks do not depend on how the input was fed to zlib, so the zip stays deterministic. Three samples, not one,
 * because jars mix both: the first alone took some for incompressible that were not. Source, bytecode and shared
 * libraries never change strategy. It runs in a worker from its own source text, so it uses only its arguments.
 */
export function strategyOf(zlib: typeof import('node:zlib'), segment: Uint8Array): number {
  const SAMPLE = 16 * 1024;
  const { Z_DEFAULT_STRATEGY, Z_HUFFMAN_ONLY } = zlib.constants;
  if (segment.length < 4 * SAMPLE) return Z_DEFAULT_STRATEGY;
  const shrinks = (start: number, length: number) =>
    zlib.deflateRawSync(segment.subarray(start, start + length), { level: 6 }).length <= length - length / 32;
  const middle = Math.floor((segment.length - SAMPLE) / 2);
  // Most segments compress, and show it in their first 4 KiB: that look spares them the cost of the full samples.
  return shrinks(0, SAMPLE / 4) || shrinks(0, SAMPLE) || shrinks(middle, SAMPLE) || shrinks(segment.length - SAMPLE, SAMPLE)
    ? Z_DEFAULT_STRATEGY
    : Z_HUFFMAN_ONLY;
}

/**
 * Deflates each file of a batch (`raw` holds their bytes back to back) exactly as `deflateRawSync` at level 6 does,
 * with the strategy `strategyOf` gives the file, so where it runs never changes the zip. It runs in a worker from its
 * own source text, so it uses only its arguments.
 */
export function deflateBatch(zlib: typeof import('node:zlib'), raw: Uint8Array, sizes: number[]): DeflatedBatch {
  const parts: Uint8Array[] = [];
  const sums = new Uint32Array(3 * sizes.length);
  let offset = 0;
  for (const [index, size] of sizes.entries()) {
    const bytes = raw.subarray(offset, offset + size);
    offset += size;
    // An output buffer the size of the file, not zlib's 16 KiB default: each call allocates one, and one of 16 KiB per
    // small file piles up for the collector. A file that deflates larger gets a second one.
    const part = zlib.deflateRawSync(bytes, {
      level: 6,
      strategy: strategyOf(zlib, bytes),
      chunkSize: Math.max(size + 64, zlib.constants.Z_MIN_CHUNK),
    });
    parts.push(part);
    sums[3 * index] = zlib.crc32(bytes);
    sums[3 * index + 1] = size;
    sums[3 * index + 2] = part.length;
  }
  // A fresh buffer of its own, not Node's shared pool: it is transferred back to the main thread.
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return { data, sums };
}

/**
 * A file whose bytes did not come to the size it was listed with, which the plan checked and the hash covered: the
 * zip must not hold other bytes. A file of a folder says so itself, naming its input; this catches any other source.
 */
function notAsListed(file: SourceFile, read: number): Error {
  return new Error(`${file.path}: ${read} bytes were read where ${file.size} were listed`);
}

// Every chunk is copied into the batch before the next is read, so one buffer serves every small file.
const readBuffer = Buffer.allocUnsafe(CHUNK);

/**
 * The files' bytes back to back in a buffer of its own (it is transferred to a worker), and each one's size.
 * Reading into one reused buffer matters: a fresh buffer per file made the garbage collector, not deflate, the cost
 * of packing many small files.
 */
export function readBatch(files: SourceFile[], bytes: number): { raw: Uint8Array; sizes: number[] } {
  const raw = new Uint8Array(bytes);
  const sizes: number[] = [];
  let offset = 0;
  for (const file of files) {
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
 * Streams one file through zlib in the thread pool, each segment with the strategy `strategyOf` gives it, handing each
 * deflated chunk to `sink` as it comes.
 */
export async function deflateStreamed(
  file: SourceFile,
  sink: (chunk: Buffer) => unknown,
  signal?: AbortSignal,
): Promise<FileSums> {
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

/** One large file deflated into memory ahead of its turn. */
export async function deflateAhead(file: SourceFile, signal: AbortSignal): Promise<DeflatedBatch> {
  const parts: Buffer[] = [];
  const { crc, size } = await deflateStreamed(file, (chunk) => parts.push(chunk), signal);
  const data = Buffer.concat(parts);
  return { data, sums: Uint32Array.of(crc, size, data.length) };
}
