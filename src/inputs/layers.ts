import { Architecture, Runtime } from '@aws-sdk/client-lambda';
import { InputError } from '../common/errors.js';
import { LAYER_ARN, LAYER_NAME, LAYER_VERSION_ARN, SSM_NAME } from '../aws/arns.js';
import { Input, type Mode } from './names.js';
import { assignment, entries, inRegion, list, oneOf, text, workspacePath } from './read.js';

const RUNTIMES: readonly string[] = Object.values(Runtime);
const ARCHITECTURES: readonly string[] = Object.values(Architecture);

/** A layer this run builds from a directory or .zip: `layers: NAME=PATH` or `NAME@ARCH=PATH`, or layer-name/-path. */
export interface BuiltLayerInput {
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
  /**
   * The SSM parameter that receives this layer's version ARN (ssm-parameter with {layer} and {arch} filled in; a
   * `{region}` in it is each region's, filled in by the plan).
   */
  parameter: string | undefined;
}

/** A layer version that exists already, attached as it is: a layer version ARN, or `ssm:/name` holding one. */
export type PromotedLayerInput = {
  kind: 'promoted';
  /** The line as written, for messages. */
  source: string;
} & (
  | { arn: string }
  /** The SSM parameter to read the version ARN from, in the plan. */
  | { parameter: string }
);

export type LayerInput = BuiltLayerInput | PromotedLayerInput;

/** Settings every built layer shares: compatible-runtimes, -architectures, license-info, layer-description. */
function sharedLayerInputs() {
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

function readShorthand(mode: Mode, regions: string[], given: string, layerPath: string): BuiltLayerInput {
  const arn = LAYER_ARN.exec(given)?.groups;
  if (!arn && !LAYER_NAME.test(given)) {
    throw new InputError(
      Input.LayerName,
      `"${given}" is neither a layer name (letters, digits, - and _, up to 140) nor a layer ARN without version`,
    );
  }
  if (arn) inRegion(Input.LayerName, given, arn['region'] ?? '', regions);
  if (mode === 'deploy' && layerPath === '') {
    throw new InputError(Input.LayerPath, 'is required when layer-name is set (a directory or .zip with the layer content)');
  }
  const name = arn?.['name'] ?? given;
  return {
    kind: 'built',
    key: name,
    // In several regions, by name: the plan checks that the ARN's account is the caller's, whose layer the name is.
    id: arn && regions.length > 1 ? name : given,
    name,
    account: arn?.['account'],
    path: layerPath === '' ? '' : workspacePath(Input.LayerPath, layerPath),
    variant: undefined,
    ...sharedLayerInputs(),
    parameter: undefined,
  };
}

/** What a NAME=PATH line names before its "=". */
const BUILT_NAME = /^(?<name>[a-zA-Z0-9_-]{1,140})(?:@(?<arch>.*))?$/;

/** One line of `layers`: NAME=PATH, NAME@ARCH=PATH, a layer version ARN, or ssm:/parameter. */
function readLayerLine(mode: Mode, regions: string[], line: string): LayerInput {
  const arn = LAYER_VERSION_ARN.exec(line)?.groups;
  if (arn) {
    if (regions.length > 1) {
      throw new InputError(
        Input.Layers,
        `"${line}" is a version of one region, and aws-region lists ${regions.length}: name an SSM parameter instead (ssm:/name), read in each region, that holds each region's version ARN`,
      );
    }
    inRegion(Input.Layers, line, arn['region'] ?? '', regions);
    return { kind: 'promoted', source: line, arn: line };
  }
  if (line.startsWith('ssm:')) {
    const parameter = line.slice(4);
    if (!SSM_NAME.test(parameter))
      throw new InputError(Input.Layers, `"${line}" does not name an SSM parameter (e.g. ssm:/layers/deps/arn)`);
    return { kind: 'promoted', source: line, parameter };
  }
  const [left, builtPath] = assignment(line);
  const name = builtPath === undefined ? undefined : BUILT_NAME.exec(left)?.groups?.['name'];
  if (builtPath === undefined || name === undefined) {
    throw new InputError(
      Input.Layers,
      `"${line}" is not a layer line: use NAME=PATH, NAME@ARCH=PATH, a layer version ARN (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION) or ssm:/parameter/name`,
    );
  }
  const variant = BUILT_NAME.exec(left)?.groups?.['arch'];
  if (variant !== undefined && !ARCHITECTURES.includes(variant)) {
    throw new InputError(Input.Layers, `"${line}": "${variant}" is not a Lambda architecture (x86_64 or arm64)`);
  }
  const traits = sharedLayerInputs();
  return {
    kind: 'built',
    key: variant === undefined ? name : `${name}@${variant}`,
    id: name,
    name,
    account: undefined,
    path: mode === 'deploy' ? workspacePath(Input.Layers, builtPath) : '',
    variant,
    ...traits,
    architectures: variant === undefined ? traits.architectures : [variant],
    parameter: undefined,
  };
}

export function readLayers(mode: Mode, regions: string[], ssmTemplate: string): LayerInput[] {
  const given = text(Input.LayerName);
  const layerPath = text(Input.LayerPath);
  const lines = entries(Input.Layers);
  if (lines.length > 0 && (given !== '' || layerPath !== '')) {
    throw new InputError(Input.Layers, 'set either layers or layer-name and layer-path (the one-layer shorthand), not both');
  }
  if (given === '' && layerPath !== '') throw new InputError(Input.LayerName, 'is required when layer-path is set');
  const specs =
    given !== '' ? [readShorthand(mode, regions, given, layerPath)] : lines.map((line) => readLayerLine(mode, regions, line));

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
