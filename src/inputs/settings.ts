import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { Architecture, Runtime } from '@aws-sdk/client-lambda';
import { Input } from './names.js';
import { InputError } from '../common/errors.js';
import { parseTraffic, type Traffic } from '../traffic/release.js';

export type Mode = 'deploy' | 'cleanup' | 'rollback';
const MODES: readonly Mode[] = ['deploy', 'cleanup', 'rollback'];

/** A layer this run builds from a directory or .zip: `layers: NAME=PATH` or `NAME@ARCH=PATH`, or layer-name/-path. */
export interface LayerSettings {
  kind: 'built';
  /** How outputs and messages name it: NAME, or NAME@ARCH for an architecture variant. */
  key: string;
  /** What LayerName takes in the API: the name, or the ARN without version when one was given. */
  id: string;
  /** The bare name, used in S3 keys and messages. Variants share it: one Lambda layer, a version per architecture. */
  name: string;
  /** The account in the ARN, when layer-name was given as one: it must be the caller's, which publishes into it. */
  account: string | undefined;
  /** Absolute path of the directory or .zip; empty in cleanup mode, which needs no content. */
  path: string;
  /** The architecture of a variant (NAME@ARCH): functions of that architecture receive it. */
  variant: string | undefined;
  description: string;
  runtimes: string[];
  architectures: string[];
  license: string;
  /** The SSM parameter that receives this layer's version ARN (ssm-parameter with {layer} and {arch} filled in). */
  parameter: string | undefined;
}

/** A layer version that exists already, attached as it is: a layer version ARN, or `ssm:/name` holding one. */
export interface PromotedLayer {
  kind: 'promoted';
  /** The line as written, for messages. */
  source: string;
  /** The version ARN; for an `ssm:` line, undefined until the plan has read the parameter. */
  arn: string | undefined;
  /** The SSM parameter to read the ARN from. */
  parameter: string | undefined;
}

export type LayerSpec = LayerSettings | PromotedLayer;

export interface S3Location {
  bucket: string;
  /** Prepended to every key, e.g. `lambda-layers/`. */
  prefix: string;
}

export interface FunctionSettings {
  /** As the user wrote it (name or ARN): the key of the JSON outputs. */
  id: string;
  /** The bare function name, for messages and duplicate detection. */
  name: string;
  /** The account in the ARN, when the function was given as one: it must be the caller's. */
  account: string | undefined;
  /** The code directory or .zip (absolute path) and the input that named it; undefined keeps the function's code. */
  code: { path: string; input: string } | undefined;
  /** The layer names in brackets after it (`fn [deps, ml]`): it receives only those; undefined: every listed layer. */
  layers: string[] | undefined;
}

export interface Settings {
  mode: Mode;
  dryRun: boolean;
  region: string;
  /** In the order listed; one built layer for the layer-name/layer-path shorthand. */
  layers: LayerSpec[];
  /** The input that listed them, for messages: layers, or layer-name for the shorthand. */
  layersInput: string;
  /** Where layers and code are uploaded before publishing; undefined: sent to Lambda directly. */
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
}

const LAYER_NAME = /^[a-zA-Z0-9_-]{1,140}$/;
const LAYER_ARN =
  /^arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d):(?<account>\d{12}):layer:(?<name>[a-zA-Z0-9_-]{1,140})$/;
export const LAYER_VERSION_ARN =
  /^arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d):\d{12}:layer:(?<name>[a-zA-Z0-9_-]{1,140}):(?<version>[1-9]\d*)$/;
const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const FUNCTION_ARN =
  /^arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d):(?<account>\d{12}):function:(?<name>[a-zA-Z0-9_-]{1,64})$/;
const ALIAS_NAME = /^(?!\d+$)[a-zA-Z0-9_-]{1,128}$/;
const SSM_NAME = /^[a-zA-Z0-9_.\-/]{1,2048}$/;
const RUNTIMES: readonly string[] = Object.values(Runtime);
const ARCHITECTURES: readonly string[] = Object.values(Architecture);

function text(name: string): string {
  return core.getInput(name).trim();
}

/** Comma or newline separated, blanks dropped. */
function items(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function list(name: string): string[] {
  return items(text(name));
}

/** Comma or newline separated, except commas inside brackets (`fn [deps, ml]`), blanks dropped. */
function entries(name: string): string[] {
  return text(name)
    .split(/\n|,(?![^[]*\])/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function lines(name: string): string[] {
  return text(name)
    .split('\n')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Strict: a typo must not silently become false. Empty means the default documented in action.yml. */
function bool(name: string, fallback: boolean): boolean {
  const value = text(name);
  if (value === '') return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(name, `"${value}" is not a boolean (use true or false)`);
}

/** `means` says what the number counts, for the message; without `max` there is no upper bound. */
function int(name: string, fallback: number, means: string, min: number, max?: number): number {
  const value = text(name);
  if (value === '') return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(parsed >= min && parsed <= (max ?? Number.MAX_SAFE_INTEGER))) {
    const range = max === undefined ? `from ${min} up` : `from ${min} to ${max}`;
    throw new InputError(name, `"${value}" is not a whole number ${range} (${means})`);
  }
  return parsed;
}

/** `NAME = VALUE` as `NAME=VALUE`: both sides of the first "=" trimmed; no "=": the line, and undefined. */
function assignment(line: string): [string, string | undefined] {
  const at = line.indexOf('=');
  return at < 0 ? [line.trim(), undefined] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
}

/** A function or layer given by ARN must be in aws-region: a function can only use layers of its own region. */
function inRegion(input: string, arn: string, arnRegion: string, region: string): void {
  if (arnRegion !== region) {
    throw new InputError(
      input,
      `"${arn}" is in ${arnRegion}, not in ${region} where this step deploys (aws-region): a function and its layers must be in one region`,
    );
  }
}

/** One of a few words; `what` names the kind in the message: "deploi" is not a mode (use deploy, cleanup or rollback). */
function oneWord<T extends string>(name: string, allowed: readonly T[], fallback: T, what: string): T {
  const value = text(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    const choices = `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
    throw new InputError(name, `"${value}" is not ${what} (use ${choices})`);
  }
  return value as T;
}

function workspacePath(name: string, value: string): string {
  const workspace = process.env['GITHUB_WORKSPACE'];
  const resolved = path.resolve(workspace ?? process.cwd(), value);
  if (!existsSync(resolved)) {
    const base = workspace ? `GITHUB_WORKSPACE: ${workspace}` : `the current directory: ${process.cwd()}`;
    throw new InputError(name, `"${value}" does not exist (paths are relative to ${base})`);
  }
  const stat = statSync(resolved);
  if (!stat.isDirectory() && !(stat.isFile() && resolved.toLowerCase().endsWith('.zip'))) {
    throw new InputError(name, `"${value}" is neither a directory nor a .zip file`);
  }
  return resolved;
}

function oneOf(name: string, values: string[], allowed: readonly string[], example: string): string[] {
  for (const value of values) {
    if (!allowed.includes(value)) throw new InputError(name, `"${value}" is not a Lambda ${example}`);
  }
  return [...new Set(values)];
}

/** Settings every built layer shares: compatible-runtimes, -architectures, license-info, layer-description. */
function layerTraits() {
  return {
    description: text(Input.LayerDescription),
    runtimes: oneOf(Input.CompatibleRuntimes, list(Input.CompatibleRuntimes), RUNTIMES, 'runtime (e.g. python3.12, nodejs22.x)'),
    architectures: oneOf(
      Input.CompatibleArchitectures,
      list(Input.CompatibleArchitectures),
      ARCHITECTURES,
      'architecture (x86_64 or arm64)',
    ),
    license: text(Input.LicenseInfo),
  };
}

/** `/layers/{layer}/{arch}/arn` for one built layer; {arch} of a layer that is not a variant: its declared ones, or `any`. */
function parameterFor(template: string, layer: { name: string; variant: string | undefined; architectures: string[] }) {
  // Sorted, as the content hash sorts them: the same layer names the same parameter whatever order they were given in.
  const arch = layer.variant ?? ([...layer.architectures].sort().join('-') || 'any');
  return template.replaceAll('{layer}', layer.name).replaceAll('{arch}', arch);
}

function readShorthand(mode: Mode, region: string, given: string, layerPath: string): LayerSettings {
  const arn = LAYER_ARN.exec(given)?.groups;
  if (!arn && !LAYER_NAME.test(given)) {
    throw new InputError(
      Input.LayerName,
      `"${given}" is neither a layer name (letters, digits, - and _, up to 140) nor a layer ARN without version`,
    );
  }
  if (arn) inRegion(Input.LayerName, given, arn['region']!, region);
  if (mode === 'deploy' && layerPath === '') {
    throw new InputError(Input.LayerPath, 'is required when layer-name is set (a directory or .zip with the layer content)');
  }
  const name = arn?.['name'] ?? given;
  return {
    kind: 'built',
    key: name,
    id: given,
    name,
    account: arn?.['account'],
    path: layerPath === '' ? '' : workspacePath(Input.LayerPath, layerPath),
    variant: undefined,
    ...layerTraits(),
    parameter: undefined,
  };
}

/** What a NAME=PATH line names before its "=". */
const BUILT_NAME = /^(?<name>[a-zA-Z0-9_-]{1,140})(?:@(?<arch>.*))?$/;

/** One line of `layers`: NAME=PATH, NAME@ARCH=PATH, a layer version ARN, or ssm:/parameter. */
function readLayerLine(mode: Mode, region: string, line: string): LayerSpec {
  const arn = LAYER_VERSION_ARN.exec(line)?.groups;
  if (arn) {
    inRegion(Input.Layers, line, arn['region']!, region);
    return { kind: 'promoted', source: line, arn: line, parameter: undefined };
  }
  if (line.startsWith('ssm:')) {
    const parameter = line.slice(4);
    if (!SSM_NAME.test(parameter))
      throw new InputError(Input.Layers, `"${line}" does not name an SSM parameter (e.g. ssm:/layers/deps/arn)`);
    return { kind: 'promoted', source: line, arn: undefined, parameter };
  }
  const [left, builtPath] = assignment(line);
  const built = builtPath === undefined ? undefined : BUILT_NAME.exec(left)?.groups;
  if (!built) {
    throw new InputError(
      Input.Layers,
      `"${line}" is not a layer line: use NAME=PATH, NAME@ARCH=PATH, a layer version ARN (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION) or ssm:/parameter/name`,
    );
  }
  const name = built['name']!;
  const variant = built['arch'];
  if (variant !== undefined && !ARCHITECTURES.includes(variant)) {
    throw new InputError(Input.Layers, `"${line}": "${variant}" is not a Lambda architecture (x86_64 or arm64)`);
  }
  const traits = layerTraits();
  return {
    kind: 'built',
    key: variant === undefined ? name : `${name}@${variant}`,
    id: name,
    name,
    account: undefined,
    path: mode === 'deploy' ? workspacePath(Input.Layers, builtPath!) : '',
    variant,
    ...traits,
    architectures: variant === undefined ? traits.architectures : [variant],
    parameter: undefined,
  };
}

/** arn:…:layer:NAME:7 -> the layer's ARN (what LayerName takes, in any account) and 7. */
export function versionArnParts(arn: string): { layerArn: string; version: number } {
  const cut = arn.lastIndexOf(':');
  return { layerArn: arn.slice(0, cut), version: Number(arn.slice(cut + 1)) };
}

/** A layer's name in its version ARN: arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION. */
export function layerNameOf(arn: string): string {
  return arn.split(':')[6] ?? arn;
}

function readLayers(mode: Mode, region: string, ssmTemplate: string): LayerSpec[] {
  const given = text(Input.LayerName);
  const layerPath = text(Input.LayerPath);
  const lines = entries(Input.Layers);
  if (lines.length > 0 && (given !== '' || layerPath !== '')) {
    throw new InputError(Input.Layers, 'set either layers or layer-name and layer-path (the one-layer shorthand), not both');
  }
  if (given === '' && layerPath !== '') throw new InputError(Input.LayerName, 'is required when layer-path is set');
  const specs =
    given !== '' ? [readShorthand(mode, region, given, layerPath)] : lines.map((line) => readLayerLine(mode, region, line));

  // One NAME may be listed once, or as variants of distinct architectures. A promoted line's architecture (and an ssm:
  // line's name) is known only in the plan, which checks those lines.
  const variantsOf = new Map<string, (string | undefined)[]>();
  for (const spec of specs) {
    if (spec.kind !== 'built') continue;
    const { name, variant } = spec;
    const listed = variantsOf.get(name) ?? [];
    if (listed.length > 0 && (variant === undefined || listed.includes(variant) || listed.includes(undefined))) {
      throw new InputError(
        Input.Layers,
        `"${name}" is listed twice (lines of one layer must be variants of distinct architectures: NAME@x86_64, NAME@arm64)`,
      );
    }
    variantsOf.set(name, [...listed, variant]);
  }

  if (ssmTemplate !== '') {
    const written = new Map<string, string>();
    for (const spec of specs) {
      if (spec.kind !== 'built') continue;
      spec.parameter = parameterFor(ssmTemplate, spec);
      const other = written.get(spec.parameter);
      if (other) {
        throw new InputError(
          Input.SsmParameter,
          `${other} and ${spec.key} would both write ${spec.parameter}: put {layer} (and {arch} for variants) in it, e.g. /layers/{layer}/{arch}/arn`,
        );
      }
      written.set(spec.parameter, spec.key);
    }
  }
  return specs;
}

function readFunctions(mode: Mode, region: string): FunctionSettings[] {
  const sharedCode = text(Input.CodePath);
  const defaultCode =
    mode === 'deploy' && sharedCode !== ''
      ? { path: workspacePath(Input.CodePath, sharedCode), input: Input.CodePath }
      : undefined;
  const seen = new Set<string>();
  return entries(Input.Functions).map((line) => {
    const bracket = /^(?<entry>.*?)\s*\[(?<names>[^\]]*)\]$/.exec(line)?.groups;
    const entry = bracket?.['entry'] ?? line;
    const layers = bracket && items(bracket['names']!);
    const [id, ownCode] = assignment(entry);
    if (ownCode?.includes('=')) {
      throw new InputError(Input.Functions, `"${entry}" has more than one "=" (use NAME=CODE_PATH, one per line)`);
    }
    const arn = FUNCTION_ARN.exec(id)?.groups;
    const name = arn?.['name'] ?? (FUNCTION_NAME.test(id) ? id : undefined);
    if (name === undefined) {
      throw new InputError(
        Input.Functions,
        `"${id}" is neither a function name nor a function ARN (without version or alias: the alias input names the alias)`,
      );
    }
    if (arn) inRegion(Input.Functions, id, arn['region']!, region);
    if (seen.has(name)) throw new InputError(Input.Functions, `"${name}" is listed twice`);
    seen.add(name);
    if (ownCode === '') throw new InputError(Input.Functions, `"${entry}" has an empty code path after "="`);
    const code =
      ownCode !== undefined && mode === 'deploy'
        ? { path: workspacePath(Input.Functions, ownCode), input: Input.Functions }
        : defaultCode;
    return { id, name, account: arn?.['account'], code, layers };
  });
}

function readRegion(): string {
  const region = text(Input.AwsRegion) || process.env['AWS_REGION'] || process.env['AWS_DEFAULT_REGION'] || '';
  if (!/^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(region)) {
    throw new InputError(
      Input.AwsRegion,
      region === ''
        ? 'no region: set aws-region, or AWS_REGION (aws-actions/configure-aws-credentials sets it)'
        : `"${region}" is not an AWS region (e.g. eu-west-1)`,
    );
  }
  return region;
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
  const region = readRegion();
  const ssmParameter = text(Input.SsmParameter);
  if (ssmParameter !== '' && !SSM_NAME.test(ssmParameter.replace(/\{layer\}|\{arch\}/g, 'x'))) {
    throw new InputError(Input.SsmParameter, `"${ssmParameter}" is not an SSM parameter name (e.g. /layers/{layer}/arn)`);
  }
  const layers = readLayers(mode, region, ssmParameter);
  const built = layers.filter((spec) => spec.kind === 'built');
  const functions = readFunctions(mode, region);
  const bucket = text(Input.S3Bucket);
  const toVersion = text(Input.ToVersion);
  const smokeTestPayload = text(Input.SmokeTestPayload);
  const alias = text(Input.Alias) || 'live';

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
  if (mode === 'deploy' && layers.length === 0) {
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
  };
}
