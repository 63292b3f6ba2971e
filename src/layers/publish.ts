import { DeleteLayerVersionCommand, PublishLayerVersionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import * as core from '@actions/core';
import { awsCall } from '../aws/call.js';
import type { Lazy } from '../aws/clients.js';
import { errorMessage } from '../common/errors.js';
import type { RecordList } from '../common/tracked.js';
import { inlineZip, ZIP_PLACEHOLDER } from '../pack/inline-zip.js';
import { copyOnce, packAndUpload, type UploadRecord } from '../pack/upload.js';
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

/** Where a build's zip is in one region's bucket, and the zip. */
interface Shipped {
  bucket: string;
  key: string;
  zip: PackedZip;
}

/** Gets a build's zip into one region's bucket, and says where it is. */
export type Shipment = (s3: Lazy<S3Client>, location: S3Location, uploads: RecordList<UploadRecord>) => Promise<Shipped>;

/**
 * Gets one build's zip into the bucket of each region that publishes it. The first region to ask packs the zip and
 * uploads it as it is written; every other copies that object into its own bucket once it is complete, S3 to S3: the
 * zip is packed once and leaves the runner once, however many regions publish it.
 */
export function zipShipment(build: LayerBuild): Shipment {
  let first: Promise<Shipped> | undefined;
  return async (s3, { bucket, prefix }, uploads) => {
    const key = s3LayerKey(prefix, build.settings.name, build.hash);
    if (!first) {
      const path = zipPath(build.hash);
      first = packAndUpload(s3, bucket, key, path, (onWritten) => packZip(build.files, path, onWritten), uploads).then(
        ({ zip, uploaded }) => {
          core.info(uploaded ? `Uploaded s3://${bucket}/${key}` : `s3://${bucket}/${key} already holds this content`);
          return { bucket, key, zip };
        },
      );
      return first;
    }
    const source = await first.catch((error: unknown) => {
      throw new Error(`the zip was to be copied from another region's bucket, whose upload failed: ${errorMessage(error)}`);
    });
    const copied = await copyOnce(s3, source, bucket, key);
    const from = `s3://${source.bucket}/${source.key}`;
    core.info(copied ? `Copied ${from} to s3://${bucket}/${key}` : `s3://${bucket}/${key} already holds this content`);
    return { bucket, key, zip: source.zip };
  };
}

/**
 * Publishes a layer whose content no version holds. Through S3 (when a bucket is given) `ship` gets the zip into the
 * bucket; without a bucket the plan has packed it and checked that it fits. Lambda's CodeSha256 of the version must be
 * the zip's: every region publishes the same bytes.
 */
export async function publishLayer(
  lambda: LambdaClient,
  s3: Lazy<S3Client>,
  s3Location: S3Location | undefined,
  build: LayerBuild,
  uploads: RecordList<UploadRecord>,
  ship: Shipment,
): Promise<PublishedLayer> {
  const { settings: layer, hash } = build;
  let content: { ZipFile: Uint8Array } | { S3Bucket: string; S3Key: string };
  let zip: PackedZip;
  if (s3Location) {
    const shipped = await ship(s3, s3Location, uploads);
    zip = shipped.zip;
    content = { S3Bucket: shipped.bucket, S3Key: shipped.key };
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
    // Found by its content hash, the version would be reused by every later run: it goes at once.
    const VersionNumber = published.Version;
    const removed = await awsCall('DeleteLayerVersion', `${layer.id}:${VersionNumber}`, () =>
      lambda.send(new DeleteLayerVersionCommand({ LayerName: layer.id, VersionNumber })),
    ).then(
      () => 'it was deleted',
      (error: unknown) => `deleting it failed (${errorMessage(error)}): delete it, or the next run reuses it`,
    );
    const fix =
      'S3Bucket' in content
        ? `s3://${content.S3Bucket}/${content.S3Key} holds another zip under this content's key: delete that object`
        : 'the zip changed on its way to Lambda';
    throw new Error(
      `PublishLayerVersion ${layer.id}: version ${VersionNumber} holds a zip of CodeSha256 ${held ?? '(none)'}, not this run's ${zip.sha256}, and ${removed}. ${fix}, then run again`,
    );
  }
  return { version: { arn: published.LayerVersionArn, version: published.Version }, zip, codeSha256: zip.sha256 };
}
