import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetFunctionConfigurationCommand, GetLayerVersionCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, ListMultipartUploadsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { packZip } from '../../src/pack/zip.js';
import { readSource } from '../../src/pack/source.js';
import { actionRunner, type Run } from '../support/action.js';
import {
  alias,
  createFunction,
  layerVersions,
  publishedVersions,
  rawZip,
  seedLayer,
  stack,
  tree,
  unique,
} from '../support/fixtures.js';
import { proxyFactory, sharedMoto } from '../support/suite.js';

const { moto, endpoint, c } = sharedMoto();
const proxy = proxyFactory(moto);
const { run, runPost } = actionRunner(endpoint);

interface LayerOutput {
  arn: string | null;
  version: number | null;
  published: boolean;
  'content-hash': string | null;
}
const layerOutputs = (result: Run) => JSON.parse(result.outputs['layer-versions']!) as Record<string, LayerOutput>;

const layersOf = async (fn: string, qualifier = 'live') =>
  ((await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn, Qualifier: qualifier }))).Layers ?? []).map(
    (layer) => layer.Arn,
  );

const layerDir = (label: string) => tree({ [`python/${label}.py`]: `VERSION = "${unique(label)}"\n` });

describe('several layers in one atomic deploy', () => {
  it('gives each function its code and both built layers in one version, its own layer kept in place', async () => {
    const s = await stack(c, { count: 2 });
    const ml = unique('ml');
    const mlDir = layerDir('ml');
    const counting = await proxy({});
    const inputs = {
      layers: `${s.layer}=${s.layerDir}\n${ml}=${mlDir}`,
      functions: s.inputs['functions']!,
      'code-path': s.codeDir,
    };
    const result = await run(inputs, { endpoint: counting.url });
    expect(result.code, result.stdout).toBe(0);

    const out = layerOutputs(result);
    expect(Object.keys(out)).toEqual([s.layer, ml]);
    expect(out[s.layer]).toMatchObject({ version: 2, published: true });
    expect(out[ml]).toMatchObject({ version: 1, published: true });
    expect(out[ml]!['content-hash']).toMatch(/^[0-9a-f]{64}$/);
    // Each version holds its own layer's zip (the packer is deterministic, so the zip of each folder is known).
    for (const [name, dir] of [
      [s.layer, s.layerDir],
      [ml, mlDir],
    ] as const) {
      const expected = await packZip(await readSource('layer-path', dir), path.join(os.tmpdir(), `${unique('expect')}.zip`));
      const published = await c.lambda.send(new GetLayerVersionCommand({ LayerName: name, VersionNumber: out[name]!.version! }));
      expect(published.Content?.CodeSha256, name).toBe(expected.sha256);
    }
    // With two layers, the one-layer outputs are not set.
    expect(result.outputs['layer-version-arn']).toBeUndefined();
    for (const fn of s.functions) {
      expect((await alias(c, fn)).FunctionVersion).toBe('2');
      expect(await layersOf(fn)).toEqual([out[s.layer]!.arn, s.otherV1, out[ml]!.arn]);
      // One configuration update carries both layers, and one version is published.
      expect(counting.count('UpdateFunctionConfiguration', fn)).toBe(1);
      expect(counting.count('PublishVersion', fn)).toBe(1);
    }
    expect(result.summary).toContain(`<td>${ml}</td><td>1</td><td>published</td>`);
    expect(result.summary).toContain(`${s.layer}:2, ${ml}:1`);

    // Only the changed layer is published again.
    const again = await run({ ...inputs, layers: `${s.layer}=${layerDir('shared')}\n${ml}=${mlDir}` });
    expect(again.code, again.stdout).toBe(0);
    expect(layerOutputs(again)[ml]).toMatchObject({ version: 1, published: false });
    expect(layerOutputs(again)[s.layer]).toMatchObject({ version: 3, published: true });
    expect(again.summary).toContain(`<td>${ml}</td><td>1</td><td>reused (same content)</td>`);
    expect(await layerVersions(c, ml)).toEqual([1]);

    // A failed job rolls back every function.
    const post = await runPost(again, inputs);
    expect(post.code, post.stdout).toBe(0);
    for (const fn of s.functions) expect((await alias(c, fn)).FunctionVersion).toBe('2');
  });

  it('gives each function the variant of its architecture', async () => {
    const ext = unique('ext');
    const x86 = unique('fn');
    const arm = unique('fn');
    await createFunction(c, x86, { alias: 'live' });
    await createFunction(c, arm, { alias: 'live', architecture: 'arm64' });
    const layers = `${ext}@x86_64=${layerDir('x86')}\n${ext}@arm64=${layerDir('arm')}`;
    const result = await run({ layers, functions: `${x86}\n${arm}` });
    expect(result.code, result.stdout).toBe(0);
    const out = layerOutputs(result);
    expect(Object.keys(out)).toEqual([`${ext}@x86_64`, `${ext}@arm64`]);
    expect(await layersOf(x86)).toEqual([out[`${ext}@x86_64`]!.arn]);
    expect(await layersOf(arm)).toEqual([out[`${ext}@arm64`]!.arn]);
    const armVersion = await c.lambda.send(
      new GetLayerVersionCommand({ LayerName: ext, VersionNumber: out[`${ext}@arm64`]!.version! }),
    );
    expect(armVersion.CompatibleArchitectures).toEqual(['arm64']);

    // A function of an architecture without a variant: named with the layer, nothing written.
    const only = await run({ layers: `${unique('ext')}@arm64=${layerDir('arm')}`, functions: x86 });
    expect(only.code).toBe(1);
    expect(only.stdout).toMatch(
      new RegExp(
        `::error::Reading the functions failed for 1 of 1:%0Alayers: "${x86}" runs on x86_64, and layer ext-\\w+ has no x86_64 variant`,
      ),
    );
    expect(await publishedVersions(c, x86)).toEqual([1, 2]);
  });

  it('promotes existing versions by ARN and from an SSM parameter, publishing nothing', async () => {
    const s = await stack(c, { count: 1 });
    const staged = unique('staged');
    const fromSsm = unique('other');
    const stagedArn = await seedLayer(c, staged, 'tested in staging');
    const ssmArn = await seedLayer(c, fromSsm, 'published by another pipeline');
    const parameter = `/layers/${fromSsm}/arn`;
    await c.ssm.send(new PutParameterCommand({ Name: parameter, Value: ssmArn, Type: 'String' }));
    const result = await run({ layers: `${stagedArn}\nssm:${parameter}`, functions: s.functions[0]! });
    expect(result.code, result.stdout).toBe(0);
    expect(layerOutputs(result)).toEqual({
      [staged]: { arn: stagedArn, version: 1, published: false, 'content-hash': null },
      [fromSsm]: { arn: ssmArn, version: 1, published: false, 'content-hash': null },
    });
    expect(await layersOf(s.functions[0]!)).toEqual([s.sharedV1, s.otherV1, stagedArn, ssmArn]);
    expect(await layerVersions(c, staged)).toEqual([1]);
    expect(result.summary).toContain(`<td>${staged}</td><td>1</td><td>promoted</td>`);
  });

  it('gives a function only the layers in its brackets', async () => {
    const deps = unique('deps');
    const ml = unique('ml');
    const reports = unique('fn');
    const billing = unique('fn');
    await createFunction(c, reports, { alias: 'live' });
    await createFunction(c, billing, { alias: 'live' });
    const result = await run({
      layers: `${deps}=${layerDir('deps')}\n${ml}=${layerDir('ml')}`,
      functions: `${reports}=${tree({ 'app.py': '# reports' })} [${deps}, ${ml}]\n${billing} [${deps}]`,
    });
    expect(result.code, result.stdout).toBe(0);
    const out = layerOutputs(result);
    expect(await layersOf(reports)).toEqual([out[deps]!.arn, out[ml]!.arn]);
    expect(await layersOf(billing)).toEqual([out[deps]!.arn]);
  });

  it('writes one SSM parameter per built layer', async () => {
    const s = await stack(c, { count: 1 });
    const ml = unique('ml');
    const prefix = `/${unique('p')}`;
    const result = await run({
      layers: `${s.layer}=${s.layerDir}\n${ml}=${layerDir('ml')}`,
      functions: s.functions[0]!,
      'ssm-parameter': `${prefix}/{layer}/arn`,
    });
    expect(result.code, result.stdout).toBe(0);
    const out = layerOutputs(result);
    for (const name of [s.layer, ml]) {
      const value = (await c.ssm.send(new GetParameterCommand({ Name: `${prefix}/${name}/arn` }))).Parameter?.Value;
      expect(value).toBe(out[name]!.arn);
    }
    // The failure hook rolls both back: they were created, so they are deleted.
    const post = await runPost(result);
    expect(post.stdout).toContain(`SSM parameter ${prefix}/${ml}/arn: deleted`);
    await expect(c.ssm.send(new GetParameterCommand({ Name: `${prefix}/${s.layer}/arn` }))).rejects.toThrow();
  });

  it.each([
    [
      'an SSM parameter that does not exist',
      () => 'ssm:/no/such/parameter',
      /::error::layers: ssm:\/no\/such\/parameter: no such SSM parameter/,
    ],
    [
      'an SSM parameter that holds no layer version ARN',
      (p: string) => `ssm:${p}`,
      /::error::layers: ssm:\/p-\w+\/arn does not hold a layer version ARN \(arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION; the value is not shown, as it may be a secret\): write the ARN there/,
    ],
    [
      'a bracketed name no line lists',
      () => 'BRACKET',
      /::error::functions: "fn-\w+" names nope in brackets, which layers does not list/,
    ],
    ['a sixth layer', () => 'SIX', /::error::Reading the functions failed for 1 of 1:%0Alayers: "fn-\w+" would carry 6 layers/],
  ])('refuses %s in the plan, writing nothing', async (_, line, message) => {
    const s = await stack(c, { count: 1 });
    const fn = s.functions[0]!;
    const parameter = `/${unique('p')}/arn`;
    await c.ssm.send(new PutParameterCommand({ Name: parameter, Value: 'hello', Type: 'String' }));
    const built = `${s.layer}=${s.layerDir}`;
    let inputs: Record<string, string> = { layers: `${built}\n${line(parameter)}`, functions: fn };
    if (line(parameter) === 'BRACKET') inputs = { layers: built, functions: `${fn} [nope]` };
    if (line(parameter) === 'SIX') {
      const four = await Promise.all(Array.from({ length: 4 }, () => seedLayer(c, unique('l'))));
      inputs = { layers: [built, ...four].join('\n'), functions: fn };
    }
    const result = await run(inputs);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(await layerVersions(c, s.layer)).toEqual([1]);
    expect(await publishedVersions(c, fn)).toEqual([1]);
  });
});

describe('an ssm: line never shows what the parameter holds', () => {
  // A password someone pointed the line at by mistake: 3 KB, and a marker no message would contain by chance.
  const secret = `hunter2-${'x'.repeat(3 * 1024)}-${unique('secret')}`;

  /** Runs with a function and an ssm: line for a parameter of this type and value, in the debug log too. */
  async function promote(type: 'String' | 'SecureString', value: string) {
    const s = await stack(c, { count: 1 });
    const parameter = `/${unique('prod')}/db/password`;
    await c.ssm.send(new PutParameterCommand({ Name: parameter, Value: value, Type: type }));
    const result = await run({ layers: `ssm:${parameter}`, functions: s.functions[0]! }, { env: { ACTIONS_STEP_DEBUG: 'true' } });
    return { s, parameter, result };
  }

  /** Neither the value nor a part of it in the log, the summary or any output. */
  function expectNowhere(result: Run, value: string) {
    for (const shown of [result.stdout, result.summary, JSON.stringify(result.outputs)]) {
      expect(shown).not.toContain(value.slice(-20));
      expect(shown).not.toContain('hunter2');
    }
  }

  it('names the parameter and the ARN it expected, not the value', async () => {
    const { s, parameter, result } = await promote('String', secret);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::layers: ssm:${parameter} does not hold a layer version ARN (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION; the value is not shown, as it may be a secret): write the ARN there, or name the parameter that holds it`,
    );
    expectNowhere(result, secret);
    expect(await publishedVersions(c, s.functions[0]!)).toEqual([1]);
  });

  it('asks for a String parameter instead of a SecureString, and shows neither its value nor its ciphertext', async () => {
    const { s, parameter, result } = await promote('SecureString', secret);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::layers: ssm:${parameter} is a SecureString, which this step does not decrypt: store the layer version ARN as a String parameter`,
    );
    expectNowhere(result, secret);
    expect(await publishedVersions(c, s.functions[0]!)).toEqual([1]);
  });

  it('takes a layer version ARN written with a trailing newline and spaces around it', async () => {
    const arn = await seedLayer(c, unique('staged'));
    const { s, result } = await promote('String', `  ${arn}\n`);
    expect(result.code, result.stdout).toBe(0);
    expect(await layersOf(s.functions[0]!)).toEqual([s.sharedV1, s.otherV1, arn]);
  });
});

describe('several layers: dry-run and cleanup', () => {
  it('dry-run shows every layer and what each function would carry, and writes nothing', async () => {
    const s = await stack(c, { count: 1 });
    const ml = unique('ml');
    const result = await run({
      layers: `${s.layer}=${s.layerDir}\n${ml}=${layerDir('ml')}`,
      functions: s.functions[0]!,
      'dry-run': 'true',
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.summary).toContain(`<td>${s.layer}</td><td>-</td><td>would publish</td>`);
    expect(result.summary).toContain(`<td>${ml}</td><td>-</td><td>would publish</td>`);
    expect(result.summary).toContain(`${s.layer}:(new), ${ml}:(new)`);
    expect(layerOutputs(result)[ml]).toMatchObject({ arn: null, published: false });
    expect(await layerVersions(c, ml)).toEqual([]);
    expect(await publishedVersions(c, s.functions[0]!)).toEqual([1]);
  });

  it('refuses in the plan a zip layer of more than 65,535 files after exclude, before another layer is published or uploaded', async () => {
    const first = unique('first');
    const big = unique('big');
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const zipPath = path.join(tree({}), 'big.zip');
    const entries = Array.from({ length: 65_536 }, (_, i) => ({ name: `python/m${i}.py`, data: `n = ${i}\n` }));
    writeFileSync(zipPath, rawZip([{ name: 'python/README', data: 'skip' }, ...entries]));
    const inputs = { layers: `${first}=${layerDir('first')}\n${big}=${zipPath}`, 's3-bucket': bucket };
    for (const dryRun of ['false', 'true']) {
      const result = await run({ ...inputs, exclude: 'python/README', 'dry-run': dryRun });
      expect(result.code, dryRun).toBe(1);
      expect(result.stdout).toContain(
        '::error::layers: big.zip holds 65536 files (after exclude), more than the 65535 a zip holds without zip64: leave some out with exclude',
      );
    }
    expect(await layerVersions(c, first)).toEqual([]);
    expect(await layerVersions(c, big)).toEqual([]);
    expect((await c.s3.send(new ListObjectsV2Command({ Bucket: bucket }))).KeyCount).toBe(0);
    expect((await c.s3.send(new ListMultipartUploadsCommand({ Bucket: bucket }))).Uploads ?? []).toEqual([]);

    // What exclude leaves out is not counted.
    const excluded = await run({ ...inputs, exclude: 'python/m1*', 'dry-run': 'true' });
    expect(excluded.code, excluded.stdout).toBe(0);
  });

  it('cleanup keeps the newest versions of each listed layer and of each variant, never one in use', async () => {
    const deps = unique('deps');
    const ext = unique('ext');
    for (let i = 1; i <= 3; i++) await seedLayer(c, deps, `deps ${i}`);
    // ext versions alternate x86_64 and arm64 variants, as two variants publishing into one layer do.
    const fn = unique('fn');
    await createFunction(c, fn, { alias: 'live' });
    for (const arch of ['x86_64', 'arm64', 'x86_64', 'arm64', 'x86_64'] as const) {
      const deployed = await run({ layers: `${ext}@${arch}=${layerDir(arch)}`, functions: arch === 'x86_64' ? fn : '' });
      expect(deployed.code, deployed.stdout).toBe(0);
    }
    expect(await layerVersions(c, ext)).toEqual([1, 2, 3, 4, 5]);
    const result = await run({
      mode: 'cleanup',
      layers: `${deps}=unused\n${ext}@x86_64=unused\n${ext}@arm64=unused`,
      functions: fn,
      'keep-layer-versions': '1',
    });
    expect(result.code, result.stdout).toBe(0);
    // deps keeps 3; x86_64 keeps 5 (newest, in use); arm64 keeps 4 (its newest).
    expect(JSON.parse(result.outputs['deleted-layer-versions']!)).toEqual({
      [deps]: [2, 1],
      [`${ext}@x86_64`]: [3, 1],
      [`${ext}@arm64`]: [2],
    });
    expect(await layerVersions(c, ext)).toEqual([4, 5]);
  });
});

describe('several layers: bad input through the built action, nothing written', () => {
  it.each([
    [
      'both forms',
      (dir: string) => ({ 'layer-name': 'deps', 'layer-path': dir, layers: `deps=${dir}` }),
      /::error::layers: set either layers or layer-name/,
    ],
    ['a line of no known shape', () => ({ layers: 'deps' }), /::error::layers: "deps" is not a layer line/],
    [
      'an unknown architecture',
      (dir: string) => ({ layers: `deps@amd64=${dir}` }),
      /::error::layers: ".*": "amd64" is not a Lambda architecture/,
    ],
    [
      'one name twice without variants',
      (dir: string) => ({ layers: `deps=${dir}\ndeps=${dir}` }),
      /::error::layers: "deps" is listed twice/,
    ],
    ['a missing path', () => ({ layers: 'deps=no/such/dir' }), /::error::layers: "no\/such\/dir" does not exist/],
    [
      'an ARN of another region',
      () => ({ layers: 'arn:aws:lambda:eu-west-1:123456789012:layer:deps:3' }),
      /::error::layers: ".*" is in eu-west-1, not in us-east-1/,
    ],
  ])('%s', async (_, inputs, message) => {
    const s = await stack(c, { count: 1 });
    const result = await run({ functions: s.functions[0]!, ...inputs(s.layerDir) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(await layerVersions(c, 'deps')).toEqual([]);
    expect(await publishedVersions(c, s.functions[0]!)).toEqual([1]);
  });
});

describe('the one-layer shorthand is checked as a layers line is, in the plan', () => {
  it.each([
    [
      'of another region',
      (name: string) => `arn:aws:lambda:eu-west-1:123456789012:layer:${name}`,
      /is in eu-west-1, not in us-east-1 where this step deploys \(aws-region\)/,
    ],
    [
      'of another account than the credentials',
      (name: string) => `arn:aws:lambda:us-east-1:210987654321:layer:${name}`,
      /is in account 210987654321, not in 123456789012 whose credentials this step runs with/,
    ],
  ])('refuses a layer-name ARN %s, publishing nothing', async (_, arnOf, message) => {
    const s = await stack(c, { count: 1 });
    const counting = await proxy({});
    const given = arnOf(s.layer);
    const result = await run({ ...s.inputs, 'layer-name': given }, { endpoint: counting.url });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`::error::layer-name: "${given}" ${message.source}`));
    expect(counting.count('PublishLayerVersion')).toBe(0);
    expect(await publishedVersions(c, s.functions[0]!)).toEqual([1]);
  });
});

describe('promoted versions built for one architecture', () => {
  it('promotes both variants that staging wrote to /layers/{layer}/{arch}/arn, each function getting its own', async () => {
    const ext = unique('ext');
    const prefix = `/${unique('stg')}`;
    const stagingFn = unique('fn');
    await createFunction(c, stagingFn, { alias: 'live' });
    const staging = await run({
      layers: `${ext}@x86_64=${layerDir('x86')}\n${ext}@arm64=${layerDir('arm')}`,
      functions: stagingFn,
      'ssm-parameter': `${prefix}/{layer}/{arch}/arn`,
    });
    expect(staging.code, staging.stdout).toBe(0);
    const staged = layerOutputs(staging);
    const x86 = unique('fn');
    const arm = unique('fn');
    await createFunction(c, x86, { alias: 'live' });
    await createFunction(c, arm, { alias: 'live', architecture: 'arm64' });
    const prod = await run({
      layers: `ssm:${prefix}/${ext}/x86_64/arn\nssm:${prefix}/${ext}/arm64/arn`,
      functions: `${x86}\n${arm}`,
    });
    expect(prod.code, prod.stdout).toBe(0);
    expect(await layersOf(x86)).toEqual([staged[`${ext}@x86_64`]!.arn]);
    expect(await layersOf(arm)).toEqual([staged[`${ext}@arm64`]!.arn]);
    expect(Object.keys(layerOutputs(prod)).sort()).toEqual([`${ext}@arm64`, `${ext}@x86_64`]);
  });

  it('refuses in the plan to attach an arm64-only version to an x86_64 function', async () => {
    const ext = unique('ext');
    const prefix = `/${unique('stg')}`;
    const staging = await run({
      layers: `${ext}@arm64=${layerDir('arm')}`,
      'ssm-parameter': `${prefix}/{layer}/{arch}/arn`,
    });
    expect(staging.code, staging.stdout).toBe(0);
    const armArn = layerOutputs(staging)[`${ext}@arm64`]!.arn!;
    const x86 = unique('fn');
    await createFunction(c, x86, { alias: 'live' });
    const prod = await run({ layers: `ssm:${prefix}/${ext}/arm64/arn`, functions: x86 });
    expect(prod.code).toBe(1);
    expect(prod.stdout).toContain(
      `"${x86}" runs on x86_64, and layer ${ext} has no x86_64 variant (ssm:${prefix}/${ext}/arm64/arn): add a version of ${ext} built for x86_64`,
    );
    expect(await layersOf(x86)).not.toContain(armArn);
    expect(await publishedVersions(c, x86)).toEqual([1]);
  });
});
