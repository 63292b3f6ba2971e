import os from 'node:os';
import {
  CreateAliasCommand,
  DeleteFunctionCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { sharedMoto } from './support/suite.js';
import { runAction } from './support/action.js';
import { alias, createFunction, layerVersions, seedLayer, publishedVersions, tree, unique, zipOf } from './support/fixtures.js';

const { endpoint, c } = sharedMoto();

function run(inputs: Record<string, string>) {
  return runAction('main', inputs, { endpoint, workspace: os.tmpdir() });
}

/** A function with `count` published versions, each with different code. */
async function functionWithVersions(count: number): Promise<string> {
  const fn = unique('fn');
  await createFunction(c, fn);
  for (let i = 1; i <= count; i++) {
    await c.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: fn, ZipFile: zipOf({ 'app.py': `# ${i}` }) }));
    await c.lambda.send(new PublishVersionCommand({ FunctionName: fn }));
  }
  return fn;
}

describe('cleanup mode against moto_server', () => {
  it('keeps the newest layer versions and an old one an aliased version still uses', async () => {
    const layer = unique('deps');
    const arns: string[] = [];
    for (let i = 1; i <= 15; i++) arns.push(await seedLayer(c, layer, `content ${i}`));
    const fn = unique('fn');
    await createFunction(c, fn, { layers: [arns[2]!], alias: 'live' });
    // $LATEST moves on to the newest version: only the aliased version 1 still holds layer version 3.
    await c.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: fn, Layers: [arns[14]!] }));

    const result = await run({ mode: 'cleanup', 'layer-name': layer, functions: fn, 'keep-layer-versions': '5' });
    expect(result.code, result.stdout).toBe(0);
    expect(JSON.parse(result.outputs['deleted-layer-versions']!)).toEqual([10, 9, 8, 7, 6, 5, 4, 2, 1]);
    expect(await layerVersions(c, layer)).toEqual([3, 11, 12, 13, 14, 15]);
    expect(JSON.parse(result.outputs['deleted-function-versions']!)).toEqual({ [fn]: [] });
    expect(result.summary).toContain('Cleanup');
    // moto has no GetAccountSettings: said plainly, not as the parser's complaint about its HTML page.
    expect(result.summary).toContain(
      'Code storage: not available (GetAccountSettings: the endpoint does not implement it: HTTP 404, not JSON)',
    );
  });

  it('keeps the newest function versions and every version an alias routes to', async () => {
    const fn = await functionWithVersions(12);
    await c.lambda.send(new CreateAliasCommand({ FunctionName: fn, Name: 'live', FunctionVersion: '3' }));
    const routed = await functionWithVersions(5);
    await c.lambda.send(
      new CreateAliasCommand({
        FunctionName: routed,
        Name: 'live',
        FunctionVersion: '2',
        RoutingConfig: { AdditionalVersionWeights: { '3': 0.1 } },
      }),
    );

    const dry = await run({ mode: 'cleanup', functions: `${fn}\n${routed}`, 'keep-function-versions': '4', 'dry-run': 'true' });
    expect(dry.code, dry.stdout).toBe(0);
    expect(await publishedVersions(c, fn)).toHaveLength(12);

    const result = await run({ mode: 'cleanup', functions: `${fn}\n${routed}`, 'keep-function-versions': '4' });
    expect(result.code, result.stdout).toBe(0);
    const deleted = { [fn]: [8, 7, 6, 5, 4, 2, 1], [routed]: [1] };
    expect(JSON.parse(result.outputs['deleted-function-versions']!)).toEqual(deleted);
    expect(JSON.parse(dry.outputs['deleted-function-versions']!)).toEqual(deleted);
    expect(dry.summary).toContain('Would delete');
    expect(await publishedVersions(c, fn)).toEqual([3, 9, 10, 11, 12]);
    expect(await publishedVersions(c, routed)).toEqual([2, 3, 4, 5]);
    expect(JSON.parse(result.outputs['deleted-layer-versions']!)).toEqual([]);
  });

  it('deletes nothing in dry-run and reports the same layer list', async () => {
    const layer = unique('deps');
    for (let i = 1; i <= 4; i++) await seedLayer(c, layer, `content ${i}`);
    const dry = await run({ mode: 'cleanup', 'layer-name': layer, 'keep-layer-versions': '2', 'dry-run': 'true' });
    expect(dry.code, dry.stdout).toBe(0);
    expect(JSON.parse(dry.outputs['deleted-layer-versions']!)).toEqual([2, 1]);
    expect(await layerVersions(c, layer)).toEqual([1, 2, 3, 4]);
    const real = await run({ mode: 'cleanup', 'layer-name': layer, 'keep-layer-versions': '2' });
    expect(JSON.parse(real.outputs['deleted-layer-versions']!)).toEqual([2, 1]);
    expect(await layerVersions(c, layer)).toEqual([3, 4]);
  });

  it.each([
    ['keep-layer-versions', '0', "how many of each layer's newest versions cleanup keeps: at least the newest"],
    ['keep-function-versions', '0', "how many of each function's newest versions cleanup keeps: at least the newest"],
    ['keep-function-versions', 'ten', "how many of each function's newest versions cleanup keeps: at least the newest"],
  ])('rejects %s = %s, saying what it means and from 1 up, and deletes nothing', async (input, value, means) => {
    const layer = unique('deps');
    for (let i = 1; i <= 3; i++) await seedLayer(c, layer, `content ${i}`);
    const result = await run({ mode: 'cleanup', 'layer-name': layer, [input]: value });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::${input}: "${value}" is not a whole number from 1 up (${means})`);
    expect(await layerVersions(c, layer)).toEqual([1, 2, 3]);
  });

  it('fails on a listed layer that does not exist, naming it and the region, before deleting anything', async () => {
    const layer = unique('deps');
    const typo = unique('dpes');
    for (let i = 1; i <= 3; i++) await seedLayer(c, layer, `content ${i}`);
    const result = await run({ mode: 'cleanup', layers: `${layer}=unused\n${typo}=unused`, 'keep-layer-versions': '1' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::layers: layer "${typo}" does not exist in us-east-1: check the name and aws-region; nothing was deleted`,
    );
    expect(await layerVersions(c, layer)).toEqual([1, 2, 3]);
  });

  it('fails on a listed function that does not exist as on a layer, before deleting anything', async () => {
    const fn = await functionWithVersions(3);
    const typo = unique('fn');
    const result = await run({ mode: 'cleanup', functions: `${fn}\n${typo}`, 'keep-function-versions': '1' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `functions: function "${typo}" does not exist in us-east-1: check the name and aws-region; nothing was deleted`,
    );
    expect(await publishedVersions(c, fn)).toEqual([1, 2, 3]);
  });
});

describe('rollback mode against moto_server', () => {
  async function deployTwice() {
    const functions = [unique('fn'), unique('fn')];
    await Promise.all(functions.map((fn) => createFunction(c, fn, { alias: 'live' })));
    for (const round of ['a', 'b']) {
      const deployed = await run({ functions: functions.join('\n'), 'code-path': tree({ 'app.py': `# ${round}` }) });
      expect(deployed.code, deployed.stdout).toBe(0);
    }
    for (const fn of functions) expect((await alias(c, fn)).FunctionVersion).toBe('3');
    return functions;
  }

  it('returns every alias to the version before the last deploy, and will not bounce back on a second rollback', async () => {
    const functions = await deployTwice();
    const result = await run({ mode: 'rollback', functions: functions.join('\n') });
    expect(result.code, result.stdout).toBe(0);
    for (const fn of functions) expect((await alias(c, fn)).FunctionVersion).toBe('2');
    expect(JSON.parse(result.outputs['function-versions']!)).toEqual(Object.fromEntries(functions.map((fn) => [fn, '2'])));
    expect(JSON.parse(result.outputs['previous-versions']!)).toEqual(Object.fromEntries(functions.map((fn) => [fn, '3'])));
    expect(result.outputs['rolled-back']).toBe('true');

    const again = await run({ mode: 'rollback', functions: functions.join('\n') });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('carries no record of its previous version');
    for (const fn of functions) expect((await alias(c, fn)).FunctionVersion).toBe('2');
  });

  it('moves every alias to to-version when given', async () => {
    const functions = await deployTwice();
    const result = await run({ mode: 'rollback', functions: functions.join('\n'), 'to-version': '1' });
    expect(result.code, result.stdout).toBe(0);
    for (const fn of functions) expect((await alias(c, fn)).FunctionVersion).toBe('1');
  });

  it('tells a to-version that was never published from one that was deleted, moving nothing', async () => {
    const functions = await deployTwice();
    const never = await run({ mode: 'rollback', functions: functions.join('\n'), 'to-version': '9' });
    expect(never.code).toBe(1);
    expect(never.stdout).toContain(
      `to-version: "${functions[0]}" has no version 9 (given as to-version): its newest published version is 3; set to-version to a version that exists`,
    );
    expect(never.stdout).not.toContain('deleted');

    await c.lambda.send(new DeleteFunctionCommand({ FunctionName: functions[0], Qualifier: '2' }));
    const deleted = await run({ mode: 'rollback', functions: functions.join('\n'), 'to-version': '2' });
    expect(deleted.code).toBe(1);
    expect(deleted.stdout).toContain(
      `to-version: "${functions[0]}" has no version 2 (given as to-version): it was deleted (the newest is 3); set to-version to a version that exists`,
    );
    for (const fn of functions) expect((await alias(c, fn)).FunctionVersion).toBe('3');
  });

  it('moves nothing when one function has no record and no to-version is given', async () => {
    const functions = await deployTwice();
    const bare = unique('fn');
    await createFunction(c, bare, { alias: 'live' });
    const result = await run({ mode: 'rollback', functions: [...functions, bare].join('\n') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`to-version: "${bare}:live" carries no record of its previous version`);
    for (const fn of functions) expect((await alias(c, fn)).FunctionVersion).toBe('3');
    expect((await alias(c, bare)).FunctionVersion).toBe('1');
  });
});

describe('ssm-parameter against moto_server', () => {
  it('is created on the first deploy, untouched by a no-op deploy, updated by a new layer version', async () => {
    const layer = unique('deps');
    const name = `/layers/${layer}/arn`;
    const dir = tree({ 'python/a.py': 'a = 1\n' });
    const first = await run({ 'layer-name': layer, 'layer-path': dir, 'ssm-parameter': name });
    expect(first.code, first.stdout).toBe(0);
    const created = (await c.ssm.send(new GetParameterCommand({ Name: name }))).Parameter!;
    expect(created.Value).toBe(first.outputs['layer-version-arn']);
    expect(created.Version).toBe(1);

    const noop = await run({ 'layer-name': layer, 'layer-path': dir, 'ssm-parameter': name });
    expect(noop.code, noop.stdout).toBe(0);
    expect(noop.stdout).toContain(`SSM parameter ${name}: unchanged`);
    expect((await c.ssm.send(new GetParameterCommand({ Name: name }))).Parameter!.Version).toBe(1);

    tree({ 'python/a.py': 'a = 2\n' }, dir);
    const changed = await run({ 'layer-name': layer, 'layer-path': dir, 'ssm-parameter': name });
    expect(changed.code, changed.stdout).toBe(0);
    const updated = (await c.ssm.send(new GetParameterCommand({ Name: name }))).Parameter!;
    expect(updated.Value).toBe(changed.outputs['layer-version-arn']);
    expect(updated.Version).toBe(2);
  });

  it('is not written in dry-run', async () => {
    const layer = unique('deps');
    const name = `/layers/${layer}/arn`;
    const result = await run({
      'layer-name': layer,
      'layer-path': tree({ 'python/a.py': 'a' }),
      'ssm-parameter': name,
      'dry-run': 'true',
    });
    expect(result.code, result.stdout).toBe(0);
    await expect(c.ssm.send(new GetParameterCommand({ Name: name }))).rejects.toThrow(/ParameterNotFound|not found/i);
  });
});
