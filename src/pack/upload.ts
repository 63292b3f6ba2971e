import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import * as core from '@actions/core';
import type { CompletedPart, S3Client } from '@aws-sdk/client-s3';
import type { PackedZip } from './zip.js';
import type { OnWritten } from './zip-writer.js';
import type { Lazy } from '../aws/clients.js';
import { awsCall, AwsCallError, isNamed } from '../aws/call.js';
import { slots } from '../common/parallel.js';
import type { RecordList } from '../common/tracked.js';

/** A multipart upload this run started: S3 bills its parts until it is completed or aborted. */
export interface UploadRecord {
  bucket: string;
  key: string;
  uploadId: string;
}

// Parts of a zip uploaded while it is packed (S3's smallest part is 5 MiB). Over a network, 4 in flight send together
// the parts a large file makes ready at once; the part buffers held stay at 32 MiB.
const PART_SIZE = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;

const uploads = new Map<string, Promise<boolean>>();

/**
 * Puts a zip at bucket/key unless an object is already there; true when this call wrote it. Keys carry the content
 * hash, so an object there is the same zip. Functions that share code ask for the same key at once: one upload.
 */
export function uploadOnce(s3: Lazy<S3Client>, bucket: string, key: string, zip: PackedZip): Promise<boolean> {
  const target = `s3://${bucket}/${key}`;
  let upload = uploads.get(target);
  if (!upload) {
    upload = putIfAbsent(s3, bucket, key, zip);
    uploads.set(target, upload);
  }
  return upload;
}

/**
 * A conditional write (If-None-Match: *) rather than HeadObject first: without s3:ListBucket, S3 answers HeadObject on
 * a missing key with 403, and 412 here says the same as a 200 there. ChecksumSHA256 is the hash the packer already
 * computed: S3 verifies the object end to end, and the SDK streams the body as it is instead of in aws-chunked
 * encoding with a checksum computed on the way, which is slow.
 */
async function putIfAbsent(s3: Lazy<S3Client>, bucket: string, key: string, zip: PackedZip): Promise<boolean> {
  const client = await s3();
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  return ifAbsent('PutObject', `s3://${bucket}/${key}`, () =>
    client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        // 1 MiB reads rather than 64 KiB: fewer, larger socket writes.
        Body: createReadStream(zip.path, { highWaterMark: 1024 * 1024 }),
        ContentLength: zip.size,
        ContentType: 'application/zip',
        ChecksumSHA256: zip.sha256,
        IfNoneMatch: '*',
      }),
    ),
  );
}

/** A conditional write (If-None-Match: *): true when `send` wrote the object, false when the key already held one. */
async function ifAbsent(operation: string, target: string, send: () => Promise<unknown>): Promise<boolean> {
  try {
    await awsCall(operation, target, send);
    return true;
  } catch (error) {
    if (isNamed(error, 'PreconditionFailed')) return false;
    throw error;
  }
}

/**
 * Copies an object S3 to S3, from a bucket of any region, to bucket/key unless an object is already there (a
 * conditional write, as putIfAbsent's); true when this call wrote it. Keys carry the content hash: an object there is
 * the same zip. The bytes are checked where it matters: the CodeSha256 of the layer version published from it.
 */
export async function copyOnce(
  s3: Lazy<S3Client>,
  from: { bucket: string; key: string },
  bucket: string,
  key: string,
): Promise<boolean> {
  const client = await s3();
  const { CopyObjectCommand } = await import('@aws-sdk/client-s3');
  return ifAbsent('CopyObject', `s3://${from.bucket}/${from.key} to s3://${bucket}/${key}`, () =>
    client.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: key,
        CopySource: `${from.bucket}/${encodeURIComponent(from.key)}`,
        IfNoneMatch: '*',
      }),
    ),
  );
}

/**
 * Packs a zip into `path` with `pack` and uploads it to bucket/key as it is written: the key carries the content hash,
 * known before packing, so the upload need not wait for the zip. `uploaded` is true when this call wrote the object,
 * false when the key already held one (the same zip). A zip smaller than one part is put whole, as uploadOnce does.
 * A multipart upload is in `open` from its creation until it is completed or aborted.
 */
export async function packAndUpload(
  s3: Lazy<S3Client>,
  bucket: string,
  key: string,
  path: string,
  pack: (onWritten: OnWritten) => Promise<PackedZip>,
  open: RecordList<UploadRecord>,
): Promise<{ zip: PackedZip; uploaded: boolean }> {
  let multipart: Multipart | undefined;
  try {
    const zip = await pack((bytes) => {
      if (!multipart && bytes >= PART_SIZE) multipart = startMultipart(s3, bucket, key, path, open);
      multipart?.written(bytes);
    });
    return { zip, uploaded: multipart ? await multipart.complete(zip.size) : await putIfAbsent(s3, bucket, key, zip) };
  } catch (error) {
    // Whatever failed, no part may stay in the bucket: S3 bills the parts of an upload until it is aborted.
    await multipart?.abort();
    throw error;
  }
}

interface Multipart {
  /** The zip file now holds this many bytes: each whole part among them is sent. */
  written(bytes: number): void;
  /** Sends the last part and completes the upload unless the key holds an object by then: false when it does. */
  complete(size: number): Promise<boolean>;
  /** Sends no more parts and aborts the upload once the parts in flight have ended. */
  abort(): Promise<void>;
}

/**
 * A multipart upload of the zip at `path`, its parts sent as the packer writes them, PARTS_IN_FLIGHT at a time. Each
 * part is a Buffer with its own ChecksumSHA256, which S3 verifies: a stream body would make the SDK use aws-chunked
 * encoding, which is slow. The SDK retries each part as it retries any call.
 */
function startMultipart(
  s3: Lazy<S3Client>,
  bucket: string,
  key: string,
  path: string,
  open: RecordList<UploadRecord>,
): Multipart {
  const target = `s3://${bucket}/${key}`;
  const sdk = (async () => ({ client: await s3(), commands: await import('@aws-sdk/client-s3') }))();
  const created = sdk.then(({ client, commands }) =>
    awsCall('CreateMultipartUpload', target, () =>
      client.send(
        new commands.CreateMultipartUploadCommand({
          Bucket: bucket,
          Key: key,
          ContentType: 'application/zip',
          ChecksumAlgorithm: 'SHA256',
        }),
      ),
    ).then((out) => {
      if (out.UploadId === undefined) throw new Error(`S3 answered CreateMultipartUpload for ${target} without an UploadId`);
      const upload = { bucket, key, uploadId: out.UploadId };
      // Recorded at once: a job cancelled from here on leaves the post step an upload to abort.
      open.add(upload);
      return upload;
    }),
  );
  // Awaited by the first part or by abort(); until then a failure must not count as unhandled.
  created.catch(() => undefined);

  const parts: Promise<CompletedPart>[] = [];
  let queued = 0;
  let failure: Error | undefined;
  let stopped = false;
  const slot = slots(PARTS_IN_FLIGHT);
  const send = async (part: number, start: number, length: number): Promise<CompletedPart> => {
    const release = await slot();
    try {
      // A part still waiting when another failed is never sent.
      if (stopped) throw new Error('the upload stopped');
      const body = await readPart(path, start, length);
      const digest = createHash('sha256').update(body).digest();
      const checksum = digest.toString('base64');
      const [{ client, commands }, { uploadId }] = await Promise.all([sdk, created]);
      const command = new commands.UploadPartCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        PartNumber: part,
        Body: body,
        ContentLength: length,
        ChecksumSHA256: checksum,
      });
      // The signer would hash the part again for x-amz-content-sha256 (a Buffer body is signed): that hash is the
      // digest above, in hex: each part is hashed once, not twice.
      command.middlewareStack.add(
        (next) => (args) => {
          (args.request as { headers: Record<string, string> }).headers['x-amz-content-sha256'] = digest.toString('hex');
          return next(args);
        },
        { step: 'build' },
      );
      const out = await awsCall('UploadPart', `${target} (part ${part})`, () => client.send(command));
      return { PartNumber: part, ETag: out.ETag, ChecksumSHA256: checksum };
    } catch (error) {
      // Every call's error is an Error: awsCall's own, or the file system's.
      if (!stopped) failure = error as Error;
      stopped = true;
      throw error;
    } finally {
      release();
    }
  };
  const queue = (end: number, last: boolean): void => {
    while (end - queued >= PART_SIZE || (last && end > queued)) {
      const length = Math.min(PART_SIZE, end - queued);
      const part = send(parts.length + 1, queued, length);
      // Read once every part has ended (complete, abort); the first failure is kept in `failure`.
      part.catch(() => undefined);
      parts.push(part);
      queued += length;
    }
  };
  // Every part request has ended: a part that landed after the abort would stay in the bucket, billed.
  const settled = () => Promise.allSettled(parts);

  const abort = async (): Promise<void> => {
    stopped = true;
    await settled();
    const upload = await created.catch(() => undefined);
    if (upload === undefined) return;
    // One left open stays in the record: the post step tries again.
    if ((await abortUpload(s3, upload)) !== 'left open') open.remove(upload);
  };

  return {
    written: (bytes) => queue(bytes, false),
    complete: async (size) => {
      queue(size, true);
      await settled();
      if (failure !== undefined) throw failure;
      const [{ client, commands }, upload] = await Promise.all([sdk, created]);
      const completed = await Promise.all(parts);
      try {
        // Conditional, as putIfAbsent is: another run may have put the same zip since this upload started.
        await awsCall('CompleteMultipartUpload', target, () =>
          client.send(
            new commands.CompleteMultipartUploadCommand({
              Bucket: bucket,
              Key: key,
              UploadId: upload.uploadId,
              MultipartUpload: { Parts: completed },
              IfNoneMatch: '*',
            }),
          ),
        );
        open.remove(upload);
        return true;
      } catch (error) {
        if (!isNamed(error, 'PreconditionFailed')) throw error;
        await abort();
        return false;
      }
    },
    abort,
  };
}

export type AbortOutcome = 'aborted' | 'already completed or aborted' | 'left open';

/**
 * Aborts a multipart upload: the step's own when it fails, and the post step's for one a cancelled job left open. A
 * refusal warns instead of failing, and says how to remove the parts, billed meanwhile.
 */
export async function abortUpload(s3: Lazy<S3Client>, upload: UploadRecord): Promise<AbortOutcome> {
  const { bucket, key, uploadId } = upload;
  const client = await s3();
  const { AbortMultipartUploadCommand } = await import('@aws-sdk/client-s3');
  try {
    await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }));
    return 'aborted';
  } catch (error) {
    if (isNamed(error, 'NoSuchUpload')) return 'already completed or aborted';
    core.warning(
      `${new AwsCallError('AbortMultipartUpload', `s3://${bucket}/${key}`, error).message}. The parts uploaded so far stay in the bucket, billed, until the upload is aborted: allow s3:AbortMultipartUpload on the bucket, or give it a lifecycle rule with AbortIncompleteMultipartUpload.`,
    );
    return 'left open';
  }
}

/** `length` bytes of the file at `start`, which the packer has written already. */
async function readPart(path: string, start: number, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const body = Buffer.allocUnsafe(length);
    const { bytesRead } = await file.read(body, 0, length, start);
    if (bytesRead < length) throw new Error(`${path}: ${bytesRead} bytes at ${start}, where the packer wrote ${length}`);
    return body;
  } finally {
    await file.close();
  }
}
