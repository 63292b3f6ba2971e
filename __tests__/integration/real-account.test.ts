// What a real account enforces and moto forgives: racing deploys, RevisionId and CodeSha256 preconditions, the
// failure hook's SSM restore, cleanup keeping rollback targets, and the plan refusing bad input before any write.
import { GetFunctionConfigurationCommand, UpdateFunctionCodeCommand } from '@aws-sdk/client-lambda';
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { actionRunner } from '../support/action.js';
import {
  alias,
  createAlarm,
  layerVersions,
  publishedVersions,
  setAlarm,
  stack,
  tree,
  unique,
  zipOf,
} from '../support/fixtures.js';
import { proxyFactory, sharedMoto } from '../support/suite.js';

const { moto, endpoint, c } = sharedMoto();
const proxy = proxyFactory(moto);
const { run, runPost } = actionRunner(endpoint);

const latestSha = async (fn: string, qualifier?: string) =>
  (await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn, Qualifier: qualifier }))).CodeSha256;

describe('two deploys at once', () => {
  it("a run overtaken mid-canary leaves the other run's green deploy alone and fails saying so", async () => {
    const s = await stack(c, { count: 2 });
    const racing = await proxy({});
    const inputs = { ...s.inputs, traffic: 'Canary50Percent1Second' };
    // A holds both moves of its second stage (100 %): B deploys the same commit all at once meanwhile.
    const held = s.functions.map((fn) => racing.hold({ operation: 'UpdateAlias', who: 'runA', fn, nth: 2 }));
    const a = run(inputs, { endpoint: racing.url, who: 'runA' });
    await Promise.all(held.map((hold) => hold.reached));
    const b = await run(s.inputs, { endpoint: racing.url, who: 'runB' });
    expect(b.code, b.stdout).toBe(0);
    held.forEach((hold) => hold.release());
    const first = await a;

    expect(first.code).toBe(1);
    expect(first.stdout).toContain('PreconditionFailedException');
    expect(first.stdout).toMatch(/moved by another deploy since: left alone: fn-\w+, fn-\w+/);
    expect(first.outputs['rolled-back']).toBe('false');
    for (const fn of s.functions) {
      const live = await alias(c, fn);
      expect(live.FunctionVersion).toBe((JSON.parse(b.outputs['function-versions']!) as Record<string, string>)[fn]);
      expect(live.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
      expect(live.Description).toContain('run runB');
    }
  });

  it('the loser of a code race fails before publishing, and no version mixes the two runs', async () => {
    const s = await stack(c, { count: 1 });
    const fn = s.functions[0]!;
    const racing = await proxy({ inProgressPolls: 2 });
    const codeB = tree({ 'app.py': 'def handler(event, context):\n    return "B"\n' });
    // B is held at its code write until A's own update is in progress: B then meets 409, waits, and its retry
    // (still conditional on the revision B planned on) meets 412.
    // Both plan on the same revision first: each is held at its code write.
    const aWriting = racing.hold({ operation: 'UpdateFunctionCode', who: 'runA' });
    const bHeld = racing.hold({ operation: 'UpdateFunctionCode', who: 'runB' });
    const aWaiting = racing.hold({ operation: 'GetFunction', who: 'runA' });
    const a = run({ functions: fn, 'code-path': s.codeDir }, { endpoint: racing.url, who: 'runA' });
    const b = run({ functions: fn, 'code-path': codeB }, { endpoint: racing.url, who: 'runB' });
    await Promise.all([aWriting.reached, bHeld.reached]);
    aWriting.release();
    await aWaiting.reached;
    bHeld.release();
    const loser = await b;
    aWaiting.release();
    const winner = await a;

    expect(winner.code, winner.stdout).toBe(0);
    expect(loser.code).toBe(1);
    expect(loser.stdout).toContain(`UpdateFunctionCode ${fn}: PreconditionFailedException`);
    expect(loser.stdout).toContain('another deploy changed it since this run read it');
    expect(loser.stdout).toContain('No alias was moved.');
    expect(await publishedVersions(c, fn)).toEqual([1, 2]);
    // The version A published carries A's code, which is what $LATEST holds: B wrote nothing.
    expect(await latestSha(fn, '2')).toBe(await latestSha(fn));
    expect((await alias(c, fn)).Description).toContain('run runA');
  });

  it('refuses to publish when $LATEST no longer holds the code this run uploaded', async () => {
    const s = await stack(c, { count: 1 });
    const fn = s.functions[0]!;
    const racing = await proxy({});
    const publishing = racing.hold({ operation: 'PublishVersion', who: 'runA' });
    const a = run({ functions: fn, 'code-path': s.codeDir }, { endpoint: racing.url, who: 'runA' });
    await publishing.reached;
    // Someone outside any conditional write (a console, another tool) replaces the code just before the publish.
    await c.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: fn, ZipFile: zipOf({ 'app.py': '# theirs' }) }));
    publishing.release();
    const result = await a;
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/PublishVersion fn-\w+: InvalidParameterValueException: CodeSHA256 .* is different/);
    expect(await publishedVersions(c, fn)).toEqual([1]);
    expect((await alias(c, fn)).FunctionVersion).toBe('1');
  });
});

describe('under Lambda preconditions', () => {
  it('waits for a published version to be Active (SnapStart) before any alias moves', async () => {
    const s = await stack(c, { count: 1 });
    const fn = s.functions[0]!;
    const pending = await proxy({ pendingVersionReads: 3 });
    const result = await run(s.inputs, { endpoint: pending.url });
    expect(result.code, result.stdout).toBe(0);
    const reads = pending.log.flatMap((line, i) => (line === `GetFunctionConfiguration ${fn}:2` ? [i] : []));
    expect(reads.length).toBeGreaterThanOrEqual(4);
    expect(pending.log.indexOf(`UpdateAlias ${fn}`)).toBeGreaterThan(reads[reads.length - 1]!);
  });

  it('refuses weighted traffic on an alias with provisioned concurrency, before any write', async () => {
    const s = await stack(c, { count: 2 });
    const provisioned = await proxy({ provisioned: [s.functions[1]!] });
    const result = await run({ ...s.inputs, traffic: 'Canary10Percent1Minute' }, { endpoint: provisioned.url });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`traffic: "${s.functions[1]}:live" has provisioned concurrency`);
    expect(await layerVersions(c, s.layer)).toEqual([1]);
    for (const fn of s.functions) expect(await publishedVersions(c, fn)).toEqual([1]);
  });

  it('keeps the version an alias records as its rollback target through a cleanup, so mode: rollback still works', async () => {
    const s = await stack(c, { count: 1 });
    const fn = s.functions[0]!;
    expect((await run(s.inputs)).code).toBe(0);
    const second = tree({ 'app.py': 'def handler(event, context):\n    return "second"\n' });
    expect((await run({ ...s.inputs, 'code-path': second })).code).toBe(0);
    expect((await alias(c, fn)).Description).toMatch(/^previous=2 /);

    const cleanup = await run({ mode: 'cleanup', functions: fn, 'keep-function-versions': '1' });
    expect(cleanup.code, cleanup.stdout).toBe(0);
    expect(await publishedVersions(c, fn)).toEqual([2, 3]);

    const back = await run({ mode: 'rollback', functions: fn });
    expect(back.code, back.stdout).toBe(0);
    expect((await alias(c, fn)).FunctionVersion).toBe('2');
    expect(back.outputs['rolled-back']).toBe('true');
  });
});

describe('the failure hook and the SSM parameter', () => {
  it('puts an updated parameter back and deletes one this run created', async () => {
    const s = await stack(c, { count: 1 });
    const existing = `/layers/${unique('p')}/arn`;
    const created = `/layers/${unique('p')}/arn`;
    await c.ssm.send(new PutParameterCommand({ Name: existing, Value: s.sharedV1, Type: 'String' }));
    const first = await run({ ...s.inputs, 'ssm-parameter': existing });
    expect(first.code, first.stdout).toBe(0);
    expect((await c.ssm.send(new GetParameterCommand({ Name: existing }))).Parameter?.Value).toBe(
      first.outputs['layer-version-arn'],
    );
    const post = await runPost(first, s.inputs);
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain(`SSM parameter ${existing}: rolled back to ${s.sharedV1}`);
    expect((await c.ssm.send(new GetParameterCommand({ Name: existing }))).Parameter?.Value).toBe(s.sharedV1);
    expect((await alias(c, s.functions[0]!)).FunctionVersion).toBe('1');

    const fresh = await stack(c, { count: 1 });
    const again = await run({ ...fresh.inputs, 'ssm-parameter': created });
    expect(again.code, again.stdout).toBe(0);
    const hook = await runPost(again, fresh.inputs);
    expect(hook.stdout).toContain(`SSM parameter ${created}: deleted`);
    await expect(c.ssm.send(new GetParameterCommand({ Name: created }))).rejects.toThrow(/ParameterNotFound|not found/i);
  });

  it('leaves a parameter that another deploy has written since', async () => {
    const s = await stack(c, { count: 1 });
    const name = `/layers/${unique('p')}/arn`;
    const first = await run({ ...s.inputs, 'ssm-parameter': name });
    expect(first.code, first.stdout).toBe(0);
    await c.ssm.send(
      new PutParameterCommand({
        Name: name,
        Value: 'arn:aws:lambda:us-east-1:123456789012:layer:x:9',
        Type: 'String',
        Overwrite: true,
      }),
    );
    const post = await runPost(first, s.inputs);
    expect(post.stdout).toContain(`SSM parameter ${name}: written by another deploy since: left alone`);
    expect((await c.ssm.send(new GetParameterCommand({ Name: name }))).Parameter?.Value).toMatch(/:x:9$/);
  });
});

describe('rolled-back is set once, truthfully', () => {
  it('is false when the pre-traffic alarm check stops the deploy, and the post step that finds nothing moved leaves it', async () => {
    const s = await stack(c, { count: 1 });
    const alarm = await createAlarm(c);
    const gate = await proxy({});
    // The plan reads the alarm quiet; it fires before the pre-traffic check, after the versions are published.
    const second = gate.hold({ operation: 'DescribeAlarms', nth: 2 });
    const running = run({ ...s.inputs, alarms: alarm }, { endpoint: gate.url });
    await second.reached;
    await setAlarm(c, alarm, 'ALARM', 'test');
    second.release();
    const result = await running;
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('No alias was moved.');
    expect(result.outputs['rolled-back']).toBe('false');

    const post = await runPost(result, s.inputs);
    expect(post.code, post.stdout).toBe(0);
    expect(post.outputs['rolled-back']).toBeUndefined();
  });
});

describe('firing-alarms', () => {
  it('ignore: deploys while an alarm fires from the start, and rolls back on a new ALARM once it has been OK', async () => {
    const s = await stack(c, { count: 1 });
    const alarm = await createAlarm(c);
    const set = (state: 'OK' | 'ALARM') => setAlarm(c, alarm, state, `test: ${state}`);
    await set('ALARM');
    const blocked = await run({ ...s.inputs, alarms: alarm });
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('set firing-alarms: ignore');
    expect(await publishedVersions(c, s.functions[0]!)).toEqual([1]);

    // Reads: plan, pre-traffic, stage start, then every 5 s of bake-time. It recovers at the third, fires at the fourth.
    const gate = await proxy({});
    const third = gate.hold({ operation: 'DescribeAlarms', nth: 3 });
    const fourth = gate.hold({ operation: 'DescribeAlarms', nth: 4 });
    const running = run({ ...s.inputs, alarms: alarm, 'firing-alarms': 'ignore', 'bake-time': '30' }, { endpoint: gate.url });
    await third.reached;
    expect((await alias(c, s.functions[0]!)).FunctionVersion).toBe('2');
    await set('OK');
    third.release();
    await fourth.reached;
    await set('ALARM');
    fourth.release();
    const result = await running;
    expect(result.stdout).toContain(`${alarm} in ALARM as the deploy starts: not acted on until back to OK`);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`alarm ${alarm} is in ALARM: test: ALARM`);
    expect(result.outputs['rolled-back']).toBe('true');
    expect((await alias(c, s.functions[0]!)).FunctionVersion).toBe('1');
  });
});

describe('bad code input fails in the plan', () => {
  it.each([
    [
      'a function line with two "="',
      (fn: string, code: string) => ({ functions: `${fn}=${code}=v2` }),
      /::error::functions: ".*" has more than one "="/,
    ],
    [
      'a function ARN of another region',
      (fn: string) => ({ functions: `arn:aws:lambda:eu-west-3:123456789012:function:${fn}` }),
      /::error::functions: "arn:aws:lambda:eu-west-3:.*" is in eu-west-3, not in us-east-1/,
    ],
    [
      'a function ARN of another account',
      (fn: string) => ({ functions: `arn:aws:lambda:us-east-1:999999999999:function:${fn}` }),
      /::error::functions: "arn:aws:lambda:us-east-1:999999999999:function:fn-\w+" is in account 999999999999, not in 123456789012/,
    ],
  ])('%s: nothing is written', async (_, extra, message) => {
    const s = await stack(c, { count: 2 });
    const result = await run({ ...s.inputs, ...extra(s.functions[0]!, s.codeDir) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(await layerVersions(c, s.layer)).toEqual([1]);
    for (const fn of s.functions) expect(await latestSha(fn)).toBe(await latestSha(fn, '1'));
  });
});
