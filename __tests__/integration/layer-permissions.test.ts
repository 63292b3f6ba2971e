import { AddLayerVersionPermissionCommand, GetLayerVersionPolicyCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { actionRunner } from '../support/action.js';
import { alias, clients, layerVersions, publishedVersions, stack, tree, unique } from '../support/fixtures.js';
import { proxyFactory, sharedMoto } from '../support/suite.js';

const { moto, endpoint, c } = sharedMoto();
const proxy = proxyFactory(moto);
const { run } = actionRunner(endpoint);
// Read through the proxy, which answers policies as AWS does.
const aws = clients(endpoint);

const ACCOUNT = '111122223333';
const ORGANIZATION = 'o-a1b2c3d4e5';

interface Statement {
  Sid: string;
  Principal: unknown;
  Condition?: unknown;
  Action: string;
}

/** The version's policy statements, as AWS answers them; none when it has no policy. */
async function statements(layer: string, version: number): Promise<Statement[]> {
  try {
    const out = await aws.lambda.send(new GetLayerVersionPolicyCommand({ LayerName: layer, VersionNumber: version }));
    return (JSON.parse(out.Policy!) as { Statement: Statement[] }).Statement;
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return [];
    throw error;
  }
}

/** Each statement's id and what it grants, sorted. */
async function grants(layer: string, version: number): Promise<[string, unknown, unknown][]> {
  return (await statements(layer, version))
    .map((statement): [string, unknown, unknown] => [statement.Sid, statement.Principal, statement.Condition])
    .sort(([a], [b]) => a.localeCompare(b));
}

function layerInputs(layer: string, permissions: string, dir = tree({ 'python/lib.py': `v = "${unique('v')}"\n` })) {
  return { 'layer-name': layer, 'layer-path': dir, 'layer-permissions': permissions };
}

describe('layer-permissions against moto_server', () => {
  it('grants an account, an organisation and everyone on a published version, and nothing twice on a re-run', async () => {
    const layer = unique('shared-deps');
    const inputs = layerInputs(layer, `${ACCOUNT}\norganization:${ORGANIZATION}\npublic`);
    const counted = await proxy({});
    const first = await run(inputs, { endpoint: counted.url });
    expect(first.code, first.stdout).toBe(0);
    expect(counted.count('AddLayerVersionPermission')).toBe(3);
    const granted = await grants(layer, 1);
    expect(granted.map(([, principal, condition]) => [principal, condition])).toEqual(
      expect.arrayContaining([
        [{ AWS: `arn:aws:iam::${ACCOUNT}:root` }, undefined],
        ['*', { StringEquals: { 'aws:PrincipalOrgID': ORGANIZATION } }],
        ['*', undefined],
      ]),
    );
    expect(granted).toHaveLength(3);
    for (const [sid] of granted) expect(sid).toMatch(/^lambda-layer-deploy-[0-9a-f]{16}$/);
    expect(first.stdout).toContain(`:layer:${layer}:1: organization:${ORGANIZATION} added`);
    expect(first.summary).toContain('Layer permissions');
    expect(first.summary).toContain(`<td>${ACCOUNT}</td><td>added</td>`);

    // The same content: the version is reused, and its grants are all there already.
    const again = await proxy({});
    const second = await run(inputs, { endpoint: again.url });
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['layer-published']).toBe('false');
    expect(again.count('GetLayerVersionPolicy')).toBe(1);
    expect(again.count('AddLayerVersionPermission')).toBe(0);
    expect(await grants(layer, 1)).toEqual(granted);
    expect(second.summary).toContain(`<td>public</td><td>already granted</td>`);
  });

  it('adds to a reused version only the grants missing, recognising and keeping statements made by others', async () => {
    const layer = unique('shared-deps');
    const dir = tree({ 'python/lib.py': 'v = 1\n' });
    const plain = await run({ 'layer-name': layer, 'layer-path': dir });
    expect(plain.code, plain.stdout).toBe(0);
    // Granted by hand, under ids of their own: one to an account, one to an organisation, one to another account.
    const add = (StatementId: string, grant: { Principal: string; OrganizationId?: string }) =>
      c.lambda.send(
        new AddLayerVersionPermissionCommand({
          LayerName: layer,
          VersionNumber: 1,
          StatementId,
          Action: 'lambda:GetLayerVersion',
          ...grant,
        }),
      );
    await add('by-hand-account', { Principal: ACCOUNT });
    await add('by-hand-organization', { Principal: '*', OrganizationId: ORGANIZATION });
    await add('by-hand-other', { Principal: '444455556666' });
    const before = await grants(layer, 1);

    const counted = await proxy({});
    const shared = await run(layerInputs(layer, `${ACCOUNT}\norganization:${ORGANIZATION}\n999988887777`, dir), {
      endpoint: counted.url,
    });
    expect(shared.code, shared.stdout).toBe(0);
    expect(shared.outputs['layer-published']).toBe('false');
    expect(counted.count('AddLayerVersionPermission')).toBe(1);
    const after = await grants(layer, 1);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(4);
    expect(after.find(([sid]) => sid.startsWith('lambda-layer-deploy-'))?.[1]).toEqual({
      AWS: 'arn:aws:iam::999988887777:root',
    });
    expect(shared.summary).toContain(`<td>organization:${ORGANIZATION}</td><td>already granted</td>`);
    expect(await layerVersions(c, layer)).toEqual([1]);
  });

  it('lists the grants in a dry run and writes none', async () => {
    const layer = unique('shared-deps');
    const dir = tree({ 'python/lib.py': 'v = 1\n' });
    expect((await run({ 'layer-name': layer, 'layer-path': dir })).code).toBe(0);
    const counted = await proxy({});
    const reused = await run({ ...layerInputs(layer, `${ACCOUNT}\npublic`, dir), 'dry-run': 'true' }, { endpoint: counted.url });
    expect(reused.code, reused.stdout).toBe(0);
    expect(reused.summary).toContain(`<td>${layer}</td><td>1</td><td>${ACCOUNT}</td><td>would be added</td>`);
    expect(reused.summary).toContain(`<td>public</td><td>would be added</td>`);
    // A version still to be published: nothing to read yet.
    const fresh = await run(
      { ...layerInputs(layer, ACCOUNT, tree({ 'python/lib.py': 'v = 2\n' })), 'dry-run': 'true' },
      { endpoint: counted.url },
    );
    expect(fresh.code, fresh.stdout).toBe(0);
    expect(fresh.summary).toContain(`<td>${layer}</td><td>(new)</td><td>${ACCOUNT}</td><td>would be added</td>`);
    expect(counted.count('AddLayerVersionPermission')).toBe(0);
    expect(counted.count('GetLayerVersionPolicy')).toBe(1);
    expect(await statements(layer, 1)).toEqual([]);
    expect(await layerVersions(c, layer)).toEqual([1]);
  });

  it('fails before any function or alias moves when a grant is refused', async () => {
    const s = await stack(c, { count: 2 });
    const denying = await proxy({ deny: ['AddLayerVersionPermission'] });
    const main = await run({ ...s.inputs, 'layer-permissions': ACCOUNT }, { endpoint: denying.url });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      `AddLayerVersionPermission arn:aws:lambda:us-east-1:123456789012:layer:${s.layer}:2 (${ACCOUNT})`,
    );
    expect(main.stdout).toContain('AccessDeniedException');
    expect(main.stdout).toContain('No alias was moved.');
    for (const fn of s.functions) {
      expect((await alias(c, fn)).FunctionVersion).toBe('1');
      expect(await publishedVersions(c, fn)).toEqual([1]);
    }
    expect(denying.count('UpdateFunctionConfiguration') + denying.count('UpdateAlias')).toBe(0);
  });

  it('refuses a grant that is not an account, an organisation or public, before any call', async () => {
    const counted = await proxy({});
    const layer = unique('shared-deps');
    for (const [permissions, message] of [
      ['12345', 'layer-permissions: "12345" is not a 12-digit account id'],
      ['organization:o-short', 'layer-permissions: "o-short" is not an AWS Organizations id'],
      ['organization:r-a1b2c3d4e5', 'layer-permissions: "r-a1b2c3d4e5" is not an AWS Organizations id'],
      ['everyone', 'layer-permissions: "everyone" is not a grant: use a 12-digit account id'],
    ]) {
      const refused = await run(layerInputs(layer, `${ACCOUNT}\n${permissions}`), { endpoint: counted.url });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain(message);
    }
    const promotedOnly = await run(
      { layers: 'arn:aws:lambda:us-east-1:123456789012:layer:x:1', functions: 'f', 'layer-permissions': 'public' },
      { endpoint: counted.url },
    );
    expect(promotedOnly.code).toBe(1);
    expect(promotedOnly.stdout).toContain('layer-permissions: grants apply to the layer versions this step builds');
    expect(counted.log).toEqual([]);
  });
});
