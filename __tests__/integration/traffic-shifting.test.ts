import type { AliasConfiguration } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { proxyFactory, sharedMoto } from '../support/suite.js';
import { actionRunner } from '../support/action.js';
import {
  alias,
  createAlarm,
  stack as makeStack,
  layerVersions,
  publishedVersions,
  setAlarm,
  unique,
} from '../support/fixtures.js';
import type { Faults } from '../support/proxy.js';

const { moto, endpoint, c } = sharedMoto();
const proxy = proxyFactory(moto);
const { run, runPost } = actionRunner(endpoint);

const missing = (fn: string, client = c): Promise<boolean> =>
  alias(client, fn).then(
    () => false,
    (error: Error) => error.name === 'ResourceNotFoundException',
  );

const routing = (config: AliasConfiguration): Record<string, number> => config.RoutingConfig?.AdditionalVersionWeights ?? {};

const stack = (extra: { withoutAlias?: number } = {}) => makeStack(c, { count: 2, ...extra });

/** Reads every function's alias until `done` settles; resolves with every reading, in order. */
async function watchAliases(functions: string[], done: Promise<unknown>): Promise<AliasConfiguration[][]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const readings: AliasConfiguration[][] = [];
  while (!finished) {
    readings.push(await Promise.all(functions.map((fn) => alias(c, fn))));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readings;
}

/** Resolves at the first reading where every function's alias sends `weight` of its traffic to version 2. */
async function routedTo(functions: string[], weight: number, limitSeconds = 60): Promise<void> {
  const deadline = Date.now() + limitSeconds * 1000;
  while (Date.now() < deadline) {
    const configs = await Promise.all(functions.map((fn) => alias(c, fn)));
    if (configs.every((config) => config.FunctionVersion === '1' && routing(config)['2'] === weight)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the aliases never routed ${weight} to version 2 within ${limitSeconds} s`);
}

async function expectOnVersion1(functions: string[]): Promise<void> {
  for (const fn of functions) {
    const config = await alias(c, fn);
    expect(config.FunctionVersion).toBe('1');
    expect(routing(config)).toEqual({});
  }
}

describe('gradual traffic shifting against moto_server', () => {
  it('Canary50Percent2Seconds: 50 % on every alias mid-shift, then 100 % with no routing left; a new alias is created at the end', async () => {
    const s = await stack({ withoutAlias: 1 });
    const alarm = await createAlarm(c);
    const running = run({ ...s.inputs, traffic: 'Canary50Percent2Seconds', alarms: alarm });
    const freshAtHalf = routedTo(s.functions, 0.5).then(() => missing(s.fresh[0]!));
    const readings = await watchAliases(s.functions, running);
    const result = await running;

    expect(result.code, result.stdout).toBe(0);
    const midShift = readings.filter((configs) =>
      configs.every((config) => config.FunctionVersion === '1' && routing(config)['2'] === 0.5),
    );
    expect(midShift.length).toBeGreaterThan(0);
    expect(await freshAtHalf).toBe(true);
    // Lockstep: a reading shows one function at 100 % and another at 50 % only if it caught the moves of the last
    // stage in flight, since the functions' aliases are read one by one.
    const mixed = readings.filter(
      (configs) =>
        configs.some((config) => config.FunctionVersion === '2') && configs.some((config) => routing(config)['2'] === 0.5),
    );
    expect(mixed.length).toBeLessThanOrEqual(1);
    for (const fn of s.functions) {
      const config = await alias(c, fn);
      expect(config.FunctionVersion).toBe('2');
      expect(routing(config)).toEqual({});
    }
    const created = await alias(c, s.fresh[0]!);
    expect(created.FunctionVersion).toBe('1');
    expect(routing(created)).toEqual({});

    expect(result.stdout).toMatch(/stage 1\/2: 50 % of traffic on the new versions; holding 2 s, watching 1 alarm/);
    expect(result.stdout).toMatch(/stage 2\/2: 100 % of traffic on the new versions; holding 0 s/);
    expect(result.summary).toContain('Traffic (Canary50Percent2Seconds)');
    expect(result.summary).toMatch(/<td>1\/2<\/td><td>50 %<\/td><td>\d\d:\d\d:\d\d UTC<\/td><td>2 s<\/td><td>[^<]* OK<\/td>/);
    expect(result.summary).toMatch(/<td>2\/2<\/td><td>100 %<\/td>/);
    expect(result.outputs['rolled-back']).toBe('false');
  });

  it('Linear34PercentEvery1Second moves through 34 %, 68 % and 100 %', async () => {
    const s = await stack();
    const result = await run({ ...s.inputs, traffic: 'Linear34PercentEvery1Second' });

    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/stage 1\/3: 34 %[\s\S]*stage 2\/3: 68 %[\s\S]*stage 3\/3: 100 %/);
    for (const fn of s.functions) expect((await alias(c, fn)).FunctionVersion).toBe('2');
  });

  it('an alarm that goes off mid-shift moves every alias back with no routing left, and the step names it', async () => {
    const s = await stack();
    const alarm = await createAlarm(c);
    const running = run({ ...s.inputs, traffic: 'Canary50Percent60Seconds', alarms: alarm });
    await routedTo(s.functions, 0.5);
    await setAlarm(c, alarm, 'ALARM', 'Threshold Crossed: 3 errors in 1 minute');
    const result = await running;

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::At stage 1/2 (50 %25 of traffic): alarm ${alarm} is in ALARM: Threshold Crossed: 3 errors in 1 minute`,
    );
    await expectOnVersion1(s.functions);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(result.summary).toContain(`<td>${alarm} ALARM</td><td>rolled back</td>`);
  });

  it('an alarm that goes off during bake-time, after 100 %, rolls every alias back and deletes the one it created', async () => {
    const s = await stack({ withoutAlias: 1 });
    const alarm = await createAlarm(c);
    const running = run({ ...s.inputs, alarms: alarm, 'bake-time': '60' });
    const deadline = Date.now() + 60_000;
    while (!(await Promise.all(s.functions.map((fn) => alias(c, fn)))).every((config) => config.FunctionVersion === '2')) {
      if (Date.now() > deadline) throw new Error('the aliases never reached version 2');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await setAlarm(c, alarm, 'ALARM', 'p99 latency above 3 s');
    const result = await running;

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::At stage 1/1 (100 %25 of traffic): alarm ${alarm} is in ALARM: p99 latency above 3 s`,
    );
    await expectOnVersion1(s.functions);
    expect(await missing(s.fresh[0]!)).toBe(true);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(result.summary).toMatch(
      new RegExp(`<td>1/1</td><td>100 %</td><td>[^<]+</td><td>\\d+ s</td><td>${alarm} ALARM</td><td>rolled back</td>`),
    );
  });

  it('a move that fails at the second stage moves every alias back, the ones still at 50 % included', async () => {
    const s = await stack();
    const faulty = await proxy({ failUpdateAliasCall: { [s.functions[1]!]: 2 } });
    const result = await run({ ...s.inputs, traffic: 'Canary50Percent1Second' }, { endpoint: faulty.url });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::At stage 2/2 (100 %25 of traffic): Moving the aliases failed for 1 of 2:');
    expect(result.stdout).toContain(`injected failure for ${s.functions[1]}`);
    expect(result.stdout).toMatch(/All or nothing: rolled back: fn-\w+, fn-\w+/);
    await expectOnVersion1(s.functions);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(result.summary).toMatch(/<td>1\/2<\/td><td>50 %<\/td>.*<td>held<\/td>/);
    expect(result.summary).toMatch(/<td>2\/2<\/td><td>100 %<\/td>.*<td>rolled back<\/td>/);
  });

  it('alarms that can no longer be read mid-shift roll every alias back', async () => {
    const s = await stack();
    const alarm = await createAlarm(c);
    const faults: Faults = {};
    const faulty = await proxy(faults);
    const running = run({ ...s.inputs, traffic: 'Canary50Percent60Seconds', alarms: alarm }, { endpoint: faulty.url });
    await routedTo(s.functions, 0.5);
    faults.denyDescribeAlarms = true;
    const result = await running;

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::At stage 1\/2 \(50 %25 of traffic\): DescribeAlarms .*AccessDenied/);
    await expectOnVersion1(s.functions);
  });

  it('an alarm that goes off after the plan but before the first shift stops it with no alias moved', async () => {
    const s = await stack();
    const alarm = await createAlarm(c);
    const slow = await proxy({ inProgressPolls: 2 });
    const running = run({ ...s.inputs, traffic: 'Canary50Percent60Seconds', alarms: alarm }, { endpoint: slow.url });
    const deadline = Date.now() + 60_000;
    while (slow.count('UpdateFunctionCode') === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await setAlarm(c, alarm, 'ALARM', 'went off while deploying');
    const result = await running;

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::alarm ${alarm} is in ALARM: went off while deploying%0ANo alias was moved.`);
    await expectOnVersion1(s.functions);
    for (const fn of s.functions) expect(await publishedVersions(c, fn)).toEqual([1, 2]);
    expect(slow.count('UpdateAlias')).toBe(0);
  });

  it('an alarm already in ALARM stops the deploy before anything is published or moved', async () => {
    const s = await stack();
    const quiet = await createAlarm(c);
    const alarm = await createAlarm(c);
    await setAlarm(c, alarm, 'ALARM', 'already firing');
    const result = await run({ ...s.inputs, traffic: 'Canary10Percent5Minutes', alarms: `${quiet}\n${alarm}` });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::alarm ${alarm} is in ALARM: already firing%0ANothing was deployed.`);
    await expectOnVersion1(s.functions);
    for (const fn of s.functions) expect(await publishedVersions(c, fn)).toEqual([1]);
    expect(await layerVersions(c, s.layer)).toEqual([1]);
  });

  it('an alarm that does not exist is a bad input: nothing is published', async () => {
    const s = await stack();
    const missing = unique('no-such-alarm');
    const result = await run({ ...s.inputs, alarms: missing });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::alarms: no CloudWatch alarm named "${missing}" in this region`);
    for (const fn of s.functions) expect(await publishedVersions(c, fn)).toEqual([1]);
    expect(await layerVersions(c, s.layer)).toEqual([1]);
  });

  it('a job cancelled mid-shift is rolled back by the post step from the state saved at the weight change', async () => {
    const s = await stack();
    const reached = routedTo(s.functions, 0.5);
    const result = await run({ ...s.inputs, traffic: 'Canary50Percent60Seconds' }, { cancel: reached });

    expect(result.code).not.toBe(0);
    for (const fn of s.functions) expect(routing(await alias(c, fn))).toEqual({ '2': 0.5 });
    const saved = JSON.parse(result.state['deploy']!) as { aliases: { id: string; published: string; routed: number }[] };
    expect(saved.aliases.map(({ published, routed }) => ({ published, routed }))).toEqual(
      s.functions.map(() => ({ published: '2', routed: 0.5 })),
    );
    const post = await runPost(result);

    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain('rolled back to 1 (it sent 50 % to 2)');
    await expectOnVersion1(s.functions);
    expect(post.outputs['rolled-back']).toBe('true');
  });
});

describe('a job cancelled while the aliases move', () => {
  it('is rolled back by the post step, the alias already moved included, while another move still hangs', async () => {
    const s = await stack();
    const [moved, slow] = s.functions as [string, string];
    const gate = await proxy({});
    // The move of one alias hangs (throttling, a slow network); the other's has gone through when the job is cancelled.
    gate.hold({ operation: 'UpdateAlias', fn: slow, nth: 1 });
    const cancel = (async () => {
      while ((await alias(c, moved)).FunctionVersion !== '2') await new Promise((resolve) => setTimeout(resolve, 100));
    })();
    const main = await run(s.inputs, { endpoint: gate.url, cancel });
    expect(main.code).not.toBe(0);
    expect((await alias(c, moved)).FunctionVersion).toBe('2');

    const post = await runPost(main, {}, { endpoint: gate.url });
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).not.toContain('moved by another deploy since: left alone');
    expect((await alias(c, moved)).FunctionVersion).toBe('1');
    expect((await alias(c, slow)).FunctionVersion).toBe('1');
    expect(post.outputs['rolled-back']).toBe('true');
  });
});
