import { InputError } from '../common/errors.js';
import { SSM_NAME } from '../aws/arns.js';
import { readConfigurationInputs, type ConfigurationInputs } from './config.js';
import { readFunctions, type FunctionSettings } from './functions.js';
import { readPullRequest, type PullRequest } from './github.js';
import { readGrants, type LayerGrant } from './grants.js';
import { readLayers, type LayerInput } from './layers.js';
import { Input, MODES, type Mode } from './names.js';
import { bool, int, lines, list, oneWord, text } from './read.js';
import { parseTraffic, type Traffic } from './traffic.js';

export interface S3Location {
  bucket: string;
  /** Prepended to every key, e.g. `lambda-layers/`. */
  prefix: string;
}

export interface Settings {
  mode: Mode;
  dryRun: boolean;
  /** aws-region's first region: the one the single-region outputs describe. */
  region: string;
  /** Every listed region, the first first: each gets the layers, and the functions listed by name. */
  regions: string[];
  /** In the order listed; one built layer for the layer-name/layer-path shorthand. */
  layers: LayerInput[];
  /** The input that listed them, for messages: layers, or layer-name for the shorthand. */
  layersInput: string;
  /**
   * Where layers and code are uploaded before publishing; undefined: sent to Lambda directly. Its bucket may hold
   * `{region}`: each region's is s3LocationIn's.
   */
  s3Location: S3Location | undefined;
  functions: FunctionSettings[];
  /** Globs left out of the layer and of code directories. */
  exclude: string[];
  alias: string;
  createAlias: boolean;
  rollbackOnFailure: boolean;
  maxParallel: number;
  waitTimeoutSeconds: number;
  keepLayerVersions: number;
  keepFunctionVersions: number;
  toVersion: string | undefined;
  traffic: Traffic;
  alarms: string[];
  /** block: an alarm already in ALARM stops the deploy; ignore: it is not acted on until it has been OK once. */
  firingAlarms: 'block' | 'ignore';
  bakeTimeSeconds: number;
  smokeTestPayload: string | undefined;
  /** Content checks: error fails the plan on a finding, warn reports it, off skips them. */
  verify: 'error' | 'warn' | 'off';
  /** Globs of paths inside a layer the content checks skip. */
  verifyIgnore: string[];
  /** Which repository, commit and run made a change: written into version and alias descriptions. */
  origin: string;
  /** deploy: the pull request whose comment shows the plan (pull-request-comment); undefined on other events. */
  pullRequest: PullRequest | undefined;
  /** Grants of lambda:GetLayerVersion on every version of a built layer this step publishes or reuses. */
  layerPermissions: LayerGrant[];
  /** runtime, architecture, environment, memory-size, timeout, handler and function-config (read in the plan). */
  configuration: ConfigurationInputs;
}

const ALIAS_NAME = /^(?!\d+$)[a-zA-Z0-9_-]{1,128}$/;

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

/** aws-region's comma or newline list, or the region the credentials action set. */
function readRegions(): string[] {
  const given = list(Input.AwsRegion);
  const regions = given.length > 0 ? given : [process.env['AWS_REGION'] || process.env['AWS_DEFAULT_REGION'] || ''];
  for (const [index, region] of regions.entries()) {
    if (!REGION.test(region)) {
      throw new InputError(
        Input.AwsRegion,
        region === ''
          ? 'no region: set aws-region, or AWS_REGION (aws-actions/configure-aws-credentials sets it)'
          : `"${region}" is not an AWS region (e.g. eu-west-1)`,
      );
    }
    if (regions.indexOf(region) !== index) throw new InputError(Input.AwsRegion, `"${region}" is listed twice`);
  }
  return regions;
}

/** The bucket of one region: `{region}` in s3-bucket filled in. */
export function s3LocationIn(location: S3Location | undefined, region: string): S3Location | undefined {
  return location && { ...location, bucket: location.bucket.replaceAll('{region}', region) };
}

/**
 * Outside a runner (a local trial) these variables are unset, and the description says so rather than the step
 * failing after its writes.
 */
function origin(): string {
  const repository = process.env['GITHUB_REPOSITORY'] || 'local';
  const sha = process.env['GITHUB_SHA']?.slice(0, 7) || 'unknown';
  return `by ${repository}@${sha} run ${process.env['GITHUB_RUN_ID'] || 0}`;
}

/** Reads and validates every input; the only place that calls core.getInput. Throws InputError on the first bad one. */
export function getSettings(): Settings {
  const mode = oneWord(Input.Mode, MODES, 'deploy', 'a mode');
  const regions = readRegions();
  const [region = ''] = regions;
  const ssmParameter = text(Input.SsmParameter);
  if (ssmParameter !== '' && !SSM_NAME.test(ssmParameter.replace(/\{layer\}|\{arch\}|\{region\}/g, 'x'))) {
    throw new InputError(Input.SsmParameter, `"${ssmParameter}" is not an SSM parameter name (e.g. /layers/{layer}/arn)`);
  }
  const layers = readLayers(mode, regions, ssmParameter);
  const built = layers.filter((spec) => spec.kind === 'built');
  const functions = readFunctions(mode, regions);
  const bucket = text(Input.S3Bucket);
  if (regions.length > 1 && bucket !== '' && !bucket.includes('{region}')) {
    throw new InputError(
      Input.S3Bucket,
      `"${bucket}" is one bucket for ${regions.length} regions, and Lambda reads code only from a bucket in its own region: put {region} in its name (e.g. ${bucket}-{region}), one bucket per region`,
    );
  }
  const toVersion = text(Input.ToVersion);
  const smokeTestPayload = text(Input.SmokeTestPayload);
  const alias = text(Input.Alias) || 'live';
  const configuration = readConfigurationInputs(mode);

  if (!ALIAS_NAME.test(alias)) {
    throw new InputError(Input.Alias, `"${alias}" is not an alias name (letters, digits, - and _, not only digits)`);
  }
  if (toVersion !== '' && !/^[1-9]\d*$/.test(toVersion)) {
    throw new InputError(Input.ToVersion, `"${toVersion}" is not a published version number (e.g. 7)`);
  }
  if (smokeTestPayload !== '') {
    try {
      JSON.parse(smokeTestPayload);
    } catch (error) {
      throw new InputError(Input.SmokeTestPayload, `is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (mode === 'deploy' && layers.length === 0 && functions.length === 0) {
    throw new InputError(Input.Functions, 'nothing to deploy: set functions, or layers (or layer-name and layer-path), or both');
  }
  // A configuration alone is a deploy of its own: one new version per function.
  if (mode === 'deploy' && layers.length === 0 && !configuration.file && Object.keys(configuration.wanted).length === 0) {
    const bare = functions.find((fn) => fn.code === undefined);
    if (bare) {
      throw new InputError(
        Input.CodePath,
        `"${bare.name}" has no code to deploy and there is no layer: set code-path or ${bare.name}=PATH`,
      );
    }
  }
  if (ssmParameter !== '' && mode === 'deploy' && built.length === 0) {
    throw new InputError(
      Input.SsmParameter,
      'needs a layer this step builds (layers: NAME=PATH, or layer-name and layer-path): it receives its version ARN',
    );
  }
  const layerPermissions = readGrants();
  if (layerPermissions.length > 0 && mode === 'deploy' && built.length === 0) {
    throw new InputError(
      Input.LayerPermissions,
      'grants apply to the layer versions this step builds (layers: NAME=PATH, or layer-name and layer-path), and there is none; promoted versions are not touched',
    );
  }
  if (mode === 'cleanup' && built.length === 0 && functions.length === 0) {
    throw new InputError(Input.Functions, 'cleanup needs layers (or layer-name), functions, or both');
  }
  if (mode === 'rollback' && functions.length === 0) {
    throw new InputError(Input.Functions, 'rollback needs the functions whose alias to roll back');
  }

  return {
    mode,
    dryRun: bool(Input.DryRun, false),
    region,
    regions,
    layers,
    layersInput: text(Input.LayerName) === '' ? Input.Layers : Input.LayerName,
    s3Location: bucket === '' ? undefined : { bucket, prefix: text(Input.S3Prefix) || 'lambda-layers/' },
    functions,
    exclude: lines(Input.Exclude),
    alias,
    createAlias: bool(Input.CreateAlias, true),
    rollbackOnFailure: bool(Input.RollbackOnFailure, true),
    maxParallel: int(Input.MaxParallel, 20, 'how many functions are worked on at once', 1, 50),
    waitTimeoutSeconds: int(Input.WaitTimeout, 300, 'seconds to wait for one function update', 1, 3600),
    keepLayerVersions: int(
      Input.KeepLayerVersions,
      10,
      "how many of each layer's newest versions cleanup keeps: at least the newest",
      1,
    ),
    keepFunctionVersions: int(
      Input.KeepFunctionVersions,
      10,
      "how many of each function's newest versions cleanup keeps: at least the newest",
      1,
    ),
    toVersion: toVersion || undefined,
    traffic: parseTraffic(text(Input.Traffic) || 'AllAtOnce'),
    alarms: lines(Input.Alarms),
    firingAlarms: oneWord(Input.FiringAlarms, ['block', 'ignore'] as const, 'block', 'a way to treat alarms firing at the start'),
    bakeTimeSeconds: int(
      Input.BakeTime,
      0,
      'seconds to keep watching the alarms once all traffic has moved, up to a day; 0: not at all',
      0,
      86400,
    ),
    smokeTestPayload: smokeTestPayload || undefined,
    verify: oneWord(Input.Verify, ['error', 'warn', 'off'] as const, 'error', 'a content check mode'),
    verifyIgnore: lines(Input.VerifyIgnore),
    origin: origin(),
    pullRequest: mode === 'deploy' ? readPullRequest({ region, alias }) : undefined,
    layerPermissions,
    configuration,
  };
}
