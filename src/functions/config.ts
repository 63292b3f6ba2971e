import type { Architecture, FunctionConfiguration } from '@aws-sdk/client-lambda';
import { ENVIRONMENT_LIMIT } from '../aws/limits.js';
import { InputError } from '../common/errors.js';
import type { FunctionConfig, Variables, WantedConfiguration } from '../inputs/config.js';
import { Input } from '../inputs/names.js';

// A function's configuration: what it has, what this run changes, and how the change reads. No environment value is
// ever part of a message: variables are named by key.

/** The fields UpdateFunctionConfiguration sets besides the layers; the architecture goes with the code. */
export type ConfigurationFields = Omit<WantedConfiguration, 'Architectures'>;

/** What the deploy writes of a function's configuration, and what it had before. */
export interface ConfigurationWrites {
  /** The wanted fields $LATEST does not hold yet: one UpdateFunctionConfiguration, with the layers. */
  update: ConfigurationFields;
  /** $LATEST's values of those fields, to put back if the code update that follows fails. */
  previous: ConfigurationFields;
  /** The new architecture, written by UpdateFunctionCode with the code; undefined: it stays. */
  architecture: Architecture | undefined;
}

export interface ConfigurationPlan extends ConfigurationWrites {
  /** What the new version runs differently from the alias's version (from $LATEST without an alias), by key. */
  changes: string[];
  /** A published version with $LATEST's environment before this run: where the post step reads it to put it back. */
  environmentFrom: string | null;
}

const DEFAULT_EPHEMERAL_STORAGE = 512;

export function architectureOf(config: FunctionConfiguration): string {
  return config.Architectures?.[0] ?? 'x86_64';
}

function variablesOf(config: FunctionConfiguration): Variables {
  return config.Environment?.Variables ?? {};
}

export function sameVariables(a: Variables, b: Variables): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/** A configuration as this action compares it: every field it manages, with Lambda's defaults filled in. */
function snapshot(config: FunctionConfiguration) {
  return {
    Runtime: config.Runtime as string | undefined,
    Handler: config.Handler,
    MemorySize: config.MemorySize,
    Timeout: config.Timeout,
    Architectures: architectureOf(config),
    Environment: variablesOf(config),
    Description: config.Description ?? '',
    EphemeralStorage: config.EphemeralStorage?.Size ?? DEFAULT_EPHEMERAL_STORAGE,
  };
}
type Snapshot = ReturnType<typeof snapshot>;

/** A field's value as a snapshot holds it. */
function flat(field: keyof Snapshot, fields: WantedConfiguration): unknown {
  if (field === 'Environment') return fields.Environment?.Variables;
  if (field === 'EphemeralStorage') return fields.EphemeralStorage?.Size;
  if (field === 'Architectures') return fields.Architectures?.[0];
  return fields[field];
}

function same(field: keyof Snapshot, a: unknown, b: unknown): boolean {
  return field === 'Environment' ? sameVariables(a as Variables, b as Variables) : a === b;
}

/** Whether the function holds each of these fields (a write seen to have landed, or a state seen to be ours). */
export function holds(config: FunctionConfiguration, fields: WantedConfiguration): boolean {
  const now = snapshot(config);
  return (Object.keys(fields) as (keyof Snapshot)[]).every((field) => same(field, now[field], flat(field, fields)));
}

/** Lambda measures the variables as it stores them, a JSON object: names, values, quotes and separators all count. */
function environmentSize(variables: Variables): number {
  return Buffer.byteLength(JSON.stringify({ ...variables }));
}

/**
 * The writes that give $LATEST the wanted configuration, checked against what Lambda refuses once it knows the
 * function: an environment above 4 KB once merged, an architecture change without the code built for it.
 */
export function planConfiguration(
  name: string,
  latest: FunctionConfiguration,
  { wanted, origin, environmentMode }: FunctionConfig,
  hasCode: boolean,
): ConfigurationWrites {
  const now = snapshot(latest);
  const update: ConfigurationFields = {};
  const previous: ConfigurationFields = {};
  for (const field of ['Runtime', 'Handler', 'MemorySize', 'Timeout', 'Description', 'EphemeralStorage'] as const) {
    if (wanted[field] !== undefined && !same(field, now[field], flat(field, wanted))) {
      Object.assign(update, { [field]: wanted[field] });
      Object.assign(previous, { [field]: field === 'EphemeralStorage' ? { Size: now[field] } : now[field] });
    }
  }
  if (wanted.Environment) {
    const given = wanted.Environment.Variables;
    const variables = environmentMode === 'merge' ? { ...now.Environment, ...given } : { ...given };
    const size = environmentSize(variables);
    if (size > ENVIRONMENT_LIMIT) {
      throw new InputError(
        origin.Environment ?? Input.Environment,
        `"${name}" would have ${size} bytes of environment variables (${Object.keys(variables).length} variables, measured as Lambda does: the JSON of names and values), above Lambda's limit of ${ENVIRONMENT_LIMIT}: keep large values in SSM Parameter Store or Secrets Manager`,
      );
    }
    if (!sameVariables(variables, now.Environment)) {
      update.Environment = { Variables: variables };
      previous.Environment = { Variables: now.Environment };
    }
  }
  const architecture = wanted.Architectures?.[0];
  const moves = architecture !== undefined && architecture !== now.Architectures;
  if (moves && !hasCode) {
    throw new InputError(
      origin.Architectures ?? Input.Architecture,
      `"${name}" moves from ${now.Architectures} to ${architecture}, and its code must move with it, built for ${architecture}: set code-path or ${name}=PATH`,
    );
  }
  return { update, previous, architecture: moves ? architecture : undefined };
}

/** The environment's change by key: +added ~changed -removed. */
function environmentChange(before: Variables, after: Variables): string {
  const keys = (variables: Variables) => Object.keys(variables).sort();
  return [
    ...keys(after)
      .filter((key) => !Object.hasOwn(before, key))
      .map((key) => `+${key}`),
    ...keys(after)
      .filter((key) => Object.hasOwn(before, key) && before[key] !== after[key])
      .map((key) => `~${key}`),
    ...keys(before)
      .filter((key) => !Object.hasOwn(after, key))
      .map((key) => `-${key}`),
  ].join(' ');
}

const LABELS: [Exclude<keyof Snapshot, 'Environment' | 'Description'>, string][] = [
  ['MemorySize', 'memory'],
  ['Timeout', 'timeout'],
  ['Runtime', 'runtime'],
  ['Architectures', 'architecture'],
  ['Handler', 'handler'],
  ['EphemeralStorage', 'ephemeral storage'],
];

/**
 * What the new version runs differently from `from` (the alias's version), by key: `environment: +NEW ~CHANGED
 * -GONE; memory 512 -> 1024; runtime python3.12 -> python3.13`. The new version is $LATEST with this run's writes.
 * A version's description is the deploy's own, so the function's description is compared with $LATEST's.
 */
export function configurationChanges(
  from: FunctionConfiguration,
  latest: FunctionConfiguration,
  { update, architecture }: ConfigurationWrites,
): string[] {
  const before = snapshot(from);
  const after: Snapshot = {
    ...snapshot(latest),
    ...Object.fromEntries(Object.keys(update).map((field) => [field, flat(field as keyof Snapshot, update)])),
    ...(architecture ? { Architectures: architecture } : {}),
  };
  const environment = environmentChange(before.Environment, after.Environment);
  return [
    ...(environment ? [`environment: ${environment}`] : []),
    ...LABELS.flatMap(([field, label]) =>
      before[field] === after[field] ? [] : [`${label} ${before[field] ?? 'none'} -> ${after[field] ?? 'none'}`],
    ),
    ...(update.Description === undefined ? [] : ['description changed']),
  ];
}
