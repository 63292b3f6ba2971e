import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Architecture, Runtime } from '@aws-sdk/client-lambda';
import {
  DESCRIPTION_LIMIT,
  ENVIRONMENT_KEY,
  EPHEMERAL_STORAGE_MB,
  HANDLER_LIMIT,
  MEMORY_MB,
  RESERVED_ENVIRONMENT_KEYS,
  TIMEOUT_SECONDS,
} from '../aws/limits.js';
import { InputError } from '../common/errors.js';
import type { FunctionSettings } from './functions.js';
import { Input, type Mode } from './names.js';
import { assignment, oneWord, text } from './read.js';

// A function's configuration as the inputs and the function-config file want it: runtime, architecture,
// environment, memory, timeout, handler, description, ephemeral storage. Every field is checked here, where it is
// read; what needs the function's current configuration (the environment's size, an architecture change without
// code) is checked in the function's plan.

const RUNTIMES: readonly string[] = Object.values(Runtime);
const ARCHITECTURES: readonly string[] = Object.values(Architecture);

export type Variables = Record<string, string>;

/** What a function's new version should hold, in Lambda's own field names; a field left out is left as it is. */
export interface WantedConfiguration {
  Runtime?: Runtime;
  Handler?: string;
  MemorySize?: number;
  Timeout?: number;
  Architectures?: [Architecture];
  Environment?: { Variables: Variables };
  Description?: string;
  EphemeralStorage?: { Size: number };
}

type Field = keyof WantedConfiguration;
type Origins = Partial<Record<Field, string>>;

const FIELDS: readonly Field[] = [
  'Runtime',
  'Handler',
  'MemorySize',
  'Timeout',
  'Architectures',
  'Environment',
  'Description',
  'EphemeralStorage',
];

type EnvironmentMode = 'merge' | 'replace';

/** One function's wanted configuration, and which input (or file and field) set each field, for messages. */
export interface FunctionConfig {
  wanted: WantedConfiguration;
  origin: Origins;
  /** merge: the variables not named keep their values; replace: exactly the variables named. */
  environmentMode: EnvironmentMode;
}

/** The inputs as getSettings reads them; the file is read in the plan, where YAML's parser is loaded if needed. */
export interface ConfigurationInputs {
  wanted: WantedConfiguration;
  origin: Origins;
  environmentMode: EnvironmentMode;
  /** function-config: as written, and its absolute path. */
  file: { given: string; path: string } | undefined;
}

/**
 * The variables of the environment input, as Settings holds them: the settings are written to the debug log as JSON,
 * and JSON shows their keys only. Copies (spread, Object.assign) are plain maps again, as the SDK needs them.
 */
function unprintable(variables: Variables): Variables {
  Object.defineProperty(variables, 'toJSON', {
    value: () => Object.fromEntries(Object.keys(variables).map((key) => [key, '***'])),
    enumerable: false,
  });
  return variables;
}

/** Makes the error for a field: the inputs name the input, the file names itself, the function and the field. */
type Bad = (field: string, message: string) => InputError;

/** A value for a message: strings quoted. Never used for an environment variable's value. */
const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

function checkRuntime(value: unknown, bad: Bad): Runtime {
  if (typeof value === 'string' && RUNTIMES.includes(value)) return value as Runtime;
  throw bad('Runtime', `${show(value)} is not a Lambda runtime (e.g. python3.13, nodejs22.x, java21)`);
}

function checkArchitecture(value: unknown, bad: Bad): Architecture {
  if (typeof value === 'string' && ARCHITECTURES.includes(value)) return value as Architecture;
  throw bad('Architectures', `${show(value)} is not a Lambda architecture (x86_64 or arm64)`);
}

function checkInteger(value: unknown, field: Field, range: { min: number; max: number }, means: string, bad: Bad): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max) return value;
  throw bad(field, `${show(value)} is not a whole number from ${range.min} to ${range.max} (${means})`);
}

function checkHandler(value: unknown, bad: Bad): string {
  if (typeof value === 'string' && /^\S+$/.test(value) && value.length <= HANDLER_LIMIT) return value;
  throw bad('Handler', `${show(value)} is not a handler (e.g. app.handler: no spaces, at most ${HANDLER_LIMIT} characters)`);
}

function checkDescription(value: unknown, bad: Bad): string {
  if (typeof value === 'string' && value.length <= DESCRIPTION_LIMIT) return value;
  throw bad('Description', `is not a text of at most ${DESCRIPTION_LIMIT} characters`);
}

function checkKey(key: string, bad: Bad): void {
  if (RESERVED_ENVIRONMENT_KEYS.has(key)) {
    throw bad('Environment', `${key} is reserved: Lambda sets it in every execution environment, and refuses it`);
  }
  if (!ENVIRONMENT_KEY.test(key)) {
    throw bad('Environment', `"${key}" is not a variable name Lambda accepts (a letter, then letters, digits and _)`);
  }
}

/** environment: KEY=VALUE lines; the value may hold "=" and may be empty. No line is ever quoted back. */
function readEnvironment(): Variables | undefined {
  const bad: Bad = (_, message) => new InputError(Input.Environment, message);
  const variables: Variables = {};
  const raw = text(Input.Environment).split('\n');
  raw.forEach((line, index) => {
    if (line.trim() === '') return;
    const [key, value] = assignment(line);
    if (value === undefined) throw bad('Environment', `line ${index + 1} has no "=" (use KEY=VALUE, one per line)`);
    checkKey(key, bad);
    if (Object.hasOwn(variables, key)) throw bad('Environment', `${key} is given twice`);
    variables[key] = value;
  });
  return Object.keys(variables).length === 0 ? undefined : unprintable(variables);
}

/** A number input: digits only, then the same range as the file's field. */
function numberInput(name: string): unknown {
  const value = text(name);
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Reads runtime, architecture, environment, environment-mode, memory-size, timeout, handler and function-config: in a
 * deploy only, as no other mode changes a function's configuration.
 */
export function readConfigurationInputs(mode: Mode): ConfigurationInputs {
  if (mode !== 'deploy') return { wanted: {}, origin: {}, environmentMode: 'merge', file: undefined };
  const wanted: WantedConfiguration = {};
  const origin: Origins = {};
  const from =
    (input: string): Bad =>
    (_, message) =>
      new InputError(input, message);
  const set = <F extends Field>(field: F, input: string, read: (bad: Bad) => WantedConfiguration[F]) => {
    if (text(input) === '') return;
    wanted[field] = read(from(input));
    origin[field] = input;
  };
  set('Runtime', Input.Runtime, (bad) => checkRuntime(text(Input.Runtime), bad));
  set('Architectures', Input.Architecture, (bad) => [checkArchitecture(text(Input.Architecture), bad)]);
  set('MemorySize', Input.MemorySize, (bad) => checkInteger(numberInput(Input.MemorySize), 'MemorySize', MEMORY_MB, 'MB', bad));
  set('Timeout', Input.Timeout, (bad) => checkInteger(numberInput(Input.Timeout), 'Timeout', TIMEOUT_SECONDS, 'seconds', bad));
  set('Handler', Input.Handler, (bad) => checkHandler(text(Input.Handler), bad));
  const variables = readEnvironment();
  if (variables) {
    wanted.Environment = { Variables: variables };
    origin.Environment = Input.Environment;
  }
  const given = text(Input.FunctionConfig);
  if (given !== '' && !/\.(json|ya?ml)$/i.test(given)) {
    throw new InputError(Input.FunctionConfig, `"${given}" is neither .json, .yaml nor .yml: the extension says how to read it`);
  }
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  return {
    wanted,
    origin,
    environmentMode: oneWord(Input.EnvironmentMode, ['merge', 'replace'] as const, 'merge', 'an environment mode'),
    file: given === '' ? undefined : { given, path: path.resolve(workspace, given) },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], field: string, bad: Bad): void {
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw bad(field, `"${unknown}" is not a field it takes (use ${allowed.join(', ')})`);
}

/** One entry of the file (a function, or `*`), checked field by field. */
function readEntry(value: unknown, bad: Bad): WantedConfiguration {
  if (!isObject(value)) throw bad('', `is not a mapping of Lambda fields (${FIELDS.join(', ')})`);
  onlyKeys(value, FIELDS, '', (_, message) => bad('', message));
  const wanted: WantedConfiguration = {};
  const { Runtime: runtime, Handler: handler, MemorySize: memory, Timeout: timeout, Description: description } = value;
  const { Architectures: architectures, Environment: environment, EphemeralStorage: storage } = value;
  if (runtime !== undefined) wanted.Runtime = checkRuntime(runtime, bad);
  if (handler !== undefined) wanted.Handler = checkHandler(handler, bad);
  if (memory !== undefined) wanted.MemorySize = checkInteger(memory, 'MemorySize', MEMORY_MB, 'MB', bad);
  if (timeout !== undefined) wanted.Timeout = checkInteger(timeout, 'Timeout', TIMEOUT_SECONDS, 'seconds', bad);
  if (description !== undefined) wanted.Description = checkDescription(description, bad);
  if (architectures !== undefined) {
    if (!Array.isArray(architectures) || architectures.length !== 1) {
      throw bad('Architectures', 'is a list of exactly one architecture, as Lambda takes it: [x86_64] or [arm64]');
    }
    wanted.Architectures = [checkArchitecture(architectures[0], bad)];
  }
  if (storage !== undefined) {
    if (!isObject(storage)) throw bad('EphemeralStorage', 'is a mapping with one field, Size (MB)');
    onlyKeys(storage, ['Size'], 'EphemeralStorage', bad);
    const size = checkInteger(storage['Size'], 'EphemeralStorage', EPHEMERAL_STORAGE_MB, 'MB of /tmp', (_, message) =>
      bad('EphemeralStorage.Size', message),
    );
    wanted.EphemeralStorage = { Size: size };
  }
  if (environment !== undefined) {
    if (!isObject(environment) || !isObject(environment['Variables'])) {
      throw bad('Environment', 'is a mapping with one field, Variables, a mapping of names to values');
    }
    onlyKeys(environment, ['Variables'], 'Environment', bad);
    const variables: Variables = {};
    for (const [key, variable] of Object.entries(environment['Variables'])) {
      checkKey(key, (_, message) => bad('Environment.Variables', message));
      if (typeof variable !== 'string') {
        throw bad(
          `Environment.Variables.${key}`,
          'is not a string: Lambda takes text only (quote numbers and true/false in YAML)',
        );
      }
      variables[key] = variable;
    }
    wanted.Environment = { Variables: variables };
  }
  return wanted;
}

/**
 * The file's text as data. A parser's own message may quote the line it stopped at, which may hold a variable's value:
 * only the position is reported.
 */
async function parseFile(file: { given: string; path: string }, bad: (message: string) => InputError): Promise<unknown> {
  const source = await readFile(file.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    throw bad(
      error.code === 'ENOENT'
        ? `does not exist (paths are relative to GITHUB_WORKSPACE: ${workspace})`
        : `cannot be read: ${error.code ?? error.message}`,
    );
  });
  if (/\.json$/i.test(file.path)) {
    try {
      return JSON.parse(source) as unknown;
    } catch (error) {
      const at = /position (\d+)/.exec((error as Error).message)?.[1];
      const lines = at === undefined ? [] : source.slice(0, Number(at)).split('\n');
      const where = at === undefined ? '' : ` at line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`;
      throw bad(`is not valid JSON${where}`);
    }
  }
  // Loaded only for a YAML file: most runs never parse one. A CommonJS module: the bundle gives it as the default export.
  const { parse, YAMLParseError } = (await import('yaml')).default;
  try {
    return parse(source, { logLevel: 'error' }) as unknown;
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const where = error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
    throw bad(`is not valid YAML${where} (${error.code})`);
  }
}

interface Entry {
  wanted: WantedConfiguration;
  origin: Origins;
}

/** The file's entries by function name (or `*`), each field checked, each key one of the listed functions. */
async function readConfigFile(file: { given: string; path: string }, functions: FunctionSettings[]): Promise<Map<string, Entry>> {
  const input = `${Input.FunctionConfig} ${file.given}`;
  const data = await parseFile(file, (message) => new InputError(input, message));
  if (!isObject(data)) {
    throw new InputError(input, 'is not a mapping of function names (as listed in functions, or *) to Lambda fields');
  }
  const entries = new Map<string, Entry>();
  for (const [key, value] of Object.entries(data)) {
    const fn = key === '*' ? undefined : functions.find((listed) => listed.name === key || listed.id === key);
    if (key !== '*' && !fn) throw new InputError(input, `"${key}" is not one of the functions listed in functions`);
    const name = fn?.name ?? '*';
    if (entries.has(name)) throw new InputError(input, `"${key}" names ${name} a second time (by name and by ARN)`);
    const bad: Bad = (field, message) => new InputError(input, `${[key, field].filter(Boolean).join('.')}: ${message}`);
    const wanted = readEntry(value, bad);
    const origin = Object.fromEntries(Object.keys(wanted).map((field) => [field, `${input}, ${key}.${field}`]));
    entries.set(name, { wanted, origin });
  }
  return entries;
}

/**
 * Each function's wanted configuration: a field from its own entry in the file, else from `*`, else from the inputs.
 * Environment variables combine the same way, one variable at a time.
 */
export async function functionConfigs(
  inputs: ConfigurationInputs,
  functions: FunctionSettings[],
): Promise<(fn: FunctionSettings) => FunctionConfig> {
  const file = inputs.file ? await readConfigFile(inputs.file, functions) : new Map<string, Entry>();
  return (fn) => {
    // Most precise first.
    const sources = [file.get(fn.name), file.get('*'), inputs].filter((source): source is Entry => source !== undefined);
    const wanted: WantedConfiguration = {};
    const origin: Origins = {};
    for (const field of FIELDS) {
      const source = sources.find((entry) => entry.wanted[field] !== undefined);
      if (field === 'Environment' || !source) continue;
      Object.assign(wanted, { [field]: source.wanted[field] });
      Object.assign(origin, { [field]: source.origin[field] });
    }
    const environments = sources.filter((entry) => entry.wanted.Environment);
    if (environments.length > 0) {
      const variables = environments.reduceRight<Variables>(
        (all, entry) => ({ ...all, ...entry.wanted.Environment?.Variables }),
        {},
      );
      wanted.Environment = { Variables: variables };
      origin.Environment = environments.map((entry) => entry.origin.Environment).join(' and ');
    }
    return { wanted, origin, environmentMode: inputs.environmentMode };
  };
}
