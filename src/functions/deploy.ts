import { readFile } from 'node:fs/promises';
import {
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
  waitUntilPublishedVersionActive,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { awsCall } from '../aws/call.js';
import { DESCRIPTION_LIMIT } from '../aws/limits.js';
import { waitUpdated, whenIdle } from '../aws/wait.js';
import { errorMessage } from '../common/errors.js';
import type { RecordList } from '../common/tracked.js';
import { uploadOnce } from '../pack/upload.js';
import type { PackedZip } from '../pack/zip.js';
import { layerArns, sameList, withLayers } from './layers.js';
import { restoreLatest, type LatestRecord } from './latest.js';
import type { DeployContext, FunctionPlan } from './plan.js';

function s3CodeKey(prefix: string, zip: PackedZip): string {
  return `${prefix}code/${Buffer.from(zip.sha256, 'base64').toString('hex')}.zip`;
}

export interface Deployed {
  version: string;
  seconds: number;
  /** The published version's CodeSha256 (base64), as Lambda answered it. */
  codeSha256: string;
}

/** The function's state once this run's own update has finished, checked to hold what this run wrote. */
function requireOurs(name: string, done: FunctionConfiguration, codeSha256: string, layers: string[]): string | undefined {
  const theirs = done.CodeSha256 !== codeSha256 ? 'code' : !sameList(layerArns(done), layers) ? 'layers' : undefined;
  if (theirs) {
    throw new Error(
      `${name}: its ${theirs} changed while this run was updating it: another deploy is in progress. Nothing was published, no alias was moved.`,
    );
  }
  return done.RevisionId;
}

/** Where UpdateFunctionCode takes the zip from: S3, uploaded now (once per content), or the request itself. */
async function codeSource(
  ctx: DeployContext,
  code: PackedZip,
): Promise<{ S3Bucket: string; S3Key: string } | { ZipFile: Uint8Array }> {
  if (!ctx.s3Location) return { ZipFile: await readFile(code.path) };
  const source = { S3Bucket: ctx.s3Location.bucket, S3Key: s3CodeKey(ctx.s3Location.prefix, code) };
  await uploadOnce(ctx.s3, source.S3Bucket, source.S3Key, code);
  return source;
}

/** What the step says of $LATEST after a failure between the layer update and the code update. */
async function restoreAfterFailure(lambda: LambdaClient, record: LatestRecord, name: string, waitTimeoutSeconds: number) {
  try {
    return `$LATEST of ${name}: ${await restoreLatest(lambda, record, waitTimeoutSeconds)}.`;
  } catch (error) {
    return `$LATEST of ${name} may run its previous code on this run's layers: putting its previous layers back failed: ${errorMessage(error)}. The post step tries again.`;
  }
}

/**
 * Updates the layers, then the code (publish off), waiting for each update to finish, and publishes one version
 * pinned to what this run wrote: the CodeSha256 of its own zip (or the one it planned on), and the RevisionId of the
 * state its last update left, once that state is seen to hold this run's code and layers. Every write is
 * conditional on the RevisionId this run planned on or left, so a concurrent deploy makes one of the two fail with
 * 412 before it publishes: never a version that mixes two runs.
 *
 * Layers first, for what a failure between the two updates leaves on $LATEST, which unqualified invokes and event
 * source mappings run. Lambda has no call that changes both at once, and none that puts previous code back: this run
 * has no copy of it to upload again. Previous layers are only a list of ARNs. Code first, a failed layer update would
 * leave the new code on the old layers for good; layers first, a failed code update leaves the previous code on the
 * new layers until restoreLatest puts the previous layers back, here or, for a job cancelled in between, in the post
 * step, which finds the function in the record. Between the two updates, $LATEST runs the previous code on the new
 * layers for a few seconds: the mix that more often works, as new layers tend to add what new code needs rather than
 * take away what old code uses.
 */
export async function deployFunction(
  ctx: DeployContext,
  plan: FunctionPlan,
  layerVersionArns: string[],
  versionDescription: string,
  latest: RecordList<LatestRecord>,
): Promise<Deployed> {
  const started = Date.now();
  const { lambda } = ctx;
  const { id, name } = plan.fn;
  const deadline = started + ctx.waitTimeoutSeconds * 1000;
  const codeSha256 = plan.code?.sha256 ?? plan.codeSha256;
  const layers = withLayers(plan.layers, layerVersionArns);
  const layersChange = !sameList(layers, plan.layers);
  let revisionId = plan.revisionId;
  /** One update, then the wait for it: the function must then hold `heldCode` and `layers`. */
  const update = async (
    operation: string,
    heldCode: string,
    write: (RevisionId: string | undefined) => Promise<unknown>,
  ): Promise<void> => {
    const pinned = revisionId;
    await awsCall(operation, name, () => whenIdle(lambda, id, deadline, () => write(pinned)));
    const done = await awsCall('Waiting for the update of', name, () => waitUpdated(lambda, id, deadline));
    revisionId = requireOurs(name, done, heldCode, layers);
  };

  const source = plan.code ? await codeSource(ctx, plan.code) : undefined;
  const mixed: LatestRecord | undefined =
    source && layersChange
      ? { id, previousCode: plan.codeSha256, previousLayers: plan.layers, code: codeSha256, layers }
      : undefined;
  if (mixed) latest.add(mixed);
  try {
    if (layersChange) {
      await update('UpdateFunctionConfiguration', plan.codeSha256, (RevisionId) =>
        lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: id, Layers: layers, RevisionId })),
      );
    }
    if (source) {
      await update('UpdateFunctionCode', codeSha256, (RevisionId) =>
        lambda.send(new UpdateFunctionCodeCommand({ FunctionName: id, Publish: false, RevisionId, ...source })),
      );
    }
  } catch (error) {
    if (!mixed) throw error;
    throw new Error(`${errorMessage(error)}\n${await restoreAfterFailure(lambda, mixed, name, ctx.waitTimeoutSeconds)}`, {
      cause: error,
    });
  }
  if (mixed) latest.remove(mixed);
  const published = await awsCall('PublishVersion', name, () =>
    whenIdle(lambda, id, deadline, () =>
      lambda.send(
        new PublishVersionCommand({
          FunctionName: id,
          CodeSha256: codeSha256 || undefined,
          RevisionId: revisionId,
          Description: versionDescription.slice(0, DESCRIPTION_LIMIT),
        }),
      ),
    ),
  );
  const version = published.Version;
  if (!version) throw new Error(`PublishVersion ${name}: the answer has no version`);
  if (published.State !== 'Active') {
    // SnapStart versions stay Pending for minutes, and an alias must not send traffic to a version not yet ready.
    const maxWaitTime = Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
    await awsCall(`Waiting for version ${version} of`, name, () =>
      waitUntilPublishedVersionActive(
        { client: lambda, maxWaitTime, minDelay: 1, maxDelay: 10 },
        { FunctionName: id, Qualifier: version },
      ),
    );
  }
  return { version, seconds: (Date.now() - started) / 1000, codeSha256: published.CodeSha256 ?? '' };
}
