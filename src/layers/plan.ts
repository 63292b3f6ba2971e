import { GetLayerVersionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { SSMClient } from '@aws-sdk/client-ssm';
import * as core from '@actions/core';
import { Minimatch } from 'minimatch';
import { LAYER_VERSION_ARN, layerNameOf, versionArnParts } from '../aws/arns.js';
import { awsCall, isNamed } from '../aws/call.js';
import type { Lazy } from '../aws/clients.js';
import { DIRECT_UPLOAD_LIMIT, UNZIPPED_LIMIT } from '../aws/limits.js';
import { readParameter } from '../aws/ssm.js';
import { InputError } from '../common/errors.js';
import { naming } from '../aws/regions.js';
import { megabytes } from '../common/units.js';
import type { FunctionSettings } from '../inputs/functions.js';
import type { BuiltLayerInput, PromotedLayerInput } from '../inputs/layers.js';
import { Input } from '../inputs/names.js';
import type { Settings } from '../inputs/settings.js';
import { hashContent } from '../pack/hash.js';
import { readSource } from '../pack/source.js';
import { totalSize, type SourceFile } from '../pack/source-file.js';
import { scratch } from '../pack/scratch.js';
import { packZip, type PackedZip } from '../pack/zip.js';
import { factsOf, HEAD_BYTES, type FileFacts } from '../verify/facts.js';
import { findLayerVersion, type LayerVersion } from './versions.js';

/** Named by the hash: each layer of a run has a zip of its own until it is published. */
export function zipPath(hash: string): string {
  return scratch(`layer-${hash}.zip`);
}

// Folders Lambda adds to the runtime's search paths; a layer without any of them is almost always a packaging mistake.
const LOADED_LAYER_FOLDERS = ['python', 'nodejs', 'java', 'ruby', 'bin', 'lib', 'extensions'];

export interface LayerBuild {
  settings: BuiltLayerInput;
  hash: string;
  fileCount: number;
  unzippedSize: number;
  /** The files, packed when some region has no version holding this content. */
  files: SourceFile[];
  /**
   * The zip to publish, packed in the plan only without s3-bucket (its size decides whether it fits) or in a dry run
   * (for the summary); through S3 it is packed as it is uploaded, once for every region, and set once published.
   */
  zip: PackedZip | undefined;
  /** What the content checks found in the files' headers (empty with verify: off). */
  facts: FileFacts[];
}

/** A listed region as the layer plan reads it. */
export interface LayerRegion {
  region: string;
  lambda: LambdaClient;
  ssm: Lazy<SSMClient>;
}

/**
 * Hashes the content once and finds, in each region, a version holding it; packs a zip when some region has none and
 * it is needed now (see LayerBuild's zip). Writes nothing to AWS.
 */
async function planLayer(
  regions: LayerRegion[],
  layer: BuiltLayerInput,
  input: string,
  { exclude, s3Location, dryRun }: Pick<Settings, 'exclude' | 's3Location' | 'dryRun'>,
  inspected: ((path: string) => boolean) | undefined,
): Promise<{ build: LayerBuild; existing: (LayerVersion | undefined)[] }> {
  const files = await readSource(input, layer.path, exclude);
  const unzippedSize = totalSize(files);
  if (unzippedSize > UNZIPPED_LIMIT) {
    throw new InputError(input, `the layer is ${megabytes(unzippedSize)} unzipped, above Lambda's 250 MB limit`);
  }
  if (!files.some((file) => LOADED_LAYER_FOLDERS.some((folder) => file.path.startsWith(`${folder}/`)))) {
    core.warning(
      `${input}: the layer has none of the folders Lambda loads (${LOADED_LAYER_FOLDERS.join('/, ')}/): its imports will not resolve. Put Python packages under python/, Node modules under nodejs/node_modules/.`,
    );
  }
  const facts: FileFacts[] = [];
  // A link is checked under its own name, the name Lambda loads, with the bytes of the file it leads to, read as that
  // file is hashed; the findings that file's own repeat are left out (checkLayers).
  const linksTo = new Map<string, SourceFile[]>();
  for (const file of files) {
    if (file.link?.file) linksTo.set(file.link.file, [...(linksTo.get(file.link.file) ?? []), file]);
  }
  const hashing = hashContent(files, layer, (file, head) => {
    if (file.link) return;
    const read = (offset: number, length: number) => file.readAt(offset, length);
    for (const named of [file, ...(linksTo.get(file.path) ?? [])]) {
      if (!inspected?.(named.path)) continue;
      const found = factsOf(named.path, head.subarray(0, HEAD_BYTES), read);
      if (found) facts.push(named === file ? found : { ...found, link: file.path });
    }
  });
  const existing = await Promise.all(
    regions.map(({ region, lambda }) =>
      naming(regions.length > 1 ? region : undefined, () => findLayerVersion(lambda, layer.id, hashing)),
    ),
  );
  const hash = await hashing;
  const build = { settings: layer, hash, fileCount: files.length, unzippedSize, files, zip: undefined, facts };
  if (existing.every(Boolean) || (s3Location && !dryRun)) return { build, existing };

  const zip = await packZip(files, zipPath(hash));
  if (zip.size > DIRECT_UPLOAD_LIMIT && !s3Location) {
    throw new InputError(
      Input.S3Bucket,
      `the zipped layer is ${megabytes(zip.size)}, above Lambda's 50 MB direct upload limit: set s3-bucket to publish through S3`,
    );
  }
  return { build: { ...build, zip }, existing };
}

/** One listed layer as the deploy attaches it: built (reused or to publish) or promoted, resolved in the plan. */
export interface PlannedLayer {
  /** NAME, or NAME@ARCH for a variant: the key of the layer-versions output. */
  key: string;
  /** The Lambda layer name: a function carries at most one version of it. */
  name: string;
  variant: string | undefined;
  /** For a layer this run builds: its hash, and what publishing it needs when no version holds the content. */
  build: LayerBuild | undefined;
  /** The version attached: reused, promoted, or once published; undefined until then. */
  version: LayerVersion | undefined;
  /** For a built layer, the SSM parameter that receives its version ARN. */
  parameter: string | undefined;
  /** ARN lines and ssm: lines, as written. */
  source: string | undefined;
}

/** The layer version ARN an `ssm:` line's parameter holds; its value is never shown, as it may be a secret. */
async function arnIn(ssm: Lazy<SSMClient>, source: string, parameter: string, region: string): Promise<string> {
  const stored = await readParameter(ssm, parameter);
  if (stored === undefined) throw new InputError(Input.Layers, `${source}: no such SSM parameter in ${region}`);
  // A line may point at a secret by mistake: messages name the parameter and never show its value.
  if (stored.type === 'SecureString') {
    throw new InputError(
      Input.Layers,
      `${source} is a SecureString, which this step does not decrypt: store the layer version ARN as a String parameter`,
    );
  }
  // Written by hand or by a script, the value often ends with a newline.
  const value = stored.value.trim();
  const found = LAYER_VERSION_ARN.exec(value)?.groups;
  if (!found) {
    throw new InputError(
      Input.Layers,
      `${source} does not hold a layer version ARN (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION; the value is not shown, as it may be a secret): write the ARN there, or name the parameter that holds it`,
    );
  }
  if (found['region'] !== region) {
    throw new InputError(Input.Layers, `${source} holds a layer of ${found['region']}, not of ${region}`);
  }
  return value;
}

/** A promoted layer: the version must exist (and an ssm: parameter hold one) before anything is written. */
async function resolvePromoted(
  lambda: LambdaClient,
  ssm: Lazy<SSMClient>,
  spec: PromotedLayerInput,
  region: string,
): Promise<PlannedLayer> {
  const arn = 'arn' in spec ? spec.arn : await arnIn(ssm, spec.source, spec.parameter, region);
  const { layerArn, version } = versionArnParts(arn);
  const name = layerNameOf(arn);
  const detail = await awsCall('GetLayerVersion', arn, () =>
    lambda.send(new GetLayerVersionCommand({ LayerName: layerArn, VersionNumber: version })),
  ).catch((error: unknown) => {
    if (isNamed(error, 'ResourceNotFoundException'))
      throw new InputError(Input.Layers, `${spec.source}: no layer version ${arn}`);
    throw error;
  });
  // A version built for one architecture is that architecture's variant: only functions of it receive it.
  const architectures = detail.CompatibleArchitectures ?? [];
  return {
    key: name,
    name,
    variant: architectures.length === 1 ? architectures[0] : undefined,
    build: undefined,
    version: { arn, version },
    parameter: undefined,
    source: spec.source,
  };
}

/**
 * One region's layers checked together: promoted variants of one layer told apart in the outputs as built ones are; a
 * layer named twice once ssm: lines are read, or a function's bracketed name that no line lists, is a bad input.
 */
function checkListed(resolved: PlannedLayer[], functions: FunctionSettings[]): PlannedLayer[] {
  const planned = resolved.map((layer) =>
    !layer.build && layer.variant && resolved.some((other) => other !== layer && other.name === layer.name)
      ? { ...layer, key: `${layer.name}@${layer.variant}` }
      : layer,
  );
  for (const layer of planned) {
    const same = planned.filter((other) => other.name === layer.name);
    const variants = same.map((other) => other.variant);
    if (same.length > 1 && (variants.includes(undefined) || new Set(variants).size < same.length)) {
      throw new InputError(
        Input.Layers,
        `"${layer.name}" is listed twice (${same.map((other) => other.source ?? other.key).join(', ')})`,
      );
    }
  }
  const names = new Set(planned.map((layer) => layer.name));
  for (const fn of functions) {
    const unknown = fn.layers?.filter((name) => !names.has(name)) ?? [];
    if (unknown.length > 0) {
      throw new InputError(Input.Functions, `"${fn.name}" names ${unknown.join(', ')} in brackets, which layers does not list`);
    }
  }
  return planned;
}

/**
 * Every listed layer, hashed once (and packed when some region has no version holding its content, unless it is to be
 * packed as it is uploaded to S3) or resolved in each region; writes nothing. Returns each region's layers, in the
 * order of `regions`: the builds are shared, the versions and SSM parameters are each region's.
 */
export async function planLayers(
  regions: LayerRegion[],
  settings: Pick<
    Settings,
    'layers' | 'layersInput' | 'exclude' | 's3Location' | 'dryRun' | 'functions' | 'verify' | 'verifyIgnore'
  >,
): Promise<PlannedLayer[][]> {
  const skipped = settings.verifyIgnore.map((pattern) => new Minimatch(pattern, { dot: true }));
  const inspected = settings.verify === 'off' ? undefined : (path: string) => !skipped.some((pattern) => pattern.match(path));
  // The folder or zip's content is named by the input that gave it.
  const contentInput = settings.layersInput === Input.LayerName ? Input.LayerPath : Input.Layers;
  const tag = (region: string) => (regions.length > 1 ? region : undefined);
  // One entry per listed layer: its PlannedLayer in each region.
  const listed: PlannedLayer[][] = [];
  for (const spec of settings.layers) {
    if (spec.kind === 'promoted') {
      listed.push(
        await Promise.all(
          regions.map(({ region, lambda, ssm }) => naming(tag(region), () => resolvePromoted(lambda, ssm, spec, region))),
        ),
      );
      continue;
    }
    const { build, existing } = await planLayer(regions, spec, contentInput, settings, inspected);
    listed.push(
      regions.map(({ region }, index) => ({
        key: spec.key,
        name: spec.name,
        variant: spec.variant,
        build,
        version: existing[index],
        parameter: spec.parameter?.replaceAll('{region}', region),
        source: undefined,
      })),
    );
  }
  return Promise.all(
    regions.map(({ region }, index) =>
      naming(tag(region), () =>
        checkListed(
          listed.flatMap((layer) => layer[index] ?? []),
          settings.functions,
        ),
      ),
    ),
  );
}

/**
 * The layers one function receives: every listed layer, or those in its brackets, each the variant of its
 * architecture. A function of an architecture a layer has no variant for is a bad input, naming both.
 */
export function layersFor(fn: FunctionSettings, architecture: string, planned: PlannedLayer[]): PlannedLayer[] {
  const names = [...new Set(planned.map((layer) => layer.name))].filter((name) => fn.layers?.includes(name) ?? true);
  return names.map((name) => {
    const candidates = planned.filter((layer) => layer.name === name);
    const pick = candidates.find((layer) => layer.variant === undefined || layer.variant === architecture);
    if (!pick) {
      const listed = candidates.map((layer) => layer.source ?? layer.key).join(', ');
      // A promoted version is a variant when it declares one architecture: the fix is to promote the other one too.
      const add = candidates.every((layer) => layer.build)
        ? `add ${name}@${architecture}=PATH`
        : `add a version of ${name} built for ${architecture}`;
      throw new InputError(
        Input.Layers,
        `"${fn.name}" runs on ${architecture}, and layer ${name} has no ${architecture} variant (${listed}): ${add}, or leave ${name} out of ${fn.name}'s brackets`,
      );
    }
    return pick;
  });
}
