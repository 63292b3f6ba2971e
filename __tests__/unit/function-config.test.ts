// The configuration inputs and the function-config file read into each function's wanted configuration, and that
// configuration compared with a function's: what is written, and how the change reads.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { configurationChanges, planConfiguration } from '../../src/functions/config.js';
import { functionConfigs, readConfigurationInputs, type FunctionConfig } from '../../src/inputs/config.js';
import type { FunctionSettings } from '../../src/inputs/functions.js';
import { tree } from '../support/fixtures.js';

function withInputs<T>(inputs: Record<string, string>, read: () => T): T {
  const saved = { ...process.env };
  try {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    return read();
  } finally {
    process.env = saved;
  }
}

const fn = (name: string, id = name): FunctionSettings => ({
  id,
  name,
  account: undefined,
  region: undefined,
  code: undefined,
  layers: undefined,
});

describe('the configuration inputs', () => {
  it('reads KEY=VALUE lines: "=" in a value, an empty value, names that are also object properties', () => {
    const read = withInputs({ environment: ' A1 = x=y \nEMPTY=\n\ntoString=1\nconstructor=2' }, () =>
      readConfigurationInputs('deploy'),
    );
    expect(read.wanted.Environment?.Variables).toEqual({ A1: 'x=y', EMPTY: '', toString: '1', constructor: '2' });
    expect(read.origin).toEqual({ Environment: 'environment' });
  });

  it('shows the variables given by key only, as the settings reach the debug log', () => {
    const read = withInputs({ environment: 'TOKEN=hunter2' }, () => readConfigurationInputs('deploy'));
    expect(JSON.stringify(read)).not.toContain('hunter2');
    expect(JSON.stringify(read)).toContain('"Variables":{"TOKEN":"***"}');
    // A copy, as the plan makes and the SDK sends, holds the value.
    expect(JSON.stringify({ ...read.wanted.Environment?.Variables })).toBe('{"TOKEN":"hunter2"}');
  });

  it.each([
    [{ environment: 'A1=1\nA1=2' }, 'environment: A1 is given twice'],
    [{ environment: '_HANDLER=x' }, 'environment: _HANDLER is reserved'],
    [{ 'function-config': 'config.toml' }, 'function-config: "config.toml" is neither .json, .yaml nor .yml'],
    [{ 'memory-size': '1.5' }, 'memory-size: "1.5" is not a whole number from 128 to 10240 (MB)'],
  ])('refuses %o', (inputs, message) => {
    expect(() => withInputs(inputs, () => readConfigurationInputs('deploy'))).toThrow(message);
  });

  it('is not read outside a deploy, which changes no configuration', () => {
    const read = withInputs({ runtime: 'python9', 'memory-size': 'lots' }, () => readConfigurationInputs('rollback'));
    expect(read).toEqual({ wanted: {}, origin: {}, environmentMode: 'merge', file: undefined });
  });
});

describe('the function-config file', () => {
  const load = async (name: string, content: string, functions: FunctionSettings[]) => {
    const dir = tree({});
    writeFileSync(path.join(dir, name), content);
    const inputs = {
      wanted: {},
      origin: {},
      environmentMode: 'merge' as const,
      file: { given: name, path: path.join(dir, name) },
    };
    return functionConfigs(inputs, functions);
  };

  it('takes a function by the name or the ARN it is listed with, and refuses both at once', async () => {
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:api';
    const configs = await load('c.json', JSON.stringify({ [arn]: { Timeout: 5 } }), [fn('api', arn)]);
    expect(configs(fn('api', arn)).wanted).toEqual({ Timeout: 5 });
    await expect(load('c.json', JSON.stringify({ api: {}, [arn]: {} }), [fn('api', arn)])).rejects.toThrow(
      `function-config c.json: "${arn}" names api a second time (by name and by ARN)`,
    );
  });

  it('reports a JSON error by line and column, never with the text', async () => {
    await expect(load('c.json', '{\n  "api": {"Timeout": 5,}\n}', [fn('api')])).rejects.toThrow(
      /^function-config c\.json: is not valid JSON at line 2, column \d+$/,
    );
  });

  it('names the workspace a missing file was looked for in', async () => {
    const inputs = {
      wanted: {},
      origin: {},
      environmentMode: 'merge' as const,
      file: { given: 'no.yml', path: '/nowhere/no.yml' },
    };
    await expect(functionConfigs(inputs, [fn('api')])).rejects.toThrow('function-config no.yml: does not exist');
  });
});

describe('a wanted configuration against the function', () => {
  const latest: FunctionConfiguration = {
    Runtime: 'python3.12',
    MemorySize: 512,
    Timeout: 3,
    Handler: 'app.handler',
    Architectures: ['x86_64'],
    Environment: { Variables: { KEEP: 'k', CHANGE: 'old', DROP: 'd' } },
  };
  const config = (wanted: FunctionConfig['wanted'], environmentMode: 'merge' | 'replace' = 'merge'): FunctionConfig => ({
    wanted,
    origin: {},
    environmentMode,
  });

  it('writes only the fields $LATEST does not hold, and keeps their previous values', () => {
    const writes = planConfiguration('api', latest, config({ Runtime: 'python3.13', MemorySize: 512, Timeout: 30 }), false);
    expect(writes).toEqual({
      update: { Runtime: 'python3.13', Timeout: 30 },
      previous: { Runtime: 'python3.12', Timeout: 3 },
      architecture: undefined,
    });
  });

  it('merges onto the variables $LATEST has, or replaces them, and reads the change by key', () => {
    const wanted = config({ Environment: { Variables: { CHANGE: 'new', ADD: 'a' } } });
    const merged = planConfiguration('api', latest, wanted, false);
    expect(merged.update.Environment?.Variables).toEqual({ KEEP: 'k', CHANGE: 'new', DROP: 'd', ADD: 'a' });
    expect(configurationChanges(latest, latest, merged)).toEqual(['environment: +ADD ~CHANGE']);
    const replaced = planConfiguration('api', latest, { ...wanted, environmentMode: 'replace' }, false);
    expect(configurationChanges(latest, latest, replaced)).toEqual(['environment: +ADD ~CHANGE -DROP -KEEP']);
  });

  it("compares with the alias's version, the description with $LATEST's", () => {
    const live: FunctionConfiguration = { ...latest, MemorySize: 256, Description: 'Deployed by octo/app' };
    const writes = planConfiguration('api', latest, config({ Description: 'orders', EphemeralStorage: { Size: 1024 } }), false);
    expect(configurationChanges(live, latest, writes)).toEqual([
      'memory 256 -> 512',
      'ephemeral storage 512 -> 1024',
      'description changed',
    ]);
    expect(configurationChanges(latest, latest, planConfiguration('api', latest, config({}), false))).toEqual([]);
  });

  it('moves the architecture only with the code', () => {
    const arm = config({ Architectures: ['arm64'] });
    expect(planConfiguration('api', latest, arm, true).architecture).toBe('arm64');
    expect(planConfiguration('api', latest, config({ Architectures: ['x86_64'] }), false).architecture).toBeUndefined();
    expect(() => planConfiguration('api', latest, arm, false)).toThrow(
      'architecture: "api" moves from x86_64 to arm64, and its code must move with it',
    );
  });
});
