import { CreateAliasCommand, UpdateAliasCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import * as core from '@actions/core';
import { DESCRIPTION_LIMIT } from './constants.js';
import { awsCall, errorMessage } from './errors.js';
import { mapSettled } from './parallel.js';
import { undoAll } from './rollback.js';
import type { AliasRecord } from './state.js';

/** The alias itself records where it was before this deploy, so a later manual rollback needs no other store. */
export function aliasDescription(previous: string | null, origin: string): string {
  return `previous=${previous ?? 'none'} ${origin}`.slice(0, DESCRIPTION_LIMIT);
}

/** The alias description written with a move: a deploy records the previous version, a rollback does not. */
export type Describe = (previous: string | null, origin: string) => string;

/** The version the alias description says it pointed to before the last deploy, if it says so. */
export function recordedPrevious(description: string | undefined): string | undefined {
  return /(?:^|\s)previous=(\d+)(?:\s|$)/.exec(description ?? '')?.[1];
}

/**
 * Sends `weight` of the alias's traffic to the record's target: 1 moves the alias whole and clears its routing;
 * below 1 the alias stays on the previous version and routes that share to the target.
 */
export async function pointAlias(
  lambda: LambdaClient,
  record: AliasRecord,
  weight: number,
  origin: string,
  describe: Describe = aliasDescription,
): Promise<void> {
  const target = record.target;
  if (target === undefined) throw new Error(`${record.id}: no new version to point ${record.alias} at`);
  const name = `${record.id}:${record.alias}`;
  const Description = describe(record.previous, origin);
  if (record.previous === null) {
    const created = await awsCall('CreateAlias', name, () =>
      lambda.send(new CreateAliasCommand({ FunctionName: record.id, Name: record.alias, FunctionVersion: target, Description })),
    );
    record.revision = created.RevisionId;
    record.routed = 1;
    return;
  }
  const whole = weight >= 1;
  const updated = await awsCall('UpdateAlias', name, () =>
    lambda.send(
      new UpdateAliasCommand({
        FunctionName: record.id,
        Name: record.alias,
        FunctionVersion: whole ? target : record.previous!,
        RoutingConfig: { AdditionalVersionWeights: whole ? {} : { [target]: weight } },
        Description,
        RevisionId: record.revision,
      }),
    ),
  );
  record.revision = updated.RevisionId;
  record.routed = whole ? 1 : weight;
}

/** A failed shift, after the aliases it had moved were moved back (or not: `movedBack` lists those that were). */
export class ShiftError extends Error {
  constructor(
    message: string,
    readonly movedBack: string[],
  ) {
    super(message);
    this.name = 'ShiftError';
  }
}

/**
 * Moves every alias, or none: when one move fails, the aliases this call already moved are moved back, then the
 * error names what failed.
 */
export async function shiftAliases(
  lambda: LambdaClient,
  records: AliasRecord[],
  weight: number,
  origin: string,
  maxParallel: number,
  describe: Describe = aliasDescription,
): Promise<void> {
  const results = await mapSettled(records, maxParallel, (record) => pointAlias(lambda, record, weight, origin, describe));
  const failed = results.flatMap((result) => (result.status === 'rejected' ? [errorMessage(result.reason)] : []));
  if (failed.length === 0) return;
  // Restoring is idempotent, so every alias of this move is checked: an earlier stage of a gradual shift may have
  // moved the ones whose move failed now.
  let movedBack: string[] = [];
  let undo: string;
  try {
    ({ movedBack, summary: undo } = await undoAll(lambda, records, maxParallel));
  } catch (error) {
    undo = `moving the others back failed too: ${errorMessage(error)}`;
    core.error(undo);
  }
  throw new ShiftError(`Shifting the aliases failed:\n${failed.join('\n')}\nAll or nothing: ${undo}`, movedBack);
}
