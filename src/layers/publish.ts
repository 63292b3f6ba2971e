import { PublishLayerVersionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import * as core from '@actions/core';
import { awsCall } from '../aws/call.js';
import type { Lazy } from '../aws/clients.js';
import type { RecordList } from '../common/tracked.js';
import { inlineZip, ZIP_PLACEHOLDER } from '../pack/inline-zip.js';
import { packAndUpload, type UploadRecord } from '../pack/upload.js';
import { packZip, type PackedZip } from '../pack/zip.js';
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
  /** The published version's CodeSha256 (base64), as Lambda answered it. */
  codeSha256: string;
}

/**
 * Publishes a layer whose content no version holds. Through S3 (when a bucket is given) the zip is packed here,
 * uploaded as it is written; without a bucket the plan has packed it and checked that it fits.
 */
export async function publishLayer(
  lambda: LambdaClient,
  s3: Lazy<S3Client>,
  s3Location: S3Location | undefined,
  build: LayerBuild,
  uploads: RecordList<UploadRecord>,
): Promise<PublishedLayer> {
  const { settings: layer, hash } = build;
  let content: { ZipFile: Uint8Array } | { S3Bucket: string; S3Key: string };
  let zip: PackedZip;
  if (s3Location) {
    const { bucket } = s3Location;
    const key = s3LayerKey(s3Location.prefix, layer.name, hash);
    const path = zipPath(hash);
    const streamed = await packAndUpload(s3, bucket, key, path, (onWritten) => packZip(build.files, path, onWritten), uploads);
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
  return {
    version: { arn: published.LayerVersionArn, version: published.Version },
    zip,
    codeSha256: published.Content?.CodeSha256 ?? '',
  };
}
