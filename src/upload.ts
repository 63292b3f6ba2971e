import { createReadStream } from 'node:fs';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { PackedZip } from './archive.js';
import { awsCall, isNamed } from './errors.js';

const uploads = new Map<string, Promise<boolean>>();

/**
 * Puts a zip at bucket/key unless an object is already there: keys carry the content hash, so it is the same zip.
 * Functions that share code ask for the same key at once: they share one upload.
 */
export function uploadOnce(s3: S3Client, bucket: string, key: string, zip: PackedZip): Promise<boolean> {
  const target = `s3://${bucket}/${key}`;
  let upload = uploads.get(target);
  if (!upload) {
    upload = putUnlessPresent(s3, bucket, key, zip);
    uploads.set(target, upload);
  }
  return upload;
}

async function putUnlessPresent(s3: S3Client, bucket: string, key: string, zip: PackedZip): Promise<boolean> {
  const target = `s3://${bucket}/${key}`;
  const present = await awsCall('HeadObject', target, () => s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).then(
    () => true,
    (error: unknown) => {
      if (isNamed(error, 'NotFound', 'NoSuchKey')) return false;
      throw error;
    },
  );
  if (present) return false;
  await awsCall('PutObject', target, () =>
    s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: createReadStream(zip.path),
        ContentLength: zip.size,
        ContentType: 'application/zip',
      }),
    ),
  );
  return true;
}
