import { readFile } from 'node:fs/promises';
import {
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type Architecture,
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
import type { Variables } from '../inputs/config.js';
import { holds, type ConfigurationFields } from './config.js';
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
function requireOurs(
  name: string,
  done: FunctionConfiguration,
  codeSha256: string,
  layers: string[],
  configuration: ConfigurationFields & { Architectures?: [Architecture] },
): string | undefined {
  const theirs =
    done.CodeSha256 !== codeSha256
      ? 'code'
      : !sameList(layerArns(done), layers)
        ? 'layers'
        : !holds(done, configuration)
          ? 'configuration'
          : undefined;
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

/** What the step says of $LATEST after a failure between the configuration update and the code update. */
async function restoreAfterFailure(
  lambda: LambdaClient,
  record: LatestRecord,
  name: string,
  waitTimeoutSeconds: number,
  environment: Variables | undefined,
) {
  try {
    return `$LATEST of ${name}: ${await restoreLatest(lambda, record, waitTimeoutSeconds, environment)}.`;
  } catch (error) {
    return `$LATEST of ${name} may run its previous code on this run's layers and configuration: putting its previous ones back failed: ${errorMessage(error)}. The post step tries again.`;
  }
}

/** The fields but the environment, whose values the saved record never holds. */
function withoutEnvironment(fields: ConfigurationFields): ConfigurationFields {
  return Object.fromEntries(Object.entries(fields).filter(([field]) => field !== 'Environment'));
}

/**
 * Updates the configuration and layers in one write, then the code and architecture (publish off), waiting for each
 * update to finish, and publishes one version pinned to what this run wrote: the CodeSha256 of its own zip (or the
 * one it planned on), and the RevisionId of the state its last update left, once that state is seen to hold this
 * run's code, layers and configuration. Every write is conditional on the RevisionId this run planned on or left, so
 * a concurrent deploy makes one of the two fail with 412 before it publishes: never a version that mixes two runs.
 *
 * Configuration and layers first, for what a failure between the two updates leaves on $LATEST, which unqualified
 * invokes and event source mappings run. Lambda has no call that changes both at once, and none that puts previous
 * code back: this run has no copy of it to upload again. Previous layers are only a list of ARNs, a previous
 * configuration a few fields. Code first, a failed configuration update would leave the new code on the old layers
 * and runtime for good; configuration first, a failed code update leaves the previous code on the new ones until
 * restoreLatest puts the previous ones back, here or, for a job cancelled in between, in the post step, which finds
 * the function in the record. Between the two updates, $LATEST runs the previous code on the new layers for a few
 * seconds: the mix that more often works, as new layers tend to add what new code needs rather than take away what
 * old code uses. The architecture goes with the code, so code never runs on an architecture it was not built for.
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
  const { update: configuration, previous, architecture } = plan.configuration;
  const configurationChange = Object.keys(configuration).length > 0;
  let revisionId = plan.revisionId;
  /** One update, then the wait for it: the function must then hold `heldCode`, `layers` and `held`. */
  const update = async (
    operation: string,
    heldCode: string,
    held: ConfigurationFields & { Architectures?: [Architecture] },
    write: (RevisionId: string | undefined) => Promise<unknown>,
  ): Promise<void> => {
    const pinned = revisionId;
    await awsCall(operation, name, () => whenIdle(lambda, id, deadline, () => write(pinned)));
    const done = await awsCall('Waiting for the update of', name, () => waitUpdated(lambda, id, deadline));
    revisionId = requireOurs(name, done, heldCode, layers, held);
  };

  const source = plan.code ? await codeSource(ctx, plan.code) : undefined;
  const mixed: LatestRecord | undefined =
    source && (layersChange || configurationChange)
      ? {
          id,
          revision: plan.revisionId,
          previousCode: plan.codeSha256,
          previousLayers: plan.layers,
          code: codeSha256,
          layers,
          previousConfiguration: withoutEnvironment(previous),
          configuration: withoutEnvironment(configuration),
          ...(configuration.Environment ? { environmentFrom: plan.configuration.environmentFrom } : {}),
        }
      : undefined;
  if (mixed) latest.add(mixed);
  try {
    if (layersChange || configurationChange) {
      await update('UpdateFunctionConfiguration', plan.codeSha256, configuration, (RevisionId) =>
        lambda.send(
          new UpdateFunctionConfigurationCommand({
            FunctionName: id,
            ...(layersChange ? { Layers: layers } : {}),
            ...configuration,
            RevisionId,
          }),
        ),
      );
    }
    if (source) {
      const moved = architecture ? { ...configuration, Architectures: [architecture] as [Architecture] } : configuration;
      await update('UpdateFunctionCode', codeSha256, moved, (RevisionId) =>
        lambda.send(
          new UpdateFunctionCodeCommand({
            FunctionName: id,
            Publish: false,
            RevisionId,
            ...(architecture ? { Architectures: [architecture] } : {}),
            ...source,
          }),
        ),
      );
    }
  } catch (error) {
    if (!mixed) throw error;
    const restored = await restoreAfterFailure(lambda, mixed, name, ctx.waitTimeoutSeconds, previous.Environment?.Variables);
    throw new Error(`${errorMessage(error)}\n${restored}`, { cause: error });
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
