import { DeleteFunctionCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { sharedMoto } from '../support/suite.js';
import { actionRunner } from '../support/action.js';
import { alias, createFunction, tree, unique } from '../support/fixtures.js';

const { endpoint, c } = sharedMoto();
const { run } = actionRunner(endpoint);

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
