import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackedZip } from '../../src/pack/zip.js';
import type { OnWritten } from '../../src/pack/zip-writer.js';
import type { RecordList } from '../../src/common/tracked.js';
import { type UploadRecord, packAndUpload } from '../../src/pack/upload.js';

const s3 = mockClient(S3Client);
afterEach(() => s3.reset());

const MiB = 1024 * 1024;
const client = () =>
  Promise.resolve(new S3Client({ region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: 'k', secretAccessKey: 's' } }));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64');
const named = (name: string) => Object.assign(new Error(name), { name });

/**
 * A stand-in for the packer: writes `size` random bytes in 1 MiB writes, reporting each; fails after `failAt` bytes;
 * once it has written two parts, waits for `resume` when given.
 */
function fakePack(
  size: number,
  failAt?: number,
  resume?: () => Promise<void>,
): { path: string; bytes: Buffer; pack: (onWritten: OnWritten) => Promise<PackedZip> } {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'upload-')), 'layer.zip');
  const bytes = randomBytes(size);
  const pack = async (onWritten: OnWritten): Promise<PackedZip> => {
    writeFileSync(file, '');
    for (let offset = 0; offset < size; offset += MiB) {
      if (failAt !== undefined && offset >= failAt) throw new Error('the packer failed');
      appendFileSync(file, bytes.subarray(offset, offset + MiB));
      onWritten(Math.min(offset + MiB, size));
      if (resume && offset + MiB === 16 * MiB) await resume();
      // As the real packer does, it gives the parts their turn between writes.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { path: file, size, sha256: sha256(bytes), unzippedSize: size };
  };
  return { path: file, bytes, pack };
}

/** The record's list of open uploads, as the post step would read it after each change. */
function openUploads(): { list: RecordList<UploadRecord>; seen: string[][] } {
  const open: UploadRecord[] = [];
  const seen: string[][] = [];
  const change = (edit: () => void) => {
    edit();
    seen.push(open.map((upload) => upload.uploadId));
  };
  return {
    list: {
      add: (upload) => change(() => open.push(upload)),
      remove: (upload) => change(() => open.splice(open.indexOf(upload), 1)),
    },
    seen,
  };
}

let uploads = openUploads();
beforeEach(() => {
  uploads = openUploads();
});

function sentParts() {
  return s3.commandCalls(UploadPartCommand).map((call) => call.args[0].input);
}

describe('packAndUpload', () => {
  it('puts a zip smaller than one part whole, conditionally, and reports an object already there', async () => {
    const { path: file, pack } = fakePack(3 * MiB);
    s3.on(PutObjectCommand).resolvesOnce({}).rejects(named('PreconditionFailed'));
    expect((await packAndUpload(client, 'b', 'k1.zip', file, pack, uploads.list)).uploaded).toBe(true);
    expect((await packAndUpload(client, 'b', 'k2.zip', file, pack, uploads.list)).uploaded).toBe(false);
    expect(s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input.IfNoneMatch)).toEqual(['*', '*']);
    expect(s3.commandCalls(CreateMultipartUploadCommand)).toHaveLength(0);
    expect(uploads.seen).toEqual([]);
  });

  it('sends a zip of exactly two parts as two 8 MiB parts, each checksummed, and completes conditionally', async () => {
    const { path: file, bytes, pack } = fakePack(16 * MiB);
    s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'u1' });
    s3.on(UploadPartCommand).callsFake((input: { PartNumber: number }) => ({ ETag: `"e${input.PartNumber}"` }));
    s3.on(CompleteMultipartUploadCommand).resolves({});
    const { zip, uploaded } = await packAndUpload(client, 'b', 'k.zip', file, pack, uploads.list);
    expect(uploaded).toBe(true);
    expect(zip.size).toBe(16 * MiB);
    const parts = sentParts().sort((a, b) => a.PartNumber! - b.PartNumber!);
    const halves = [bytes.subarray(0, 8 * MiB), bytes.subarray(8 * MiB)];
    expect(parts.map((part) => [part.PartNumber, part.ContentLength, part.UploadId, part.ChecksumSHA256])).toEqual([
      [1, 8 * MiB, 'u1', sha256(halves[0]!)],
      [2, 8 * MiB, 'u1', sha256(halves[1]!)],
    ]);
    expect(parts.every((part) => Buffer.isBuffer(part.Body))).toBe(true);
    expect(s3.commandCalls(CreateMultipartUploadCommand)[0]!.args[0].input.ChecksumAlgorithm).toBe('SHA256');
    const complete = s3.commandCalls(CompleteMultipartUploadCommand)[0]!.args[0].input;
    expect(complete.IfNoneMatch).toBe('*');
    expect(complete.MultipartUpload?.Parts).toEqual([
      { PartNumber: 1, ETag: '"e1"', ChecksumSHA256: sha256(halves[0]!) },
      { PartNumber: 2, ETag: '"e2"', ChecksumSHA256: sha256(halves[1]!) },
    ]);
    expect(s3.commandCalls(AbortMultipartUploadCommand)).toHaveLength(0);
    // In the record from its creation until it is complete.
    expect(uploads.seen).toEqual([['u1'], []]);
  });

  it('keeps at most four parts in flight', async () => {
    const { path: file, pack } = fakePack(60 * MiB);
    let inFlight = 0;
    let most = 0;
    // Every part is held until the packer is done and four are in flight, and a moment more, in which a fifth would
    // arrive if one could.
    let packed = () => {};
    const done = new Promise<void>((resolve) => (packed = resolve));
    let fourth = () => {};
    const four = new Promise<void>((resolve) => (fourth = resolve));
    const open = Promise.all([done, four]).then(() => new Promise((resolve) => setTimeout(resolve, 50)));
    s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'u1' });
    s3.on(UploadPartCommand).callsFake(async () => {
      most = Math.max(most, ++inFlight);
      if (inFlight === 4) fourth();
      await open;
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
      return { ETag: '"e"' };
    });
    s3.on(CompleteMultipartUploadCommand).resolves({});
    await packAndUpload(
      client,
      'b',
      'k.zip',
      file,
      async (onWritten) => {
        const zip = await pack(onWritten);
        packed();
        return zip;
      },
      uploads.list,
    );
    expect(sentParts()).toHaveLength(8);
    expect(most).toBe(4);
  });

  it('aborts the upload when the packer fails after the first parts went out, and reports the packer', async () => {
    const { path: file, pack } = fakePack(30 * MiB, 20 * MiB);
    s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'u1' });
    s3.on(UploadPartCommand).resolves({ ETag: '"e"' });
    await expect(packAndUpload(client, 'b', 'k.zip', file, pack, uploads.list)).rejects.toThrow('the packer failed');
    expect(sentParts()).toHaveLength(2);
    expect(s3.commandCalls(AbortMultipartUploadCommand).map((call) => call.args[0].input)).toEqual([
      { Bucket: 'b', Key: 'k.zip', UploadId: 'u1' },
    ]);
    expect(s3.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0);
    expect(uploads.seen).toEqual([['u1'], []]);
  });

  it('keeps an upload whose abort S3 refuses in the record, for the post step to abort', async () => {
    const { path: file, pack } = fakePack(30 * MiB, 20 * MiB);
    s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'u1' });
    s3.on(UploadPartCommand).resolves({ ETag: '"e"' });
    s3.on(AbortMultipartUploadCommand).rejects(named('AccessDenied'));
    await expect(packAndUpload(client, 'b', 'k.zip', file, pack, uploads.list)).rejects.toThrow('the packer failed');
    expect(s3.commandCalls(AbortMultipartUploadCommand)).toHaveLength(1);
    expect(uploads.seen).toEqual([['u1']]);
  });

  it('reports a refused CreateMultipartUpload once, sends no part and has nothing to abort', async () => {
    const { path: file, pack } = fakePack(20 * MiB);
    s3.on(CreateMultipartUploadCommand).rejects(named('AccessDenied'));
    await expect(packAndUpload(client, 'b', 'k.zip', file, pack, uploads.list)).rejects.toThrow(
      /^CreateMultipartUpload s3:\/\/b\/k\.zip: AccessDenied: AccessDenied \(the role lacks this permission/,
    );
    expect(sentParts()).toHaveLength(0);
    expect(s3.commandCalls(AbortMultipartUploadCommand)).toHaveLength(0);
    expect(uploads.seen).toEqual([]);
  });

  it('sends no further part once one failed, and aborts after the parts in flight have ended', async () => {
    // Parts 1 and 2 go out; the packer goes on only once part 1 has failed, so every later part is written after that.
    let failed!: () => void;
    const failure = new Promise<void>((resolve) => (failed = resolve));
    const resume = () => failure.then(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
    const { path: file, pack } = fakePack(60 * MiB, undefined, resume);
    const events: string[] = [];
    s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'u1' });
    let secondSent!: () => void;
    const second = new Promise<void>((resolve) => (secondSent = resolve));
    s3.on(UploadPartCommand).callsFake(async (input: { PartNumber: number }) => {
      if (input.PartNumber === 1) {
        // Part 1 fails while part 2 is in flight.
        await second;
        events.push('end 1');
        failed();
        throw named('InternalError');
      }
      secondSent();
      await new Promise((resolve) => setTimeout(resolve, 60));
      events.push(`end ${input.PartNumber}`);
      return { ETag: '"e"' };
    });
    s3.on(AbortMultipartUploadCommand).callsFake(() => events.push('abort'));
    await expect(packAndUpload(client, 'b', 'k.zip', file, pack, uploads.list)).rejects.toThrow(
      /^UploadPart s3:\/\/b\/k\.zip \(part 1\): InternalError/,
    );
    expect(sentParts().map((part) => part.PartNumber)).toEqual([1, 2]);
    expect(events).toEqual(['end 1', 'end 2', 'abort']);
    expect(s3.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0);
  });

  it('reuses the object another run completed meanwhile (412 on complete) and aborts its own upload', async () => {
    const { path: file, pack } = fakePack(10 * MiB);
    s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'u1' });
    s3.on(UploadPartCommand).resolves({ ETag: '"e"' });
    s3.on(CompleteMultipartUploadCommand).rejects(named('PreconditionFailed'));
    s3.on(AbortMultipartUploadCommand).resolves({});
    expect((await packAndUpload(client, 'b', 'k.zip', file, pack, uploads.list)).uploaded).toBe(false);
    expect(s3.commandCalls(AbortMultipartUploadCommand)).toHaveLength(1);
    expect(uploads.seen).toEqual([['u1'], []]);
  });
});
