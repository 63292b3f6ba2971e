import { readFile } from 'node:fs/promises';
import {
  GetAliasCommand,
  GetFunctionConfigurationCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import type { PackedZip } from './archive.js';
import { DESCRIPTION_LIMIT, DIRECT_UPLOAD_LIMIT, Input, MAX_LAYERS } from './constants.js';
import { awsCall, InputError, isNamed } from './errors.js';
import type { FunctionTarget } from './settings.js';
import { uploadOnce } from './upload.js';
import { waitUpdated, whenIdle } from './wait.js';

/** Where an alias points now. */
export interface AliasState {
  version: string;
  weights: Record<string, number>;
  description: string;
  revision: string | undefined;
}

export interface FunctionPlan {
  target: FunctionTarget;
  revisionId: string | undefined;
  codeSha256: string;
  layers: string[];
  alias: AliasState | undefined;
  /** The code to upload; undefined when none was given or $LATEST already has it. */
  code: PackedZip | undefined;
  /** Code and layer already published and carried by the alias: nothing to do. */
  unchanged: boolean;
}

export interface DeployContext {
  lambda: LambdaClient;
  s3: S3Client;
  alias: string;
  createAlias: boolean;
  s3Bucket: { bucket: string; prefix: string } | undefined;
  waitTimeoutSeconds: number;
}

/** `arn:aws:lambda:region:account:layer:NAME:7` -> NAME: a function holds at most one version of each layer. */
export function layerNameOf(arn: string): string {
  return arn.split(':')[6] ?? arn;
}

/** The function's layers with this layer's version in place of the old one (same position), or added at the end. */
export function withLayer(layers: string[], versionArn: string): string[] {
  const name = layerNameOf(versionArn);
  const index = layers.findIndex((arn) => layerNameOf(arn) === name);
  return index === -1 ? [...layers, versionArn] : layers.map((arn, i) => (i === index ? versionArn : arn));
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function layerArns(config: FunctionConfiguration): string[] {
  return (config.Layers ?? []).flatMap((layer) => (layer.Arn ? [layer.Arn] : []));
}

async function readAlias(ctx: DeployContext, target: FunctionTarget): Promise<AliasState | undefined> {
  try {
    const alias = await ctx.lambda.send(new GetAliasCommand({ FunctionName: target.id, Name: ctx.alias }));
    return {
      version: alias.FunctionVersion ?? '$LATEST',
      weights: alias.RoutingConfig?.AdditionalVersionWeights ?? {},
      description: alias.Description ?? '',
      revision: alias.RevisionId,
    };
  } catch (error) {
    if (isNamed(error, 'ResourceNotFoundException')) return undefined;
    throw error;
  }
}

/**
 * Reads the function and its alias and decides what must change. `layer` is the layer version to attach: its ARN
 * when an existing version is reused, only its name when it is still to be published. Writes nothing.
 */
export async function planFunction(
  ctx: DeployContext,
  target: FunctionTarget,
  layer: { name: string; arn: string | undefined } | undefined,
  code: PackedZip | undefined,
): Promise<FunctionPlan> {
  const config = await ctx.lambda
    .send(new GetFunctionConfigurationCommand({ FunctionName: target.id }))
    .catch((error: unknown) => {
      if (isNamed(error, 'ResourceNotFoundException')) {
        throw new InputError(Input.Functions, `"${target.id}" does not exist in this account and region`);
      }
      throw error;
    });
  if (config.PackageType === 'Image') {
    throw new InputError(Input.Functions, `"${target.id}" is a container image function: it takes neither layers nor zip code`);
  }
  const alias = await awsCall('GetAlias', `${target.name}:${ctx.alias}`, () => readAlias(ctx, target));
  if (!alias && !ctx.createAlias) {
    throw new InputError(Input.CreateAlias, `"${target.name}" has no alias "${ctx.alias}": create it, or set create-alias: true`);
  }
  const layers = layerArns(config);
  if (layer && layers.length >= MAX_LAYERS && !layers.some((arn) => layerNameOf(arn) === layer.name)) {
    throw new InputError(
      Input.LayerName,
      `"${target.name}" already has ${MAX_LAYERS} layers, Lambda's maximum: one more cannot be added`,
    );
  }
  const codeSha256 = config.CodeSha256 ?? '';
  const newCode = code && code.sha256 !== codeSha256 ? code : undefined;
  if (newCode && newCode.size > DIRECT_UPLOAD_LIMIT && !ctx.s3Bucket) {
    throw new InputError(
      Input.S3Bucket,
      `the code of "${target.name}" is above Lambda's 50 MB direct upload limit: set s3-bucket`,
    );
  }
  // An unpublished layer version is new to every function.
  const layersChanged = layer !== undefined && (layer.arn === undefined || !sameList(withLayer(layers, layer.arn), layers));
  let unchanged = false;
  if (!newCode && !layersChanged && alias && Object.keys(alias.weights).length === 0) {
    const live = await awsCall('GetFunctionConfiguration', `${target.name}:${alias.version}`, () =>
      ctx.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: target.id, Qualifier: alias.version })),
    );
    unchanged = live.CodeSha256 === codeSha256 && sameList(layerArns(live), layers);
  }
  return { target, revisionId: config.RevisionId, codeSha256, layers, alias, code: newCode, unchanged };
}

export function s3CodeKey(prefix: string, zip: PackedZip): string {
  return `${prefix}code/${Buffer.from(zip.sha256, 'base64').toString('hex')}.zip`;
}

export interface Deployed {
  version: string;
  codeChanged: boolean;
  seconds: number;
}

/**
 * Updates the code (publish off), then the layers, waiting for each update to finish, and publishes one version
 * pinned to the CodeSha256 and RevisionId this run left: a change by anyone else in between fails the publish.
 */
export async function deployFunction(
  ctx: DeployContext,
  plan: FunctionPlan,
  layerArn: string | undefined,
  versionDescription: string,
): Promise<Deployed> {
  const started = Date.now();
  const { lambda } = ctx;
  const name = plan.target.name;
  const deadline = started + ctx.waitTimeoutSeconds * 1000;
  let state = { revisionId: plan.revisionId, codeSha256: plan.codeSha256 };
  const update = async (operation: string, write: (revisionId: string | undefined) => Promise<unknown>) => {
    await awsCall(operation, name, () => whenIdle(lambda, plan.target.id, deadline, state.revisionId, write));
    const done = await awsCall('waiting for', name, () => waitUpdated(lambda, plan.target.id, deadline));
    state = { revisionId: done.RevisionId, codeSha256: done.CodeSha256 ?? state.codeSha256 };
  };

  const { code } = plan;
  if (code) {
    let source: { S3Bucket: string; S3Key: string } | { ZipFile: Uint8Array };
    if (ctx.s3Bucket) {
      source = { S3Bucket: ctx.s3Bucket.bucket, S3Key: s3CodeKey(ctx.s3Bucket.prefix, code) };
      await uploadOnce(ctx.s3, source.S3Bucket, source.S3Key, code);
    } else {
      source = { ZipFile: await readFile(code.path) };
    }
    await update('UpdateFunctionCode', (RevisionId) =>
      lambda.send(new UpdateFunctionCodeCommand({ FunctionName: plan.target.id, Publish: false, RevisionId, ...source })),
    );
  }
  if (layerArn) {
    const layers = withLayer(plan.layers, layerArn);
    if (!sameList(layers, plan.layers)) {
      await update('UpdateFunctionConfiguration', (RevisionId) =>
        lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: plan.target.id, Layers: layers, RevisionId })),
      );
    }
  }
  const published = await awsCall('PublishVersion', name, () =>
    whenIdle(lambda, plan.target.id, deadline, state.revisionId, (RevisionId) =>
      lambda.send(
        new PublishVersionCommand({
          FunctionName: plan.target.id,
          CodeSha256: state.codeSha256 || undefined,
          RevisionId,
          Description: versionDescription.slice(0, DESCRIPTION_LIMIT),
        }),
      ),
    ),
  );
  if (!published.Version) throw new Error(`PublishVersion ${name}: the answer has no version`);
  return { version: published.Version, codeChanged: code !== undefined, seconds: (Date.now() - started) / 1000 };
}
