import { describe, expect, it } from 'vitest';
import { actionRunner } from '../support/action.js';
import { alias, createFunction, publishedVersions, tree, unique } from '../support/fixtures.js';
import { proxyFactory, sharedMoto } from '../support/suite.js';

const { moto, endpoint, c } = sharedMoto();
const proxy = proxyFactory(moto);
const { run } = actionRunner(endpoint);

async function fleet(count: number): Promise<{ functions: string[]; inputs: Record<string, string> }> {
  const functions = Array.from({ length: count }, () => unique('fleet'));
  await Promise.all(functions.map((fn) => createFunction(c, fn, { alias: 'live' })));
  const code = tree({ 'app.py': `def handler(event, context):\n    return "${unique('code')}"\n` });
  return { functions, inputs: { functions: functions.join('\n'), 'code-path': code } };
}

describe("pacing under Lambda's control-plane quota", () => {
  it('deploys a dozen functions through a region enforcing 15 requests/s without meeting its 429s', async () => {
    const { functions, inputs } = await fleet(12);
    // Lambda's quota: past it, 429 TooManyRequestsException. Twelve functions read at once would meet it at the plan.
    const quota = await proxy({ quota: { perSecond: 15, getFunctionPerSecond: 100 } });
    const main = await run(inputs, { endpoint: quota.url });
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).not.toMatch(/TooManyRequests|throttled/);
    // Paced, no call goes beyond the quota; one is allowed for a runner that stalls and sends two seconds' worth late.
    expect(quota.throttled.length, quota.throttled.join('\n')).toBeLessThanOrEqual(1);
    for (const fn of functions) expect((await alias(c, fn)).FunctionVersion).toBe('2');
  });

  it('fails naming the call, the function and the region when the region stays throttled, and moves no alias', async () => {
    const { functions, inputs } = await fleet(1);
    const [fn] = functions as [string];
    const throttled = await proxy({ alwaysThrottle: ['UpdateFunctionCode'] });
    const main = await run(inputs, { endpoint: throttled.url });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(`UpdateFunctionCode ${fn}: TooManyRequestsException: Rate exceeded (throttled in us-east-1`);
    expect(main.stdout).toContain('No alias was moved.');
    // The SDK's retries were all spent before it gave up.
    expect(throttled.count('UpdateFunctionCode', fn)).toBe(8);
    expect((await alias(c, fn)).FunctionVersion).toBe('1');
    expect(await publishedVersions(c, fn)).toEqual([1]);
  });
});
