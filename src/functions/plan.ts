import {
  GetFunctionConfigurationCommand,
  GetProvisionedConcurrencyConfigCommand,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import { layerNameOf } from '../aws/arns.js';
import { awsCall, isNamed, unlessMissing } from '../aws/call.js';
import type { Lazy } from '../aws/clients.js';
import { DIRECT_UPLOAD_LIMIT, MAX_LAYERS } from '../aws/limits.js';
import { waitUpdated } from '../aws/wait.js';
import { InputError } from '../common/errors.js';
import type { FunctionConfig } from '../inputs/config.js';
import type { FunctionSettings } from '../inputs/functions.js';
import { Input } from '../inputs/names.js';
import type { S3Location } from '../inputs/settings.js';
import type { PlannedLayer } from '../layers/plan.js';
import type { PackedZip } from '../pack/zip.js';
import { readAlias, type AliasState } from './alias.js';
import { architectureOf, configurationChanges, planConfiguration, sameVariables, type ConfigurationPlan } from './config.js';
import { layerArns, sameList, withLayers } from './layers.js';

export interface FunctionPlan {
  fn: FunctionSettings;
  revisionId: string | undefined;
  codeSha256: string;
  layers: string[];
  alias: AliasState | undefined;
  /** The code to upload; undefined when none was given or $LATEST already has it. */
  code: PackedZip | undefined;
  /** Its CPU architecture and runtime once deployed, which the content checks hold its layers to. */
  architecture: string;
  runtime: string | undefined;
  /** What this run writes of its configuration, and how its new version differs from the alias's. */
  configuration: ConfigurationPlan;
  /** The keys of the listed layers it receives (PlannedLayer.key), in the order listed. */
  attach: string[];
  /** Code, layers and configuration already published and carried by the alias: nothing to do. */
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
 * for its architecture (the new one when it moves); a layer still to be published has no version yet. Writes nothing.
 */
export async function planFunction(
  ctx: DeployContext,
  fn: FunctionSettings,
  chooseLayers: (architecture: string) => PlannedLayer[],
  code: PackedZip | undefined,
  desired: FunctionConfig,
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
  const writes = planConfiguration(fn.name, config, desired, code !== undefined);
  const architecture = writes.architecture ?? architectureOf(config);
  const chosen = chooseLayers(architecture);
  const names = new Set([...layers.map(layerNameOf), ...chosen.map((layer) => layer.name)]);
  if (names.size > MAX_LAYERS) {
    throw new InputError(
      ctx.layersInput,
      `"${fn.name}" would carry ${names.size} layers (${[...names].join(', ')}), above Lambda's maximum of ${MAX_LAYERS}`,
    );
  }
  const codeSha256 = config.CodeSha256 ?? '';
  // A new architecture comes with UpdateFunctionCode, so the code is sent even when $LATEST has the same.
  const newCode = code && (code.sha256 !== codeSha256 || writes.architecture) ? code : undefined;
  if (newCode && newCode.size > DIRECT_UPLOAD_LIMIT && !ctx.s3Location) {
    throw new InputError(Input.S3Bucket, `the code of "${fn.name}" is above Lambda's 50 MB direct upload limit: set s3-bucket`);
  }
  // An unpublished layer version is new to every function.
  const chosenArns = chosen.flatMap((layer) => (layer.version ? [layer.version.arn] : []));
  const layersChanged = chosenArns.length < chosen.length || !sameList(withLayers(layers, chosenArns), layers);
  const nothingToWrite = !newCode && !layersChanged && Object.keys(writes.update).length === 0;
  const settled = alias && Object.keys(alias.weights).length === 0;
  // The alias's version is read to compare it with what the new one would run: for the log when a configuration is
  // wanted, and to find that a run with nothing to write has nothing to publish either.
  const live =
    alias && (Object.keys(desired.wanted).length > 0 || (nothingToWrite && settled))
      ? await awsCall('GetFunctionConfiguration', `${fn.name}:${alias.version}`, () =>
          ctx.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn.id, Qualifier: alias.version })),
        )
      : undefined;
  const changes = configurationChanges(live ?? config, config, writes);
  const unchanged =
    nothingToWrite &&
    Boolean(settled) &&
    live?.CodeSha256 === codeSha256 &&
    sameList(layerArns(live), layers) &&
    changes.length === 0;
  const sameEnvironment = live && sameVariables(live.Environment?.Variables ?? {}, config.Environment?.Variables ?? {});
  const attach = chosen.map((layer) => layer.key);
  return {
    fn,
    revisionId: config.RevisionId,
    codeSha256,
    layers,
    architecture,
    runtime: writes.update.Runtime ?? config.Runtime,
    configuration: { ...writes, changes, environmentFrom: sameEnvironment && alias ? alias.version : null },
    attach,
    alias,
    code: newCode,
    unchanged,
  };
}
