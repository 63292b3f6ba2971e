import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { GetAliasCommand, LambdaClient, ListLayerVersionsCommand, UpdateAliasCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../src/errors.js';
import { findLayerVersion, layerDescription } from '../src/layer.js';
import { parseTraffic, release, type ReleaseContext } from '../src/release.js';
import { getSettings } from '../src/settings.js';

import { tree } from './support/fixtures.js';

// One mock per client class: a second mockClient() of the same class would take over the first.
const lambda = mockClient(LambdaClient);
const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => {
  lambda.reset();
  cloudwatch.reset();
});

describe('findLayerVersion', () => {
  it('follows NextMarker until a version with the hash turns up', async () => {
    lambda
      .on(ListLayerVersionsCommand, { LayerName: 'deps', Marker: undefined })
      .resolves({ LayerVersions: [{ Version: 9, LayerVersionArn: 'arn:l:9', Description: '[sha256:other]' }], NextMarker: 'p2' })
      .on(ListLayerVersionsCommand, { LayerName: 'deps', Marker: 'p2' })
      .resolves({ LayerVersions: [{ Version: 4, LayerVersionArn: 'arn:l:4', Description: 'deps [sha256:abc]' }] });
    expect(await findLayerVersion(new LambdaClient({ region: 'us-east-1' }), 'deps', 'abc')).toEqual({
      arn: 'arn:l:4',
      version: 4,
    });
    expect(lambda.commandCalls(ListLayerVersionsCommand)).toHaveLength(2);
  });

  it('wraps throttling and permission errors with what was being done and a hint', async () => {
    const denied = Object.assign(new Error('not allowed'), { name: 'AccessDeniedException' });
    lambda.on(ListLayerVersionsCommand).rejects(denied);
    const error = await findLayerVersion(new LambdaClient({ region: 'us-east-1', maxAttempts: 1 }), 'deps', 'abc').catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error.message).toBe(
      'ListLayerVersions deps: AccessDeniedException: not allowed (the role lacks this permission: see the IAM policy in the README)',
    );
    const throttled = new AwsCallError(
      'PublishVersion',
      'fn',
      Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }),
    );
    expect(throttled.message).toContain('lower max-parallel');
  });
});

describe('layerDescription', () => {
  it('keeps the hash tag whole within 256 characters', () => {
    const hash = 'f'.repeat(64);
    const description = layerDescription('x'.repeat(400), hash);
    expect(description).toHaveLength(256);
    expect(description.endsWith(`[sha256:${hash}]`)).toBe(true);
    expect(layerDescription('', hash)).toBe(`[sha256:${hash}]`);
  });
});

describe('parseTraffic', () => {
  it.each([
    ['AllAtOnce', [], 0],
    ['Canary10Percent5Minutes', [0.1], 300],
    ['Canary50Percent2Seconds', [0.5], 2],
    ['Linear25PercentEvery1Minute', [0.25, 0.5, 0.75], 60],
    ['Linear10PercentEvery3Seconds', [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], 3],
  ])('reads %s', (name, stages, interval) => {
    const traffic = parseTraffic(name);
    expect(traffic.stages.map((w) => Math.round(w * 100) / 100)).toEqual(stages);
    expect(traffic.intervalSeconds).toBe(interval);
  });

  it.each(['Canary0Percent5Minutes', 'Canary100Percent1Minute', 'Linear10Percent', 'Gradual', 'canary10percent5minutes'])(
    'rejects %s naming the input',
    (name) => {
      expect(() => parseTraffic(name)).toThrow(/^traffic: ".*" is not a traffic shape/);
    },
  );
});

describe('settings', () => {
  const action = parse(readFileSync(path.resolve(import.meta.dirname, '../action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };

  function withInputs<T>(inputs: Record<string, string>, read: () => T): T {
    const saved = { ...process.env };
    try {
      for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
      for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
      process.env['AWS_REGION'] = 'eu-west-1';
      return read();
    } finally {
      process.env = saved;
    }
  }

  it("falls back to action.yml's defaults when an input is empty", () => {
    const required = { 'layer-name': 'deps', 'layer-path': tree({ 'python/a.py': 'a' }) };
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? '']));
    const fromYaml = withInputs({ ...defaults, ...required }, getSettings);
    const fromCode = withInputs(required, getSettings);
    // The one exception on purpose: an explicitly empty exclude means "exclude nothing", the way to opt out.
    expect({ ...fromCode, exclude: fromYaml.exclude }).toEqual(fromYaml);
  });
});

describe('release', () => {
  // moto ignores RevisionId, so the guard against someone else's change between stages is checked here.
  function context(): ReleaseContext & { saved: number } {
    const ctx = {
      lambda: new LambdaClient({ region: 'us-east-1' }),
      cloudwatch: new CloudWatchClient({ region: 'us-east-1' }),
      settings: {
        alias: 'live',
        maxParallel: 4,
        traffic: { name: 'Canary50Percent0Seconds', stages: [0.5], intervalSeconds: 0 },
        alarms: [],
        bakeTimeSeconds: 0,
        smokeTestPayload: undefined,
      },
      record: {
        region: 'us-east-1',
        rollbackOnFailure: true,
        maxParallel: 4,
        aliases: [
          {
            id: 'api',
            alias: 'live',
            previous: '1',
            previousWeights: {},
            previousDescription: '',
            published: '2',
            revision: 'r1',
          },
        ],
      },
      save: () => void ctx.saved++,
      origin: 'octo/app@abc',
      ignoredAlarms: new Set<string>(),
      saved: 0,
    };
    return ctx;
  }

  it('makes every move conditional on the RevisionId the previous one returned, and saves at every weight', async () => {
    lambda.on(UpdateAliasCommand).resolvesOnce({ RevisionId: 'r2' }).resolvesOnce({ RevisionId: 'r3' });
    const ctx = context();
    await release(ctx);

    const calls = lambda.commandCalls(UpdateAliasCommand).map((call) => call.args[0].input);
    expect(
      calls.map(({ RevisionId, FunctionVersion, RoutingConfig }) => ({ RevisionId, FunctionVersion, RoutingConfig })),
    ).toEqual([
      { RevisionId: 'r1', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.5 } } },
      { RevisionId: 'r2', FunctionVersion: '2', RoutingConfig: { AdditionalVersionWeights: {} } },
    ]);
    expect(ctx.record.aliases[0]).toMatchObject({ revision: 'r3', routed: 1 });
    expect(ctx.saved).toBe(2);
  });

  it('an alias changed by someone else between stages is not overwritten, and the error says so', async () => {
    const conflict = Object.assign(new Error('The Revision Id provided does not match the latest Revision Id.'), {
      name: 'PreconditionFailedException',
    });
    lambda.on(UpdateAliasCommand).resolvesOnce({ RevisionId: 'r2' }).rejectsOnce(conflict);
    // Someone else has since pointed the alias at version 7: the rollback leaves it there.
    lambda.on(GetAliasCommand).resolves({ FunctionVersion: '7', RevisionId: 'r9' });

    await expect(release(context())).rejects.toThrow(
      /At stage 2\/2 \(100 % of traffic\): Moving the aliases failed for 1 of 1:\nUpdateAlias api:live: PreconditionFailedException: .*\(another deploy changed it since this run read it: their change was not overwritten\)\nAll or nothing: no alias had moved; moved by another deploy since: left alone: api/,
    );
    expect(lambda.commandCalls(UpdateAliasCommand)).toHaveLength(2);
  });
});
