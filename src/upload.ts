import { createReadStream } from 'node:fs';
import type { S3Client } from '@aws-sdk/client-s3';
import type { PackedZip } from './archive.js';
import type { Lazy } from './aws.js';
import { awsCall, isNamed } from './errors.js';

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
 * encoding with a checksum computed on the way (30 times slower).
 */
async function putIfAbsent(s3: Lazy<S3Client>, bucket: string, key: string, zip: PackedZip): Promise<boolean> {
  const client = await s3();
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  try {
    await awsCall('PutObject', `s3://${bucket}/${key}`, () =>
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
    return true;
  } catch (error) {
    if (isNamed(error, 'PreconditionFailed')) return false;
    throw error;
  }
}
