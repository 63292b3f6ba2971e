import { GetFunctionConfigurationCommand, UpdateFunctionCodeCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { proxyFactory, sharedMoto } from '../support/suite.js';
import { actionRunner } from '../support/action.js';
import {
  alias,
  createFunction,
  layerVersions,
  publishedVersions,
  seedLayer,
  stack as makeStack,
  tree,
  unique,
  zipOf,
  type Stack,
} from '../support/fixtures.js';

const { moto, endpoint, c } = sharedMoto();
const proxy = proxyFactory(moto);
const { run, runPost } = actionRunner(endpoint);

const stack = (count = 3) => makeStack(c, { count });

function inputs(s: Stack, extra: Record<string, string> = {}): Record<string, string> {
  return { ...s.inputs, ...extra };
}

/** What unqualified invokes and event source mappings run: $LATEST's code and layers. */
async function latest(fn: string): Promise<{ code: string | undefined; layers: (string | undefined)[] | undefined }> {
  const config = await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn }));
  return { code: config.CodeSha256, layers: config.Layers?.map((layer) => layer.Arn) };
}

async function aliasTargets(functions: string[]): Promise<string[]> {
  return Promise.all(functions.map(async (fn) => (await alias(c, fn)).FunctionVersion!));
}

describe('atomic deploy against moto_server', () => {
  it('gives every function its code and the new layer in one version, keeps the other layer, and moves every alias', async () => {
    const s = await stack();
    const before = await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: s.functions[0] }));
    const main = await run(inputs(s));
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs['layer-published']).toBe('true');
    const newLayer = main.outputs['layer-version-arn']!;
    expect(newLayer).toMatch(/:2$/);
    expect(JSON.parse(main.outputs['function-versions']!)).toEqual(Object.fromEntries(s.functions.map((fn) => [fn, '2'])));
    expect(JSON.parse(main.outputs['previous-versions']!)).toEqual(Object.fromEntries(s.functions.map((fn) => [fn, '1'])));
    for (const fn of s.functions) {
      const live = await alias(c, fn);
      expect(live.FunctionVersion).toBe('2');
      expect(live.Description).toMatch(/^previous=1 by octo\/app@abcdef0 run 4242/);
      const published = await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn, Qualifier: 'live' }));
      expect(published.Layers?.map((layer) => layer.Arn)).toEqual([newLayer, s.otherV1]);
      expect(published.Description).toContain('octo/app@abcdef0');
      const latest = await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn }));
      expect(latest.CodeSha256).not.toBe(before.CodeSha256);
      expect(published.CodeSha256).toBe(latest.CodeSha256);
    }
    expect(main.stdout).toContain('::group::Move alias live of 3 function(s), all or nothing');
    for (const fn of s.functions) expect(main.summary).toContain(fn);
    expect(main.summary).toContain('1 → 2');
    expect(main.summary).toContain(`${s.layer}:2`);
  });

  it('changes nothing when a listed function does not exist: no layer, no version, no alias moved', async () => {
    const s = await stack();
    const missing = unique('missing');
    const main = await run({ ...inputs(s), functions: [...s.functions.slice(0, 2), missing].join('\n') });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(`::error::Reading the functions failed for 1 of 3:%0Afunctions: "${missing}" does not exist`);
    expect(await layerVersions(c, s.layer)).toEqual([1]);
    for (const fn of s.functions) expect(await publishedVersions(c, fn)).toEqual([1]);
    expect(await aliasTargets(s.functions)).toEqual(['1', '1', '1']);
  });

  it.each([
    [
      'a name given twice',
      (s: Stack) => ({ functions: `${s.functions[0]}\n${s.functions[0]}` }),
      /::error::functions: ".*" is listed twice/,
    ],
    ['a bad max-parallel', () => ({ 'max-parallel': '0' }), /::error::max-parallel: "0" is not a whole number from 1 to 50/],
  ])('rejects %s before the layer is published', async (_, bad, message) => {
    const s = await stack(1);
    const main = await run({ ...inputs(s), ...bad(s) });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(message);
    expect(await layerVersions(c, s.layer)).toEqual([1]);
    expect(await publishedVersions(c, s.functions[0]!)).toEqual([1]);
  });

  it('puts every alias back when a later step of the job fails, and deletes an alias it created', async () => {
    const s = await stack(2);
    const fresh = unique('fn');
    await createFunction(c, fresh, { layers: [s.sharedV1] });
    const main = await run({ ...inputs(s), functions: [...s.functions, fresh].join('\n') });
    expect(main.code, main.stdout).toBe(0);
    expect(await aliasTargets([...s.functions, fresh])).toEqual(['2', '2', '1']);
    expect((JSON.parse(main.outputs['previous-versions']!) as Record<string, string | null>)[fresh]).toBeNull();

    const post = await runPost(main, inputs(s));
    expect(post.code, post.stdout).toBe(0);
    expect(post.outputs['rolled-back']).toBe('true');
    expect(await aliasTargets(s.functions)).toEqual(['1', '1']);
    await expect(alias(c, fresh)).rejects.toThrow(/Cannot find alias/);
    expect(post.summary).toContain('rolled back');
    expect(post.summary).toContain('deleted');
    expect((await alias(c, s.functions[0]!)).Description ?? '').not.toContain('previous=1');

    // Idempotent: a second run finds everything in place.
    const again = await runPost(main, inputs(s));
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('already in place');
    expect(await aliasTargets(s.functions)).toEqual(['1', '1']);
  });

  it('leaves the aliases alone in the post step when rollback-on-failure is false', async () => {
    const s = await stack(2);
    const main = await run(inputs(s, { 'rollback-on-failure': 'false' }));
    expect(main.code, main.stdout).toBe(0);
    const post = await runPost(main, inputs(s, { 'rollback-on-failure': 'false' }));
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('rollback-on-failure is false');
    expect(await aliasTargets(s.functions)).toEqual(['2', '2']);
  });

  it('changes nothing in dry-run and reports the plan', async () => {
    const s = await stack(2);
    const main = await run(inputs(s, { 'dry-run': 'true' }));
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toContain('a version would be published');
    expect(main.summary).toContain('would move');
    expect(main.state).toEqual({});
    expect(await layerVersions(c, s.layer)).toEqual([1]);
    for (const fn of s.functions) expect(await publishedVersions(c, fn)).toEqual([1]);
    expect(await aliasTargets(s.functions)).toEqual(['1', '1']);
  });

  it('reports functions already carrying the code and layer as unchanged, and publishes nothing on a rerun', async () => {
    const s = await stack(2);
    const first = await run(inputs(s));
    expect(first.code, first.stdout).toBe(0);
    const second = await run(inputs(s));
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['layer-published']).toBe('false');
    expect(JSON.parse(second.outputs['function-versions']!)).toEqual(JSON.parse(first.outputs['function-versions']!));
    expect(second.summary).toContain('unchanged');
    for (const fn of s.functions) expect(await publishedVersions(c, fn)).toEqual([1, 2]);
  });

  it('deploys code alone, creating the alias where there is none, and leaves excluded files out', async () => {
    const fn = unique('fn');
    await createFunction(c, fn);
    const code = tree({ 'app.py': 'def handler(e, c): return 1\n' });
    const main = await run({ functions: fn, 'code-path': code });
    expect(main.code, main.stdout).toBe(0);
    expect((await alias(c, fn)).FunctionVersion).toBe('1');
    expect(JSON.parse(main.outputs['function-versions']!)).toEqual({ [fn]: '1' });
    expect(main.outputs['layer-published']).toBeUndefined();
    expect(main.summary).toContain('created');

    tree({ '__pycache__/app.cpython-312.pyc': 'bytecode' }, code);
    const again = await run({ functions: fn, 'code-path': code });
    expect(again.code, again.stdout).toBe(0);
    expect(again.summary).toContain('unchanged');
    expect(await publishedVersions(c, fn)).toEqual([1]);
  });

  it('runs outside a runner, with no GITHUB_SHA, GITHUB_REPOSITORY or GITHUB_RUN_ID, and says so in the descriptions', async () => {
    const fn = unique('fn');
    await createFunction(c, fn, { alias: 'live' });
    const code = tree({ 'app.py': `def handler(e, c): return "${unique('code')}"\n` });
    const env = { GITHUB_SHA: undefined, GITHUB_REPOSITORY: undefined, GITHUB_RUN_ID: undefined };
    const main = await run({ functions: fn, 'code-path': code }, { env });
    expect(main.code, main.stdout).toBe(0);
    const live = await alias(c, fn);
    expect(live.FunctionVersion).toBe('2');
    expect(live.Description).toBe('previous=1 by local@unknown run 0');
  });

  it('refuses a sixth layer before writing anything', async () => {
    const s = await stack(1);
    const five = await Promise.all(Array.from({ length: 5 }, () => seedLayer(c, unique('l'))));
    const fn = unique('fn');
    await createFunction(c, fn, { layers: five, alias: 'live' });
    const main = await run({ ...inputs(s), functions: fn });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(`::error::Reading the functions failed for 1 of 1:%0Alayer-name: "${fn}" would carry 6 layers`);
    expect(await layerVersions(c, s.layer)).toEqual([1]);
  });
});

describe('atomic deploy behind a fault-injecting proxy', () => {
  it('waits out updates in progress and 409 conflicts, then succeeds', async () => {
    const s = await stack(3);
    const [busy, conflicting, plain] = s.functions as [string, string, string];
    const faulty = await proxy({ inProgressPolls: 3, busyAtStart: [busy], conflictOnce: [conflicting] });
    const main = await run(inputs(s), { endpoint: faulty.url });
    expect(main.code, main.stdout).toBe(0);
    expect(await aliasTargets(s.functions)).toEqual(['2', '2', '2']);
    // The plan waited for the update in progress, so the first write went through.
    expect(faulty.count('UpdateFunctionConfiguration', busy)).toBe(1);
    // A 409 at the first write, the layers': sent again once the update finished.
    expect(faulty.count('UpdateFunctionConfiguration', conflicting)).toBe(2);
    expect(faulty.count('UpdateFunctionConfiguration', plain)).toBe(1);
    for (const fn of s.functions) expect(faulty.count('UpdateFunctionCode', fn)).toBe(1);
    // Two updates, each reported InProgress for 3 polls before Successful, read by the SDK's waiter.
    expect(faulty.count('GetFunction', plain)).toBeGreaterThanOrEqual(8);
    expect(faulty.count('PublishVersion', plain)).toBe(1);
  });

  it('fails with the reason when an update ends Failed, and moves no alias', async () => {
    const s = await stack(2);
    const faulty = await proxy({ inProgressPolls: 1, failUpdate: [s.functions[1]!] });
    const main = await run(inputs(s), { endpoint: faulty.url });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      `${s.functions[1]}: the update failed: InvalidImage injected: the package could not be unpacked`,
    );
    expect(main.stdout).toContain('No alias was moved.');
    expect(await aliasTargets(s.functions)).toEqual(['1', '1']);
    expect(faulty.count('UpdateAlias')).toBe(0);
  });

  it('gives up on an update that outlasts wait-timeout', async () => {
    const s = await stack(1);
    const faulty = await proxy({ inProgressPolls: 1000 });
    const main = await run(inputs(s, { 'wait-timeout': '3' }), { endpoint: faulty.url });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(`${s.functions[0]}: the update did not finish within wait-timeout`);
    expect(await aliasTargets(s.functions)).toEqual(['1']);
  });

  it.each([
    ['UpdateFunctionConfiguration is refused', 'UpdateFunctionConfiguration' as const, 'still on its previous code and layers'],
    ['the second of its two updates is refused', 2, 'its previous layers put back'],
  ])('leaves $LATEST on its previous code and layers when %s, and says so', async (_, refused, outcome) => {
    const s = await stack(1);
    const fn = s.functions[0]!;
    const before = await latest(fn);
    const faulty = await proxy({ refuseUpdate: { [fn]: refused } });
    const main = await run(inputs(s), { endpoint: faulty.url });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(`${fn}: InvalidParameterValueException: Unzipped size must be smaller than 262144000 bytes`);
    expect(main.stdout).toContain(`%0A$LATEST of ${fn}: ${outcome}.%0ANo alias was moved.`);
    expect(await latest(fn)).toEqual(before);
    expect(await publishedVersions(c, fn)).toEqual([1]);

    const post = await runPost(main);
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain(`$LATEST of ${fn}: still on its previous code and layers`);
    expect(post.summary).toContain(`<code>$LATEST</code> of <code>${fn}</code>: still on its previous code and layers`);
    expect(await latest(fn)).toEqual(before);
  });

  it('puts back the previous layers of a $LATEST left between its two updates by a cancelled job, rollback-on-failure false too', async () => {
    const s = await stack(1);
    const fn = s.functions[0]!;
    const before = await latest(fn);
    const gate = await proxy({});
    const coding = gate.hold({ operation: 'UpdateFunctionCode', fn });
    const main = await run(inputs(s, { 'rollback-on-failure': 'false' }), { endpoint: gate.url, cancel: coding.reached });
    expect(main.code).not.toBe(0);
    // Cancelled with the new layers on the previous code: what unqualified invokes would run.
    const mixed = await latest(fn);
    expect(mixed.code).toBe(before.code);
    expect(mixed.layers).not.toEqual(before.layers);

    const post = await runPost(main);
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain(`$LATEST of ${fn}: its previous layers put back`);
    expect(await latest(fn)).toEqual(before);
  });

  it('leaves a $LATEST another deploy has changed since the cancelled job left it', async () => {
    const s = await stack(1);
    const fn = s.functions[0]!;
    const gate = await proxy({});
    const coding = gate.hold({ operation: 'UpdateFunctionCode', fn });
    const main = await run(inputs(s), { endpoint: gate.url, cancel: coding.reached });
    expect(main.code).not.toBe(0);
    await c.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: fn, ZipFile: zipOf({ 'app.py': '# theirs' }) }));
    const theirs = await latest(fn);

    const post = await runPost(main);
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain(`$LATEST of ${fn}: changed by another deploy since: left alone`);
    expect(await latest(fn)).toEqual(theirs);
  });

  it('publishes exactly one layer version when PublishLayerVersion is throttled once', async () => {
    const s = await stack(1);
    const faulty = await proxy({ throttleOnce: ['PublishLayerVersion'] });
    const main = await run(inputs(s), { endpoint: faulty.url });
    expect(main.code, main.stdout).toBe(0);
    expect(faulty.count('PublishLayerVersion')).toBe(2);
    expect(await layerVersions(c, s.layer)).toEqual([1, 2]);
  });

  it('moves the first alias back and fails when UpdateAlias fails for the second function', async () => {
    const s = await stack(3);
    const faulty = await proxy({ failUpdateAlias: [s.functions[1]!] });
    const main = await run(inputs(s), { endpoint: faulty.url });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(
      new RegExp(
        `::error::Moving the aliases failed for 1 of 3:%0AUpdateAlias ${s.functions[1]}:live: InvalidParameterValueException`,
      ),
    );
    expect(main.stdout).toContain('All or nothing: rolled back');
    expect(await aliasTargets(s.functions)).toEqual(['1', '1', '1']);
    expect(main.outputs['rolled-back']).toBe('true');
  });
});
