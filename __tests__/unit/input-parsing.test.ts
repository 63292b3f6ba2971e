import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { getSettings } from '../../src/inputs/settings.js';
import { tree } from '../support/fixtures.js';

describe('settings', () => {
  const action = parse(readFileSync(path.resolve(import.meta.dirname, '../../action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };

  function withInputs<T>(inputs: Record<string, string>, read: () => T): T {
    const saved = { ...process.env };
    try {
      for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
      for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
      process.env['AWS_REGION'] = 'eu-west-1';
      // Run on a pull request, the tests must not read its event.
      delete process.env['GITHUB_EVENT_NAME'];
      return read();
    } finally {
      process.env = saved;
    }
  }

  it("falls back to action.yml's defaults when an input is empty", () => {
    const required = { 'layer-name': 'deps', 'layer-path': tree({ 'python/a.py': 'a' }) };
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? '']));
    const fromYaml = withInputs({ ...defaults, ...required }, getSettings);
    const fromCode = withInputs(required, getSettings);
    // The one exception on purpose: an explicitly empty exclude means "exclude nothing", the way to opt out.
    expect({ ...fromCode, exclude: fromYaml.exclude }).toEqual(fromYaml);
  });

  it('names the workspace a missing path was looked for in, not the folder above the path', () => {
    const workspace = tree({ 'python/a.py': 'a' });
    const saved = process.env['GITHUB_WORKSPACE'];
    process.env['GITHUB_WORKSPACE'] = workspace;
    try {
      expect(() => withInputs({ 'layer-name': 'deps', 'layer-path': 'build/nope' }, getSettings)).toThrow(
        `layer-path: "build/nope" does not exist (paths are relative to GITHUB_WORKSPACE: ${workspace})`,
      );
    } finally {
      if (saved === undefined) delete process.env['GITHUB_WORKSPACE'];
      else process.env['GITHUB_WORKSPACE'] = saved;
    }
  });

  const layerDir = () => tree({ 'python/a.py': 'a' });

  it.each([
    ['missing path', { 'layer-path': 'no/such/dir' }, /^layer-path: "no\/such\/dir" does not exist/],
    ['empty path', { 'layer-path': '' }, /^layer-path: is required when layer-name is set/],
    ['unknown mode', { mode: 'deploi' }, /^mode: "deploi" is not a mode \(use deploy, cleanup or rollback\)/],
    [
      'bad runtime',
      { 'compatible-runtimes': 'pyhton3.12' },
      /^compatible-runtimes: "pyhton3.12" is not a Lambda runtime \(e\.g\. python3\.12/,
    ],
    [
      'bad architecture',
      { 'compatible-architectures': 'amd64' },
      /^compatible-architectures: "amd64" is not a Lambda architecture/,
    ],
    ['bad layer name', { 'layer-name': 'my layer!' }, /^layer-name: "my layer!" is neither a layer name/],
    ['bad boolean', { 'dry-run': 'yes' }, /^dry-run: "yes" is not a boolean \(use true or false\)/],
    ['a bad pull-request-comment', { 'pull-request-comment': 'no' }, /^pull-request-comment: "no" is not a boolean/],
    ['a name given twice', { functions: 'fn-a\nfn-a' }, /^functions: "fn-a" is listed twice/],
    ['a missing code path', { functions: 'fn-a=nowhere/code' }, /^functions: "nowhere\/code" does not exist/],
    ['two "=" in a function line', { functions: 'fn-a=code=v2' }, /^functions: "fn-a=code=v2" has more than one "="/],
    [
      'a function ARN of another region',
      { functions: 'arn:aws:lambda:eu-west-3:123456789012:function:fn-a' },
      /^functions: ".*" is in eu-west-3, not in eu-west-1/,
    ],
    ['a bad max-parallel', { 'max-parallel': '0' }, /^max-parallel: "0" is not a whole number from 1 to 50/],
    [
      'a layer-name ARN of another region, as a layers line is',
      { 'layer-name': 'arn:aws:lambda:us-east-1:123456789012:layer:deps' },
      /^layer-name: ".*" is in us-east-1, not in eu-west-1 where this step deploys \(aws-region\)/,
    ],
    ['a bad traffic shape', { traffic: 'Gradual' }, /^traffic: "Gradual" is not a traffic shape/],
    ['a bad firing-alarms', { 'firing-alarms': 'skip' }, /^firing-alarms: "skip" is not .* \(use block or ignore\)/],
    ['bad smoke-test JSON', { 'smoke-test-payload': '{nope' }, /^smoke-test-payload: is not valid JSON/],
  ])('rejects %s, naming the input', (_, bad, message) => {
    expect(() => withInputs({ 'layer-name': 'deps', 'layer-path': layerDir(), ...bad }, getSettings)).toThrow(message);
  });

  it.each([
    ['both forms', { layers: 'deps=layer' }, /^layers: set either layers or layer-name and layer-path/],
    ['a line of no known shape', { 'layer-name': '', 'layer-path': '', layers: 'deps' }, /^layers: "deps" is not a layer line/],
    [
      'an unknown architecture',
      { 'layer-name': '', 'layer-path': '', layers: 'deps@amd64=DIR' },
      /^layers: "deps@amd64=.*": "amd64" is not a Lambda architecture/,
    ],
    [
      'one name twice without variants',
      { 'layer-name': '', 'layer-path': '', layers: 'deps=DIR\ndeps@arm64=DIR' },
      /^layers: "deps" is listed twice/,
    ],
    [
      'a missing path',
      { 'layer-name': '', 'layer-path': '', layers: 'deps=no/such/dir' },
      /^layers: "no\/such\/dir" does not exist/,
    ],
    [
      'a layer ARN of another region',
      { 'layer-name': '', 'layer-path': '', layers: 'arn:aws:lambda:us-east-1:123456789012:layer:deps:3' },
      /^layers: ".*" is in us-east-1, not in eu-west-1/,
    ],
    [
      'two layers writing one SSM parameter',
      { 'layer-name': '', 'layer-path': '', layers: 'deps=DIR\nml=DIR', 'ssm-parameter': '/layers/arn' },
      /^ssm-parameter: deps and ml would both write \/layers\/arn: put \{layer\}/,
    ],
  ])('rejects %s in layers', (_, bad, message) => {
    const dir = layerDir();
    const inputs = Object.fromEntries(Object.entries(bad).map(([name, value]) => [name, value.replaceAll('DIR', dir)]));
    expect(() => withInputs({ 'layer-name': 'deps', 'layer-path': dir, ...inputs }, getSettings)).toThrow(message);
  });

  it.each([
    [
      'keep-layer-versions',
      '0',
      `keep-layer-versions: "0" is not a whole number from 1 up (how many of each layer's newest versions cleanup keeps: at least the newest)`,
    ],
    [
      'keep-function-versions',
      '0',
      `keep-function-versions: "0" is not a whole number from 1 up (how many of each function's newest versions cleanup keeps: at least the newest)`,
    ],
    [
      'wait-timeout',
      'soon',
      'wait-timeout: "soon" is not a whole number from 1 to 3600 (seconds to wait for one function update)',
    ],
    [
      'bake-time',
      '90000',
      'bake-time: "90000" is not a whole number from 0 to 86400 (seconds to keep watching the alarms once all traffic has moved, up to a day; 0: not at all)',
    ],
  ])('says what %s means and its range in plain words, given %s', (input, value, message) => {
    expect(() => withInputs({ 'layer-name': 'deps', 'layer-path': layerDir(), [input]: value }, getSettings)).toThrow(message);
  });

  it('takes spaces around "=" alike in layers and in functions', () => {
    const dir = layerDir();
    const settings = withInputs(
      {
        layers: `deps = ${dir}
ext@arm64 =${dir}`,
        functions: `fn-a = ${dir}`,
      },
      getSettings,
    );
    expect(settings.layers.map((layer) => (layer.kind === 'built' ? [layer.key, layer.path] : []))).toEqual([
      ['deps', dir],
      ['ext@arm64', dir],
    ]);
    expect(settings.functions.map((fn) => [fn.name, fn.code?.path])).toEqual([['fn-a', dir]]);
  });

  it('reads variants, promotions and bracketed subsets', () => {
    const dir = layerDir();
    const settings = withInputs(
      {
        layers: `ext@x86_64=${dir}\next@arm64=${dir}\narn:aws:lambda:eu-west-1:123456789012:layer:staged:4\nssm:/layers/ml/arn`,
        functions: 'reports [ext, staged], billing',
        'ssm-parameter': '/layers/{layer}/{arch}/arn',
      },
      getSettings,
    );
    expect(
      settings.layers.map((layer) =>
        layer.kind === 'built' ? [layer.key, layer.architectures, layer.parameter] : [layer.source],
      ),
    ).toEqual([
      ['ext@x86_64', ['x86_64'], '/layers/ext/x86_64/arn'],
      ['ext@arm64', ['arm64'], '/layers/ext/arm64/arn'],
      ['arn:aws:lambda:eu-west-1:123456789012:layer:staged:4'],
      ['ssm:/layers/ml/arn'],
    ]);
    expect(settings.functions.map((fn) => [fn.name, fn.layers])).toEqual([
      ['reports', ['ext', 'staged']],
      ['billing', undefined],
    ]);
  });

  it('names one SSM parameter for a layer of two architectures, in whatever order they are given', () => {
    const dir = layerDir();
    const parameterOf = (architectures: string) => {
      const settings = withInputs(
        {
          'layer-name': 'deps',
          'layer-path': dir,
          'compatible-architectures': architectures,
          'ssm-parameter': '/layers/{layer}/{arch}/arn',
        },
        getSettings,
      );
      const [layer] = settings.layers;
      return layer?.kind === 'built' ? layer.parameter : undefined;
    };
    expect(parameterOf('x86_64,arm64')).toBe('/layers/deps/arm64-x86_64/arn');
    expect(parameterOf('arm64,x86_64')).toBe('/layers/deps/arm64-x86_64/arn');
  });

  it('records which input named each code path, and the origin of the change', () => {
    const shared = tree({ 'app.py': 'a' });
    const own = tree({ 'app.py': 'b' });
    const settings = withInputs({ functions: `fn-a\nfn-b=${own}`, 'code-path': shared }, () => {
      Object.assign(process.env, { GITHUB_REPOSITORY: 'octo/app', GITHUB_SHA: 'abcdef0123', GITHUB_RUN_ID: '7' });
      return getSettings();
    });
    expect(settings.functions.map((fn) => fn.code)).toEqual([
      { path: shared, input: 'code-path' },
      { path: own, input: 'functions' },
    ]);
    expect(settings.origin).toBe('by octo/app@abcdef0 run 7');
  });
});
