import { DeleteAliasCommand, GetAliasCommand, UpdateAliasCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { awsCall, isNamed } from './errors.js';
import { allOrThrow, mapSettled } from './parallel.js';
import type { AliasRecord } from './state.js';

export type RestoreOutcome = 'moved back' | 'deleted' | 'already in place' | 'left alone: moved since by someone else';

/** Whether restoring changed the alias, i.e. this rollback actually undid something. */
export const undid = (outcome: RestoreOutcome): boolean => outcome === 'moved back' || outcome === 'deleted';

/**
 * Puts one alias back where the record says it was, if it still carries what this run published; idempotent, so
 * the main step, the post step and a rerun can all call it.
 */
export async function restoreAlias(lambda: LambdaClient, record: AliasRecord): Promise<RestoreOutcome> {
  const target = `${record.id}:${record.alias}`;
  const current = await awsCall('GetAlias', target, () =>
    lambda.send(new GetAliasCommand({ FunctionName: record.id, Name: record.alias })).catch((error: unknown) => {
      if (isNamed(error, 'ResourceNotFoundException')) return undefined;
      throw error;
    }),
  );
  if (!current) return record.previous === null ? 'already in place' : 'left alone: moved since by someone else';
  const weights = current.RoutingConfig?.AdditionalVersionWeights ?? {};
  const carriesOurs = record.target !== undefined && (current.FunctionVersion === record.target || record.target in weights);
  if (!carriesOurs) {
    const inPlace =
      current.FunctionVersion === record.previous && Object.keys(weights).length === Object.keys(record.previousWeights).length;
    return inPlace ? 'already in place' : 'left alone: moved since by someone else';
  }
  if (record.previous === null) {
    await awsCall('DeleteAlias', target, () =>
      lambda.send(new DeleteAliasCommand({ FunctionName: record.id, Name: record.alias })),
    );
    return 'deleted';
  }
  const previous = record.previous;
  await awsCall('UpdateAlias', target, () =>
    lambda.send(
      new UpdateAliasCommand({
        FunctionName: record.id,
        Name: record.alias,
        FunctionVersion: previous,
        RoutingConfig: { AdditionalVersionWeights: record.previousWeights },
        Description: record.previousDescription,
      }),
    ),
  );
  return 'moved back';
}

/** Restores every alias; one failure does not stop the others, and the error afterwards names each that failed. */
export async function restoreAliases(
  lambda: LambdaClient,
  records: AliasRecord[],
  maxParallel: number,
): Promise<{ record: AliasRecord; outcome: RestoreOutcome }[]> {
  const results = await mapSettled(records, maxParallel, async (record) => ({
    record,
    outcome: await restoreAlias(lambda, record),
  }));
  return allOrThrow(results, 'Rolling back');
}

/** Restores every alias; says which it moved back or deleted, and which someone else had moved since. */
export async function undoAll(
  lambda: LambdaClient,
  records: AliasRecord[],
  maxParallel: number,
): Promise<{ movedBack: string[]; summary: string }> {
  const results = await restoreAliases(lambda, records, maxParallel);
  const ids = (keep: (outcome: RestoreOutcome) => boolean) =>
    results.filter(({ outcome }) => keep(outcome)).map(({ record }) => record.id);
  const movedBack = ids(undid);
  const leftAlone = ids((outcome) => outcome === 'left alone: moved since by someone else');
  const summary = [
    movedBack.length === 0 ? 'no alias had moved' : `moved back: ${movedBack.join(', ')}`,
    ...(leftAlone.length === 0 ? [] : [`left alone, moved since by someone else: ${leftAlone.join(', ')}`]),
  ].join('; ');
  return { movedBack, summary };
}
