import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { GetAliasCommand, LambdaClient, UpdateAliasCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { release, type ReleaseContext } from '../../src/traffic/release.js';

// One mock per client class: a second mockClient() of the same class would take over the first.
const lambda = mockClient(LambdaClient);
const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => {
  lambda.reset();
  cloudwatch.reset();
});

describe('release', () => {
  // moto ignores RevisionId, so the guard against someone else's change between stages is checked here.
  function context(): ReleaseContext & { saved: number } {
    const ctx = {
      lambda: new LambdaClient({ region: 'us-east-1' }),
      cloudwatch: () => Promise.resolve(new CloudWatchClient({ region: 'us-east-1' })),
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
        waitTimeoutSeconds: 60,
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
        parameters: [],
        uploads: [],
        latest: [],
      },
      save: () => void ctx.saved++,
      origin: 'octo/app@abc',
      ignoredAlarms: new Set<string>(),
      report: { smokeTest: () => undefined, traffic: () => undefined },
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
