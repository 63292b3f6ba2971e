import { DeleteAliasCommand, GetAliasCommand, LambdaClient, UpdateAliasCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { rollBack, sameWeights } from '../../src/rollback/rollback.js';
import type { AliasRecord } from '../../src/functions/alias.js';

const lambda = mockClient(LambdaClient);
afterEach(() => lambda.reset());

const client = () => new LambdaClient({ region: 'us-east-1', maxAttempts: 1 });

/** An alias this run moved from version 1 to 2 (all of its traffic), last written with revision `ours`. */
const moved = (extra: Partial<AliasRecord> = {}): AliasRecord => ({
  id: 'api',
  alias: 'live',
  previous: '1',
  previousWeights: {},
  previousDescription: 'previous=0 by an earlier deploy',
  published: '2',
  revision: 'ours',
  routed: 1,
  ...extra,
});

describe('rollBack: the one decision for the step, a failed stage and the failure hook', () => {
  it('restores the full record, conditional on the RevisionId this run last wrote', async () => {
    lambda.on(GetAliasCommand).resolves({ FunctionVersion: '2', RevisionId: 'ours' });
    lambda.on(UpdateAliasCommand).resolves({ RevisionId: 'next' });
    const result = await rollBack(client(), [moved({ previousWeights: { '7': 0.25 } })], 4);
    expect(result.rolledBack).toEqual(['api']);
    expect(result.summary).toBe('rolled back: api');
    expect(lambda.commandCalls(UpdateAliasCommand)[0]!.args[0].input).toEqual({
      FunctionName: 'api',
      Name: 'live',
      FunctionVersion: '1',
      RoutingConfig: { AdditionalVersionWeights: { '7': 0.25 } },
      Description: 'previous=0 by an earlier deploy',
      RevisionId: 'ours',
    });
  });

  it('leaves an alias moved by another deploy since, and says so', async () => {
    lambda.on(GetAliasCommand).resolves({ FunctionVersion: '2', RevisionId: 'theirs' });
    const result = await rollBack(client(), [moved()], 4);
    expect(result.results[0]!.outcome).toBe('moved by another deploy since: left alone');
    expect(result.summary).toBe('no alias had moved; moved by another deploy since: left alone: api');
    expect(lambda.commandCalls(UpdateAliasCommand)).toHaveLength(0);
  });

  it('takes a 412 on the restore as the other deploy winning, not as a failure', async () => {
    lambda.on(GetAliasCommand).resolves({ FunctionVersion: '2', RevisionId: 'ours' });
    lambda.on(UpdateAliasCommand).rejects(Object.assign(new Error('stale'), { name: 'PreconditionFailedException' }));
    const result = await rollBack(client(), [moved()], 4);
    expect(result.results[0]!.outcome).toBe('moved by another deploy since: left alone');
  });

  it('finds an alias already in place by version and weights compared by value', async () => {
    lambda.on(GetAliasCommand).resolves({ FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '7': 0.25 } } });
    const inPlace = await rollBack(client(), [moved({ previousWeights: { '7': 0.25 } })], 4);
    expect(inPlace.results[0]!.outcome).toBe('already in place');
    // Same count of weights, other values: not in place, and not this run's either.
    const other = await rollBack(client(), [moved({ previousWeights: { '7': 0.5 }, revision: 'x' })], 4);
    expect(other.results[0]!.outcome).toBe('moved by another deploy since: left alone');
  });

  it('deletes an alias this run created, and leaves one it never moved', async () => {
    lambda.on(GetAliasCommand, { FunctionName: 'new' }).resolves({ FunctionVersion: '2', RevisionId: 'ours' });
    lambda.on(GetAliasCommand, { FunctionName: 'untouched' }).resolves({ FunctionVersion: '3', RevisionId: 'ours' });
    lambda.on(DeleteAliasCommand).resolves({});
    const untouched = moved({ id: 'untouched' });
    delete untouched.routed;
    const result = await rollBack(client(), [moved({ id: 'new', previous: null }), untouched], 4);
    expect(result.results.map(({ outcome }) => outcome)).toEqual(['deleted', 'moved by another deploy since: left alone']);
    expect(lambda.commandCalls(DeleteAliasCommand)).toHaveLength(1);
  });

  it('names every alias it could not read, after trying all of them', async () => {
    lambda.on(GetAliasCommand).rejects(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));
    await expect(rollBack(client(), [moved(), moved({ id: 'web' })], 4)).rejects.toThrow(
      /^Rolling back failed for 2 of 2:\nGetAlias api:live: AccessDeniedException: no .*\nGetAlias web:live/,
    );
  });
});

describe('sameWeights', () => {
  it('compares by value, not by count', () => {
    expect(sameWeights({ '2': 0.1 }, { '2': 0.1 })).toBe(true);
    expect(sameWeights({ '2': 0.1 }, { '2': 0.2 })).toBe(false);
    expect(sameWeights({ '2': 0.1 }, { '3': 0.1 })).toBe(false);
    expect(sameWeights({}, {})).toBe(true);
  });
});
