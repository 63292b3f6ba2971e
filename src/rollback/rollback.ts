import { DeleteAliasCommand, UpdateAliasCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { awsCall, isNamed } from '../aws/call.js';
import { errorMessage } from '../common/errors.js';
import { allOrThrow, mapSettled } from '../common/parallel.js';
import { clientOf, readAlias, type AliasClient, type AliasRecord } from '../functions/alias.js';
import { naming, placed } from '../aws/regions.js';

type RollbackOutcome = 'rolled back' | 'deleted' | 'already in place' | 'moved by another deploy since: left alone';

export interface RollbackResult {
  record: AliasRecord;
  outcome: RollbackOutcome;
}

export interface Rollback {
  results: RollbackResult[];
  /** Functions whose alias this rollback rolled back or deleted. */
  rolledBack: string[];
  /** "rolled back: a, b; moved by another deploy since: left alone: c" */
  summary: string;
}

/** A deploy that failed after moving aliases, and what rolling them back did (undefined when it could not run). */
export class RollbackError extends Error {
  constructor(
    message: string,
    readonly rollback: Rollback | undefined,
  ) {
    super(message);
    this.name = 'RollbackError';
  }
}

/** Whether a deploy that failed with this error rolled back any alias. */
export function rolledBackBy(error: unknown): boolean {
  return error instanceof RollbackError && (error.rollback?.rolledBack.length ?? 0) > 0;
}

export function sameWeights(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((version) => b[version] === a[version]);
}

const LEFT_ALONE: RollbackOutcome = 'moved by another deploy since: left alone';

/**
 * Puts one alias back to its record (version, routing, description), but only while its RevisionId is still the one
 * this run last wrote: an alias someone else has moved since is theirs, and is left alone. The write is conditional
 * on that RevisionId too, so a move that races this one wins, and 412 means the same as a changed RevisionId.
 * Idempotent: the step, the failure hook and a rerun may all call it.
 */
async function rollBackAlias(lambda: LambdaClient, record: AliasRecord): Promise<RollbackOutcome> {
  const name = `${record.id}:${record.alias}`;
  const current = await readAlias(lambda, record.id, record.alias);
  if (!current) return record.previous === null ? 'already in place' : LEFT_ALONE;
  if (current.version === record.previous && sameWeights(current.weights, record.previousWeights)) return 'already in place';
  if (record.routed === undefined || current.revision !== record.revision) return LEFT_ALONE;
  const previous = record.previous;
  try {
    if (previous === null) {
      // DeleteAlias takes no RevisionId: the read above is the guard.
      await awsCall('DeleteAlias', name, () =>
        lambda.send(new DeleteAliasCommand({ FunctionName: record.id, Name: record.alias })),
      );
      return 'deleted';
    }
    await awsCall('UpdateAlias', name, () =>
      lambda.send(
        new UpdateAliasCommand({
          FunctionName: record.id,
          Name: record.alias,
          FunctionVersion: previous,
          RoutingConfig: { AdditionalVersionWeights: record.previousWeights },
          Description: record.previousDescription,
          RevisionId: record.revision,
        }),
      ),
    );
    return 'rolled back';
  } catch (error) {
    if (isNamed(error, 'PreconditionFailedException')) return LEFT_ALONE;
    throw error;
  }
}

/**
 * Rolls back every alias this run moved: the one path for a failed move, a failed stage and the failure hook. One
 * failure does not stop the others; the error afterwards names each that failed.
 */
export async function rollBack(lambda: AliasClient, records: AliasRecord[], maxParallel: number): Promise<Rollback> {
  const results = allOrThrow(
    await mapSettled(records, maxParallel, async (record) => ({
      record,
      outcome: await naming(record.region, () => rollBackAlias(clientOf(lambda, record), record)),
    })),
    'Rolling back',
  );
  const ids = (outcomes: RollbackOutcome[]) =>
    results.filter(({ outcome }) => outcomes.includes(outcome)).map(({ record }) => placed(record.id, record.region));
  const rolledBack = ids(['rolled back', 'deleted']);
  const leftAlone = ids([LEFT_ALONE]);
  const summary = [
    rolledBack.length === 0 ? 'no alias had moved' : `rolled back: ${rolledBack.join(', ')}`,
    ...(leftAlone.length === 0 ? [] : [`${LEFT_ALONE}: ${leftAlone.join(', ')}`]),
  ].join('; ');
  return { results, rolledBack, summary };
}

/** Rolls back after `reason`, and returns the error to throw: it says what failed and what the rollback did. */
export async function failAndRollBack(
  lambda: AliasClient,
  records: AliasRecord[],
  maxParallel: number,
  reason: string,
): Promise<RollbackError> {
  try {
    const rollback = await rollBack(lambda, records, maxParallel);
    return new RollbackError(`${reason}\nAll or nothing: ${rollback.summary}.`, rollback);
  } catch (error) {
    return new RollbackError(`${reason}\nRolling back failed: ${errorMessage(error)}`, undefined);
  }
}
