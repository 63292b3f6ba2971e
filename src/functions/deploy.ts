import { readFile } from 'node:fs/promises';
import {
  GetFunctionConfigurationCommand,
  GetProvisionedConcurrencyConfigCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
  waitUntilPublishedVersionActive,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Lazy } from '../aws/clients.js';
import type { PackedZip } from '../pack/zip.js';
import { DESCRIPTION_LIMIT, DIRECT_UPLOAD_LIMIT, MAX_LAYERS } from '../aws/limits.js';
import { Input } from '../inputs/names.js';
import { awsCall, isNamed, unlessMissing } from '../aws/call.js';
import { errorMessage, InputError } from '../common/errors.js';
import type { PlannedLayer } from '../layers/plan.js';
import { layerArns, restoreLatest, sameList } from '../rollback/rollback.js';
import { layerNameOf } from '../aws/arns.js';
import type { FunctionSettings } from '../inputs/functions.js';
import type { S3Location } from '../inputs/settings.js';
import { readAlias } from './alias.js';
import type { AliasState, LatestRecord, RecordList } from '../rollback/record.js';
import { uploadOnce } from '../pack/upload.js';
import { waitUpdated, whenIdle } from '../aws/wait.js';

export interface FunctionPlan {
  fn: FunctionSettings;
  revisionId: string | undefined;
  codeSha256: string;
  layers: string[];
  alias: AliasState | undefined;
  /** The code to upload; undefined when none was given or $LATEST already has it. */
  code: PackedZip | undefined;
  /** Its CPU architecture and runtime, which the content checks hold its layers to. */
  architecture: string;
  runtime: string | undefined;
  /** The keys of the listed layers it receives (PlannedLayer.key), in the order listed. */
  attach: string[];
  /** Code and layers already published and carried by the alias: nothing to do. */
  unchanged: boolean;
}

export interface DeployContext {
  lambda: LambdaClient;
  s3: Lazy<S3Client>;
  alias: string;
  createAlias: boolean;
  s3Location: S3Location | undefined;
  waitTimeoutSeconds: number;
  /** The input that listed the layers: errors about them name it. */
  layersInput: string;
  /** Traffic moves through weighted stages, which Lambda refuses on an alias with provisioned concurrency. */
  weighted: boolean;
}

/**
 * The function's layers with each new version in place of the one of the same layer name (same position), and the
 * layers it does not carry yet appended in the order given.
 */
export function withLayers(layers: string[], versionArns: string[]): string[] {
  return versionArns.reduce((current, versionArn) => {
    const name = layerNameOf(versionArn);
    const index = current.findIndex((arn) => layerNameOf(arn) === name);
    return index === -1 ? [...current, versionArn] : current.map((arn, i) => (i === index ? versionArn : arn));
  }, layers);
}

async function hasProvisionedConcurrency(lambda: LambdaClient, fn: FunctionSettings, alias: string): Promise<boolean> {
  const config = await awsCall('GetProvisionedConcurrencyConfig', `${fn.name}:${alias}`, () =>
    unlessMissing(
      lambda.send(new GetProvisionedConcurrencyConfigCommand({ FunctionName: fn.id, Qualifier: alias })),
      'ProvisionedConcurrencyConfigNotFoundException',
    ),
  );
  return config !== undefined;
}

/**
 * Reads the function and its alias and decides what must change. `chooseLayers` gives the listed layers it receives
 * for its architecture; a layer still to be published has no version yet. Writes nothing.
 */
export async function planFunction(
  ctx: DeployContext,
  fn: FunctionSettings,
  chooseLayers: (architecture: string) => PlannedLayer[],
  code: PackedZip | undefined,
): Promise<FunctionPlan> {
  let config: FunctionConfiguration = await ctx.lambda
    .send(new GetFunctionConfigurationCommand({ FunctionName: fn.id }))
    .catch((error: unknown) => {
      if (isNamed(error, 'ResourceNotFoundException')) {
        throw new InputError(Input.Functions, `"${fn.id}" does not exist in this account and region`);
      }
      throw error;
    });
  if (config.LastUpdateStatus === 'InProgress') {
    // Lambda gives the function a new RevisionId when an update finishes: the one to plan on comes after it.
    const deadline = Date.now() + ctx.waitTimeoutSeconds * 1000;
    config = await awsCall('Waiting for the update of', fn.name, () => waitUpdated(ctx.lambda, fn.id, deadline));
  }
  if (config.PackageType === 'Image') {
    throw new InputError(Input.Functions, `"${fn.id}" is a container image function: it takes neither layers nor zip code`);
  }
  const alias = await readAlias(ctx.lambda, fn.id, ctx.alias);
  if (!alias && !ctx.createAlias) {
    throw new InputError(Input.CreateAlias, `"${fn.name}" has no alias "${ctx.alias}": create it, or set create-alias: true`);
  }
  if (alias && ctx.weighted && (await hasProvisionedConcurrency(ctx.lambda, fn, ctx.alias))) {
    throw new InputError(
      Input.Traffic,
      `"${fn.name}:${ctx.alias}" has provisioned concurrency, and Lambda refuses weighted routing on such an alias: use traffic: AllAtOnce for it`,
    );
  }
  const layers = layerArns(config);
  const architecture = config.Architectures?.[0] ?? 'x86_64';
  const chosen = chooseLayers(architecture);
  const names = new Set([...layers.map(layerNameOf), ...chosen.map((layer) => layer.name)]);
  if (names.size > MAX_LAYERS) {
    throw new InputError(
      ctx.layersInput,
      `"${fn.name}" would carry ${names.size} layers (${[...names].join(', ')}), above Lambda's maximum of ${MAX_LAYERS}`,
    );
  }
  const codeSha256 = config.CodeSha256 ?? '';
  const newCode = code && code.sha256 !== codeSha256 ? code : undefined;
  if (newCode && newCode.size > DIRECT_UPLOAD_LIMIT && !ctx.s3Location) {
    throw new InputError(Input.S3Bucket, `the code of "${fn.name}" is above Lambda's 50 MB direct upload limit: set s3-bucket`);
  }
  // An unpublished layer version is new to every function.
  const layersChanged =
    chosen.some((layer) => layer.version === undefined) ||
    !sameList(
      withLayers(
        layers,
        chosen.map((layer) => layer.version!.arn),
      ),
      layers,
    );
  let unchanged = false;
  if (!newCode && !layersChanged && alias && Object.keys(alias.weights).length === 0) {
    const live = await awsCall('GetFunctionConfiguration', `${fn.name}:${alias.version}`, () =>
      ctx.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn.id, Qualifier: alias.version })),
    );
    unchanged = live.CodeSha256 === codeSha256 && sameList(layerArns(live), layers);
  }
  const attach = chosen.map((layer) => layer.key);
  return {
    fn,
    revisionId: config.RevisionId,
    codeSha256,
    layers,
    architecture,
    runtime: config.Runtime,
    attach,
    alias,
    code: newCode,
    unchanged,
  };
}

function s3CodeKey(prefix: string, zip: PackedZip): string {
  return `${prefix}code/${Buffer.from(zip.sha256, 'base64').toString('hex')}.zip`;
}

export interface Deployed {
  version: string;
  seconds: number;
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
  return { version, seconds: (Date.now() - started) / 1000 };
}
