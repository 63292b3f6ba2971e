import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { sharedMoto } from '../support/suite.js';
import { actionRunner } from '../support/action.js';
import { tree, unique } from '../support/fixtures.js';

const { endpoint, c } = sharedMoto();
const { run } = actionRunner(endpoint);

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
