// A function's configuration moves in its version with the code and layers: runtime, architecture, environment,
// memory, timeout, handler, from the inputs and a function-config file. Read back through the proxy, which keeps what
// moto drops (the architecture UpdateFunctionCode sets).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  GetFunctionConfigurationCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { actionRunner, type Run } from '../support/action.js';
import { elfSharedObject } from '../support/elf.js';
import {
  alias,
  clients,
  createFunction,
  layerVersions,
  publishedVersions,
  seedLayer,
  tree,
  unique,
} from '../support/fixtures.js';
import { proxyFactory, sharedMoto } from '../support/suite.js';

const { moto, endpoint, c } = sharedMoto();
const proxy = proxyFactory(moto);
const { run, runPost } = actionRunner(endpoint);
// Reads as the action sees them: through the proxy, which keeps the architecture moto drops.
const viaProxy = clients(endpoint);

async function configOf(fn: string, qualifier?: string, client = viaProxy): Promise<FunctionConfiguration> {
  return client.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn, Qualifier: qualifier }));
}

const code = () => tree({ 'app.py': `def handler(event, context):\n    return "${unique('code')}"\n` });

/** Values a test sets in the environment: none may appear anywhere the step writes. */
const SECRET = { DB_URL: 'postgres://user:hunter2-old@db/app', OLD_FLAG: 'off-6f1c2' };
const NEW_DB_URL = 'postgres://user:s3cr3t-9a7e@db/app';
const FEATURE_X = 'on-b41d8';

function expectNoValue(step: Run, values: string[]): void {
  for (const value of values) {
    expect(step.stdout).not.toContain(value);
    expect(step.summary).not.toContain(value);
    expect(JSON.stringify(step.outputs)).not.toContain(value);
    expect(JSON.stringify(step.state)).not.toContain(value);
  }
}

/** A function on python3.12, 128 MB, with `live` on version 1, carrying SECRET unless told otherwise. */
async function liveFunction(
  options: { layers?: string[]; architecture?: 'x86_64' | 'arm64'; environment?: Record<string, string> } = {},
): Promise<string> {
  const fn = unique('fn');
  await createFunction(c, fn, { alias: 'live', environment: SECRET, ...options });
  return fn;
}

/** The step's debug log on, as ACTIONS_STEP_DEBUG turns it on. */
const debug = { env: { RUNNER_DEBUG: '1' } };

describe('configuration in the version', () => {
  it('publishes one version holding the code, the layer and the new runtime, memory, timeout, handler and environment', async () => {
    const layer = unique('deps');
    const fn = await liveFunction();
    const gate = await proxy({});
    const main = await run(
      {
        'layer-name': layer,
        'layer-path': tree({ 'python/deps.py': 'x = 1\n' }),
        functions: fn,
        'code-path': code(),
        runtime: 'python3.13',
        'memory-size': '1024',
        timeout: '30',
        handler: 'app.main',
        environment: `FEATURE_X=${FEATURE_X}\nDB_URL=${NEW_DB_URL}\nEMPTY=\nWITH_EQUALS=a=b`,
      },
      { endpoint: gate.url, ...debug },
    );
    expect(main.code, main.stdout).toBe(0);
    expect((await alias(c, fn)).FunctionVersion).toBe('2');
    const live = await configOf(fn, 'live');
    expect(live).toMatchObject({ Runtime: 'python3.13', MemorySize: 1024, Timeout: 30, Handler: 'app.main' });
    // merge: OLD_FLAG, not named, keeps its value.
    expect(live.Environment?.Variables).toEqual({
      DB_URL: NEW_DB_URL,
      OLD_FLAG: SECRET.OLD_FLAG,
      FEATURE_X,
      EMPTY: '',
      WITH_EQUALS: 'a=b',
    });
    expect(live.Layers?.map((l) => l.Arn)).toEqual([main.outputs['layer-version-arn']]);
    // The version before keeps what it had: a rollback brings it back whole.
    expect(await configOf(fn, '1')).toMatchObject({ Runtime: 'python3.12', MemorySize: 128, Timeout: 3, Handler: 'app.handler' });
    // One write of each, configuration and layers together.
    expect(gate.count('UpdateFunctionConfiguration', fn)).toBe(1);
    expect(gate.count('UpdateFunctionCode', fn)).toBe(1);
    expect(gate.count('PublishVersion', fn)).toBe(1);
    expect(main.stdout).toContain(
      `${fn}: new code, layers ${layer}; environment: +EMPTY +FEATURE_X +WITH_EQUALS ~DB_URL; memory 128 -> 1024; timeout 3 -> 30; runtime python3.12 -> python3.13; handler app.handler -> app.main; live: 1 -> new version`,
    );
    expect(main.summary).toContain('environment: +EMPTY +FEATURE_X +WITH_EQUALS ~DB_URL; memory 128 -&gt; 1024');
    // The settings' debug line names the variables given, never their values.
    expect(main.stdout).toMatch(/::debug::Settings: .*"Variables":\{"FEATURE_X":"\*\*\*","DB_URL":"\*\*\*"/);
    expectNoValue(main, [NEW_DB_URL, FEATURE_X, SECRET.DB_URL, SECRET.OLD_FLAG, 'a=b']);
  });

  it('replaces the environment with environment-mode: replace, logging +added ~changed -removed by key only', async () => {
    const fn = await liveFunction();
    const inputs = {
      functions: fn,
      environment: `FEATURE_X=${FEATURE_X}\nDB_URL=${NEW_DB_URL}`,
      'environment-mode': 'replace',
    };
    const dry = await run({ ...inputs, 'dry-run': 'true' }, debug);
    expect(dry.code, dry.stdout).toBe(0);
    expect(dry.stdout).toContain(
      `${fn}: same code, same layers; environment: +FEATURE_X ~DB_URL -OLD_FLAG; live: 1 -> new version`,
    );
    expect(dry.summary).toContain('environment: +FEATURE_X ~DB_URL -OLD_FLAG');
    expect(await publishedVersions(c, fn)).toEqual([1]);

    const main = await run(inputs, debug);
    expect(main.code, main.stdout).toBe(0);
    expect((await configOf(fn, 'live')).Environment?.Variables).toEqual({ FEATURE_X, DB_URL: NEW_DB_URL });
    for (const step of [dry, main]) expectNoValue(step, [NEW_DB_URL, FEATURE_X, SECRET.DB_URL, SECRET.OLD_FLAG]);
  });

  it('publishes a version for a configuration-only change and moves the alias; a rerun publishes nothing', async () => {
    const fn = await liveFunction();
    const gate = await proxy({});
    const main = await run({ functions: fn, 'memory-size': '512' }, { endpoint: gate.url });
    expect(main.code, main.stdout).toBe(0);
    expect(JSON.parse(main.outputs['function-versions']!)).toEqual({ [fn]: '2' });
    expect((await configOf(fn, 'live')).MemorySize).toBe(512);
    expect(gate.count('UpdateFunctionConfiguration', fn)).toBe(1);
    expect(gate.count('UpdateFunctionCode', fn)).toBe(0);
    expect(main.summary).toContain('memory 128 -&gt; 512');

    const again = await run({ functions: fn, 'memory-size': '512' }, { endpoint: gate.url });
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain(`${fn}: unchanged; live: stays on 2`);
    expect(gate.count('UpdateFunctionConfiguration', fn)).toBe(1);
    expect(gate.count('PublishVersion', fn)).toBe(1);
    expect(await publishedVersions(c, fn)).toEqual([1, 2]);
  });

  it("publishes what $LATEST holds when only the alias's version lacks it, and only then", async () => {
    // What a run that stopped after its configuration update leaves, or a change made on $LATEST by hand.
    const fn = await liveFunction();
    await c.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: fn, MemorySize: 256 }));
    const gate = await proxy({});
    const main = await run({ functions: fn, 'memory-size': '256' }, { endpoint: gate.url });
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toContain(`${fn}: same code, same layers; memory 128 -> 256; live: 1 -> new version`);
    expect(gate.count('UpdateFunctionConfiguration', fn)).toBe(0);
    expect(gate.count('PublishVersion', fn)).toBe(1);
    expect((await configOf(fn, 'live')).MemorySize).toBe(256);
  });
});

describe('a move to arm64', () => {
  it('sends the architecture with the code and attaches the arm64 variant of the layer', async () => {
    const ext = unique('ext');
    const x86Layer = await seedLayer(c, ext);
    const fn = await liveFunction({ layers: [x86Layer] });
    const gate = await proxy({});
    const layers = `${ext}@x86_64=${tree({ 'python/x86.py': '1\n' })}\n${ext}@arm64=${tree({ 'python/arm.py': '1\n' })}`;
    const main = await run({ layers, functions: fn, 'code-path': code(), architecture: 'arm64' }, { endpoint: gate.url });
    expect(main.code, main.stdout).toBe(0);
    const out = JSON.parse(main.outputs['layer-versions']!) as Record<string, { arn: string }>;
    const live = await configOf(fn, 'live', clients(gate.url));
    expect(live.Architectures).toEqual(['arm64']);
    expect(live.Layers?.map((l) => l.Arn)).toEqual([out[`${ext}@arm64`]!.arn]);
    expect((await configOf(fn, '1', clients(gate.url))).Architectures).toEqual(['x86_64']);
    expect(gate.count('UpdateFunctionCode', fn)).toBe(1);
    expect(main.stdout).toContain('architecture x86_64 -> arm64');
  });

  it('sends the code even when $LATEST has the same, for the architecture goes with it', async () => {
    const fn = await liveFunction();
    const dir = code();
    const first = await run({ functions: fn, 'code-path': dir });
    expect(first.code, first.stdout).toBe(0);
    const gate = await proxy({});
    const main = await run({ functions: fn, 'code-path': dir, architecture: 'arm64' }, { endpoint: gate.url });
    expect(main.code, main.stdout).toBe(0);
    expect(gate.count('UpdateFunctionCode', fn)).toBe(1);
    expect((await configOf(fn, 'live', clients(gate.url))).Architectures).toEqual(['arm64']);
  });

  it('fails the plan for a function that would change architecture without its code, writing nothing', async () => {
    const layer = unique('deps');
    const fn = await liveFunction({ layers: [await seedLayer(c, layer)] });
    const main = await run({
      'layer-name': layer,
      'layer-path': tree({ 'python/new.py': '1\n' }),
      functions: fn,
      architecture: 'arm64',
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      `architecture: "${fn}" moves from x86_64 to arm64, and its code must move with it, built for arm64: set code-path or ${fn}=PATH`,
    );
    expect(await layerVersions(c, layer)).toEqual([1]);
    expect(await publishedVersions(c, fn)).toEqual([1]);
  });
});

describe('checked in the plan, before any write', () => {
  const big = 'x'.repeat(2100);
  it.each([
    [
      'an environment above 4 KB once merged',
      { environment: `BIG_A=${big}\nBIG_B=${big}` },
      /::error::Reading the functions failed for 1 of 1:%0Aenvironment: ".*" would have \d+ bytes of environment variables/,
    ],
    [
      'a memory size out of range',
      { 'memory-size': '20000' },
      /::error::memory-size: 20000 is not a whole number from 128 to 10240 \(MB\)/,
    ],
    ['a timeout out of range', { timeout: '901' }, /::error::timeout: 901 is not a whole number from 1 to 900 \(seconds\)/],
    ['an unknown runtime', { runtime: 'python3.99' }, /::error::runtime: "python3.99" is not a Lambda runtime/],
    ['a reserved key', { environment: 'AWS_REGION=eu-west-1' }, /::error::environment: AWS_REGION is reserved: Lambda sets it/],
    ['a key Lambda refuses', { environment: 'MY-KEY=1' }, /::error::environment: "MY-KEY" is not a variable name Lambda accepts/],
    [
      'a line without =',
      { environment: `FINE=1\n${big}` },
      /::error::environment: line 2 has no "=" \(use KEY=VALUE, one per line\)/,
    ],
    [
      'an architecture Lambda has not',
      { architecture: 'amd64' },
      /::error::architecture: "amd64" is not a Lambda architecture \(x86_64 or arm64\)/,
    ],
    ['a handler with a space', { handler: 'app handler' }, /::error::handler: "app handler" is not a handler/],
    [
      'an environment mode',
      { environment: 'A1=1', 'environment-mode': 'append' },
      /::error::environment-mode: "append" is not an environment mode \(use merge or replace\)/,
    ],
  ])('%s', async (_, bad, message) => {
    const layer = unique('deps');
    const fn = await liveFunction({ layers: [await seedLayer(c, layer)] });
    const gate = await proxy({});
    const main = await run(
      { 'layer-name': layer, 'layer-path': tree({ 'python/new.py': '1\n' }), functions: fn, ...bad },
      { endpoint: gate.url },
    );
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(message);
    expect(main.stdout).not.toContain(big);
    expect(await layerVersions(c, layer)).toEqual([1]);
    expect(await publishedVersions(c, fn)).toEqual([1]);
    for (const write of ['UpdateFunctionConfiguration', 'UpdateFunctionCode', 'PublishLayerVersion']) {
      expect(gate.count(write)).toBe(0);
    }
  });
});

describe('the environment measured as Lambda measures it', () => {
  it('counts the variables a merge keeps: over 4 KB merged fails the plan, the same variables replacing pass', async () => {
    const fn = await liveFunction({ environment: { KEPT: 'k'.repeat(2100) } });
    const given = { functions: fn, environment: `ADDED=${'a'.repeat(2100)}` };
    const merged = await run(given);
    expect(merged.code).toBe(1);
    expect(merged.stdout).toMatch(
      new RegExp(
        `::error::Reading the functions failed for 1 of 1:%0Aenvironment: "${fn}" would have 42\\d\\d bytes of environment variables \\(2 variables`,
      ),
    );
    expect(merged.stdout).not.toContain('kkkk');
    expect(await publishedVersions(c, fn)).toEqual([1]);

    const replaced = await run({ ...given, 'environment-mode': 'replace' });
    expect(replaced.code, replaced.stdout).toBe(0);
    expect(Object.keys((await configOf(fn, 'live')).Environment?.Variables ?? {})).toEqual(['ADDED']);
  });
});

describe('two deploys at once', () => {
  it('the loser of a configuration race fails on its RevisionId before publishing: no version mixes the two', async () => {
    const fn = await liveFunction();
    const racing = await proxy({});
    const aHeld = racing.hold({ operation: 'UpdateFunctionConfiguration', who: 'runA' });
    const bHeld = racing.hold({ operation: 'UpdateFunctionConfiguration', who: 'runB' });
    const a = run({ functions: fn, 'memory-size': '512' }, { endpoint: racing.url, who: 'runA' });
    const b = run({ functions: fn, 'memory-size': '1024', timeout: '9' }, { endpoint: racing.url, who: 'runB' });
    // Both planned on the same revision.
    await Promise.all([aHeld.reached, bHeld.reached]);
    aHeld.release();
    const winner = await a;
    bHeld.release();
    const loser = await b;
    expect(winner.code, winner.stdout).toBe(0);
    expect(loser.code).toBe(1);
    expect(loser.stdout).toContain(`UpdateFunctionConfiguration ${fn}: PreconditionFailedException`);
    expect(await publishedVersions(c, fn)).toEqual([1, 2]);
    expect(await configOf(fn, '2')).toMatchObject({ MemorySize: 512, Timeout: 3 });
    expect(await configOf(fn)).toMatchObject({ MemorySize: 512, Timeout: 3 });
  });
});

describe('function-config', () => {
  function workspace(name: string, content: string): string {
    const dir = tree({});
    writeFileSync(path.join(dir, name), content);
    return dir;
  }

  it('takes a field from the function, then *, then the inputs, and variables one by one, from YAML', async () => {
    const [a, b] = [await liveFunction(), await liveFunction()];
    const dir = workspace(
      'functions.yml',
      [
        "'*':",
        '  MemorySize: 256',
        '  Environment: { Variables: { SHARED: from-star, OWN: from-star } }',
        `${a}:`,
        '  MemorySize: 512',
        '  Description: orders API',
        '  EphemeralStorage: { Size: 1024 }',
        '  Environment:',
        '    Variables:',
        '      OWN: from-a',
      ].join('\n'),
    );
    const gate = await proxy({});
    const main = await run(
      {
        functions: `${a}\n${b}`,
        'function-config': 'functions.yml',
        'memory-size': '1024',
        timeout: '20',
        environment: 'FROM_INPUT=yes\nSHARED=from-input',
      },
      { endpoint: gate.url, workspace: dir },
    );
    expect(main.code, main.stdout).toBe(0);
    const [liveA, liveB] = [await configOf(a, 'live', clients(gate.url)), await configOf(b, 'live', clients(gate.url))];
    expect(liveA).toMatchObject({ MemorySize: 512, Timeout: 20, EphemeralStorage: { Size: 1024 } });
    expect(liveA.Environment?.Variables).toEqual({ ...SECRET, SHARED: 'from-star', OWN: 'from-a', FROM_INPUT: 'yes' });
    expect(liveB).toMatchObject({ MemorySize: 256, Timeout: 20, EphemeralStorage: { Size: 512 } });
    expect(liveB.Environment?.Variables).toEqual({ ...SECRET, SHARED: 'from-star', OWN: 'from-star', FROM_INPUT: 'yes' });
    expect((await configOf(a)).Description).toBe('orders API');
    expect(main.stdout).toContain('ephemeral storage 512 -> 1024; description changed');
  });

  it.each([
    [
      'an unknown field',
      'json',
      (fn: string) => JSON.stringify({ [fn]: { MemorySize: 256, Memory: 1 } }),
      (fn: string) => `function-config cfg.json: ${fn}: "Memory" is not a field it takes`,
    ],
    [
      'a function not listed',
      'yml',
      () => 'other-fn:\n  Timeout: 5\n',
      () => 'function-config cfg.yml: "other-fn" is not one of the functions listed in functions',
    ],
    [
      'a bad value',
      'yaml',
      (fn: string) => `${fn}:\n  Timeout: 0\n`,
      (fn: string) => `function-config cfg.yaml: ${fn}.Timeout: 0 is not a whole number from 1 to 900 (seconds)`,
    ],
    [
      'an architecture not in a list',
      'yml',
      (fn: string) => `${fn}:\n  Architectures: arm64\n`,
      (fn: string) => `function-config cfg.yml: ${fn}.Architectures: is a list of exactly one architecture`,
    ],
    [
      'a value that is not text',
      'yml',
      (fn: string) => `${fn}:\n  Environment: { Variables: { PORT: 8080 } }\n`,
      (fn: string) => `function-config cfg.yml: ${fn}.Environment.Variables.PORT: is not a string`,
    ],
    [
      'invalid YAML, without quoting the line',
      'yml',
      (fn: string) => `${fn}:\n  Environment: { Variables: { TOKEN: hunter2-yaml: x } }\n`,
      () => 'function-config cfg.yml: is not valid YAML at line 2, column',
    ],
    [
      'invalid JSON, without quoting it',
      'json',
      (fn: string) => `{"${fn}": {"Environment": {"Variables": {"TOKEN": hunter2-json}}}}`,
      () => 'function-config cfg.json: is not valid JSON',
    ],
  ])('names the file, the function and the field for %s, writing nothing', async (_, ext, content, message) => {
    const fn = await liveFunction();
    const dir = workspace(`cfg.${ext}`, content(fn));
    const main = await run({ functions: fn, 'function-config': `cfg.${ext}`, 'memory-size': '256' }, { workspace: dir });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(`::error::${message(fn)}`);
    expect(main.stdout).not.toContain('hunter2');
    expect(await publishedVersions(c, fn)).toEqual([1]);
  });
});

describe('verify holds the layers to the new runtime and architecture', () => {
  const extension = (minor: number) => ({
    [`python/fast.cpython-3${minor}-x86_64-linux-gnu.so`]: elfSharedObject(),
  });

  it('passes a cpython-313 layer for a function moving to python3.13, and fails it for one staying on 3.12', async () => {
    const layer = unique('deps');
    const fn = await liveFunction({ layers: [await seedLayer(c, layer)] });
    const dir = tree({ 'python/ok.py': '1\n' });
    for (const [name, content] of Object.entries(extension(13))) writeFileSync(path.join(dir, name), content);

    const staying = await run({ 'layer-name': layer, 'layer-path': dir, functions: fn });
    expect(staying.code).toBe(1);
    expect(staying.stdout).toContain('a CPython 3.13 extension; expected CPython 3.12');

    const moving = await run({ 'layer-name': layer, 'layer-path': dir, functions: fn, runtime: 'python3.13' });
    expect(moving.code, moving.stdout).toBe(0);
    expect((await configOf(fn, 'live')).Runtime).toBe('python3.13');
  });

  it('holds a layer to the new architecture', async () => {
    const layer = unique('deps');
    const fn = await liveFunction({ layers: [await seedLayer(c, layer)] });
    const dir = tree({ 'python/ok.py': '1\n' });
    writeFileSync(path.join(dir, 'python/fast.cpython-312-x86_64-linux-gnu.so'), elfSharedObject({ machine: 'x86_64' }));
    const main = await run({
      'layer-name': layer,
      'layer-path': dir,
      functions: fn,
      'code-path': code(),
      architecture: 'arm64',
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(`ELF for x86_64; expected arm64 (function ${fn})`);
    expect(await layerVersions(c, layer)).toEqual([1]);
  });
});

describe('rollback brings the configuration back with the version', () => {
  const change = (fn: string) => ({
    functions: fn,
    'code-path': code(),
    'memory-size': '2048',
    environment: `DB_URL=${NEW_DB_URL}`,
    runtime: 'python3.13',
  });
  const old = { MemorySize: 128, Runtime: 'python3.12', Environment: { Variables: SECRET } };

  it('in the post step, leaving the new configuration on $LATEST', async () => {
    const fn = await liveFunction();
    const main = await run(change(fn));
    expect(main.code, main.stdout).toBe(0);
    expect(await configOf(fn, 'live')).toMatchObject({ MemorySize: 2048, Runtime: 'python3.13' });
    const post = await runPost(main);
    expect(post.code, post.stdout).toBe(0);
    expect((await alias(c, fn)).FunctionVersion).toBe('1');
    expect(await configOf(fn, 'live')).toMatchObject(old);
    expect(await configOf(fn)).toMatchObject({ MemorySize: 2048, Runtime: 'python3.13' });
  });

  it('with mode: rollback', async () => {
    const fn = await liveFunction();
    expect((await run(change(fn))).code).toBe(0);
    expect(await configOf(fn, 'live')).toMatchObject({ MemorySize: 2048, Runtime: 'python3.13' });
    const back = await run({ mode: 'rollback', functions: fn });
    expect(back.code, back.stdout).toBe(0);
    expect(await configOf(fn, 'live')).toMatchObject(old);
  });

  it('when one move fails: the alias that moved goes back to its version and configuration', async () => {
    const [a, b] = [await liveFunction(), await liveFunction()];
    const faulty = await proxy({ failUpdateAlias: [b] });
    const main = await run({ ...change(a), functions: `${a}\n${b}` }, { endpoint: faulty.url });
    expect(main.code).toBe(1);
    expect(main.outputs['rolled-back']).toBe('true');
    // The version a's alias had moved to holds the new configuration; the one it is back on, the old.
    expect(await configOf(a, '2')).toMatchObject({ MemorySize: 2048, Runtime: 'python3.13' });
    for (const fn of [a, b]) {
      expect((await alias(c, fn)).FunctionVersion).toBe('1');
      expect(await configOf(fn, 'live')).toMatchObject(old);
    }
  });
});

describe('$LATEST between the configuration update and the code update', () => {
  const before = async (fn: string) => {
    const { Runtime, MemorySize, Environment, Layers, CodeSha256 } = await configOf(fn);
    return { Runtime, MemorySize, Environment, Layers, CodeSha256 };
  };

  it('gets its previous configuration and environment back when the code update is refused', async () => {
    const fn = await liveFunction();
    const was = await before(fn);
    const faulty = await proxy({ refuseUpdate: { [fn]: 'UpdateFunctionCode' } });
    const main = await run(
      { functions: fn, 'code-path': code(), runtime: 'python3.13', environment: `DB_URL=${NEW_DB_URL}` },
      { endpoint: faulty.url },
    );
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(`$LATEST of ${fn}: its previous configuration put back.%0ANo alias was moved.`);
    expect(await before(fn)).toEqual(was);
    expectNoValue(main, [NEW_DB_URL, SECRET.DB_URL]);
  });

  it('gets them back in the post step after a cancelled job, the environment read from the version holding it', async () => {
    const fn = await liveFunction();
    const was = await before(fn);
    const gate = await proxy({});
    const coding = gate.hold({ operation: 'UpdateFunctionCode', fn });
    const main = await run(
      { functions: fn, 'code-path': code(), 'memory-size': '512', environment: `DB_URL=${NEW_DB_URL}` },
      { endpoint: gate.url, cancel: coding.reached },
    );
    expect(main.code).not.toBe(0);
    expect(await configOf(fn)).toMatchObject({ MemorySize: 512 });
    expectNoValue(main, [NEW_DB_URL, SECRET.DB_URL]);

    const post = await runPost(main);
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain(`$LATEST of ${fn}: its previous configuration put back`);
    expect(await before(fn)).toEqual(was);
  });
});
