import {
  CreateAliasCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { sharedMoto } from '../support/suite.js';
import { actionRunner } from '../support/action.js';
import { createFunction, layerVersions, seedLayer, publishedVersions, unique, zipOf } from '../support/fixtures.js';

const { endpoint, c } = sharedMoto();
const { run } = actionRunner(endpoint);

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
