import { PublishLayerVersionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import * as core from '@actions/core';
import { awsCall } from '../aws/call.js';
import type { Lazy } from '../aws/clients.js';
import type { RecordList } from '../common/tracked.js';
import { inlineZip, ZIP_PLACEHOLDER } from '../pack/inline-zip.js';
import { packAndUpload, type UploadRecord } from '../pack/upload.js';
import { packZip, type OnWritten, type PackedZip } from '../pack/zip.js';
import type { S3Location } from '../inputs/settings.js';
import { zipPath, type LayerBuild } from './plan.js';
import { layerDescription, type LayerVersion } from './versions.js';

function s3LayerKey(prefix: string, layerName: string, hash: string): string {
  return `${prefix}${layerName}/${hash}.zip`;
}

/** A version this run published, and the zip it was published from. */
export interface PublishedLayer {
  version: LayerVersion;
  zip: PackedZip;
}

/** Packs a layer's zip, telling `onWritten` how many bytes the file holds as it grows. */
export type Pack = (onWritten: OnWritten) => Promise<PackedZip>;

/**
 * The packing of a build's zip, shared by every region that uploads it: packed once, on the first call, and each
 * caller's upload told of the bytes written, from what the file already holds when it joins.
 */
export function packOnce(build: LayerBuild): Pack {
  const listeners: OnWritten[] = [];
  let written = 0;
  let packing: Promise<PackedZip> | undefined;
  return (onWritten) => {
    listeners.push(onWritten);
    if (written > 0) onWritten(written);
    packing ??= packZip(build.files, zipPath(build.hash), (bytes) => {
      written = bytes;
      for (const listener of listeners) listener(bytes);
    });
    return packing;
  };
}

/**
 * Publishes a layer whose content no version holds. Through S3 (when a bucket is given) the zip is packed by `pack`,
 * uploaded as it is written; without a bucket the plan has packed it and checked that it fits. Lambda's CodeSha256 of
 * the version must be the zip's: every region publishes the same bytes.
 */
export async function publishLayer(
  lambda: LambdaClient,
  s3: Lazy<S3Client>,
  s3Location: S3Location | undefined,
  build: LayerBuild,
  uploads: RecordList<UploadRecord>,
  pack: Pack,
): Promise<PublishedLayer> {
  const { settings: layer, hash } = build;
  let content: { ZipFile: Uint8Array } | { S3Bucket: string; S3Key: string };
  let zip: PackedZip;
  if (s3Location) {
    const { bucket } = s3Location;
    const key = s3LayerKey(s3Location.prefix, layer.name, hash);
    const streamed = await packAndUpload(s3, bucket, key, zipPath(hash), pack, uploads);
    zip = streamed.zip;
    core.info(streamed.uploaded ? `Uploaded s3://${bucket}/${key}` : `s3://${bucket}/${key} already holds this content`);
    content = { S3Bucket: bucket, S3Key: key };
  } else {
    // Without a bucket the plan packed it, to check that it fits a direct upload.
    if (!build.zip) throw new Error(`${layer.key}: the plan packed no zip to publish directly`);
    zip = build.zip;
    content = { ZipFile: ZIP_PLACEHOLDER };
  }
  const command = new PublishLayerVersionCommand({
    LayerName: layer.id,
    Description: layerDescription(layer.description, hash),
    Content: content,
    CompatibleRuntimes: layer.runtimes.length > 0 ? (layer.runtimes as never[]) : undefined,
    CompatibleArchitectures: layer.architectures.length > 0 ? (layer.architectures as never[]) : undefined,
    LicenseInfo: layer.license || undefined,
  });
  if (!s3Location) inlineZip(command, zip);
  const published = await awsCall('PublishLayerVersion', layer.id, () => lambda.send(command));
  if (!published.LayerVersionArn || published.Version === undefined) {
    throw new Error(`PublishLayerVersion ${layer.id}: the answer has no version ARN`);
  }
  const held = published.Content?.CodeSha256;
  if (held !== zip.sha256) {
    const from = 'S3Bucket' in content ? `s3://${content.S3Bucket}/${content.S3Key}` : 'the request';
    throw new Error(
      `PublishLayerVersion ${layer.id}: version ${published.Version} holds a zip of CodeSha256 ${held ?? '(none)'}, not this run's ${zip.sha256}: ${from} did not hold the zip this run packed. Delete the version (and the object), then run again`,
    );
  }
  return { version: { arn: published.LayerVersionArn, version: published.Version }, zip };
}
