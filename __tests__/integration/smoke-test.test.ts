import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyFactory, sharedMoto } from '../support/suite.js';
import { actionRunner } from '../support/action.js';
import { alias, clients, createFunction, tree, unique, type TestClients } from '../support/fixtures.js';
import { startMoto, type Moto } from '../support/moto.js';
import type { Faults } from '../support/proxy.js';

const { moto, endpoint } = sharedMoto();
const proxy = proxyFactory(moto);
const { run } = actionRunner(endpoint);

describe('smoke test before any traffic moves (moto invoking without Docker)', () => {
  // moto 5.2 refuses layer ARNs once invoking without Docker, so these deploy code only.
  let invoking: Moto;
  let ic: TestClients;
  beforeAll(async () => {
    invoking = await startMoto({ invokeWithoutDocker: true });
    ic = clients(invoking.url);
  });
  afterAll(async () => {
    await invoking.stop();
  });

  async function smokeRun(faults: (functions: string[]) => Faults) {
    const functions = [unique('fn'), unique('fn')];
    await Promise.all(functions.map((fn) => createFunction(ic, fn, { alias: 'live' })));
    const faulty = await proxy(faults(functions), invoking.url);
    const result = await run(
      {
        functions: functions.join('\n'),
        'code-path': tree({ 'app.py': `def handler(event, context):\n    return "${unique('code')}"\n` }),
        'smoke-test-payload': '{"path": "/health"}',
      },
      { endpoint: faulty.url },
    );
    return { functions, faulty, result };
  }

  it('invokes every new version once, by version number, before any alias moves', async () => {
    const { functions, faulty, result } = await smokeRun(() => ({}));

    expect(result.code, result.stdout).toBe(0);
    const invokes = faulty.log.filter((call) => call.startsWith('Invoke '));
    expect(invokes.sort()).toEqual(functions.map((fn) => `Invoke ${fn}:2`).sort());
    const lastInvoke = Math.max(...invokes.map((call) => faulty.log.indexOf(call)));
    const firstMove = faulty.log.findIndex((call) => call.startsWith('UpdateAlias '));
    expect(firstMove).toBeGreaterThan(lastInvoke);
    for (const fn of functions) expect((await alias(ic, fn)).FunctionVersion).toBe('2');
    expect(result.summary).toContain('Smoke test');
  });

  it('a FunctionError stops the deploy before any alias moves, with the error in ::error and the summary', async () => {
    const { functions, result } = await smokeRun((fns) => ({ invokeError: [fns[1]!] }));
    const [ok, failing] = functions as [string, string];

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${failing} version 2: Unhandled error: RuntimeError: injected failure`);
    expect(result.stdout).toMatch(/::error::The smoke test failed for 1 of 2:/);
    expect(result.stdout).toContain('No alias was moved.');
    expect(result.outputs['rolled-back']).toBe('false');
    for (const fn of [ok, failing]) {
      const config = await alias(ic, fn);
      expect(config.FunctionVersion).toBe('1');
      expect(config.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
    }
    expect(result.summary).toContain('<code>Unhandled error: RuntimeError: injected failure</code>');
  });

  it('an invoke that fails before the function runs also stops the deploy with no alias moved', async () => {
    const { functions, faulty, result } = await smokeRun((fns) => ({ invokeDenied: [fns[0]!] }));

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${functions[0]} version 2: Invoke ${functions[0]}:2: AccessDeniedException`);
    expect(faulty.count('UpdateAlias')).toBe(0);
    for (const fn of functions) expect((await alias(ic, fn)).FunctionVersion).toBe('1');
  });
});
