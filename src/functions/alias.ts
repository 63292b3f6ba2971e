import { CreateAliasCommand, GetAliasCommand, UpdateAliasCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { DESCRIPTION_LIMIT } from '../aws/limits.js';
import { naming } from '../aws/regions.js';
import { awsCall, unlessMissing } from '../aws/call.js';
import { allOrThrow, mapSettled } from '../common/parallel.js';

/** Where an alias points, as GetAlias reads it. */
export interface AliasState {
  version: string;
  weights: Record<string, number>;
  description: string;
  revision: string | undefined;
}

/** Where one function's alias was before this run, and what this run published for it. */
export interface AliasRecord {
  /** The function as the user gave it (name or ARN). */
  id: string;
  alias: string;
  /** Its region when several are listed; unset: the only one. */
  region?: string | undefined;
  /** The version the alias pointed to; null when this run creates the alias. */
  previous: string | null;
  previousWeights: Record<string, number>;
  previousDescription: string;
  /** The version this run published for the function, once it exists. */
  published?: string;
  /**
   * The alias's RevisionId as this run last read or wrote it. Every move is conditional on it, so a change someone
   * else makes between two stages fails the move instead of being overwritten.
   */
  revision?: string | undefined;
  /** The share of the alias's traffic this run last sent to `published` (1: all of it). */
  routed?: number;
}

/**
 * The Lambda client an alias is read and moved with: one for every record, or, across several regions, the one of
 * each record's region.
 */
export type AliasClient = LambdaClient | ((region: string | undefined) => LambdaClient);

export function clientOf(lambda: AliasClient, record: AliasRecord): LambdaClient {
  return typeof lambda === 'function' ? lambda(record.region) : lambda;
}

/** The record of an alias as it was read before anything moved; `state` undefined: the alias does not exist yet. */
export function aliasRecord(id: string, alias: string, state: AliasState | undefined, region?: string): AliasRecord {
  return {
    id,
    alias,
    ...(region === undefined ? {} : { region }),
    previous: state?.version ?? null,
    previousWeights: state?.weights ?? {},
    previousDescription: state?.description ?? '',
    revision: state?.revision,
  };
}

/** The alias as it is now; undefined when the function has no alias of that name. */
export async function readAlias(lambda: LambdaClient, id: string, alias: string): Promise<AliasState | undefined> {
  return awsCall('GetAlias', `${id}:${alias}`, async () => {
    const read = await unlessMissing(
      lambda.send(new GetAliasCommand({ FunctionName: id, Name: alias })),
      'ResourceNotFoundException',
    );
    return (
      read && {
        version: read.FunctionVersion ?? '$LATEST',
        weights: read.RoutingConfig?.AdditionalVersionWeights ?? {},
        description: read.Description ?? '',
        revision: read.RevisionId,
      }
    );
  });
}

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
 * Sends `weight` of the alias's traffic to the record's published version: 1 moves the alias whole and clears its
 * routing; below 1 the alias stays on the previous version and routes that share to the new one. Conditional on the
 * RevisionId this run last read or wrote, so another deploy's move in between fails this one instead of being lost.
 */
async function pointAlias(lambda: LambdaClient, record: AliasRecord, weight: number, origin: string, describe: Describe) {
  const published = record.published;
  if (published === undefined) throw new Error(`${record.id}: no new version to point ${record.alias} at`);
  const name = `${record.id}:${record.alias}`;
  const { previous } = record;
  const Description = describe(previous, origin);
  if (previous === null) {
    const created = await awsCall('CreateAlias', name, () =>
      lambda.send(
        new CreateAliasCommand({ FunctionName: record.id, Name: record.alias, FunctionVersion: published, Description }),
      ),
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
        FunctionVersion: whole ? published : previous,
        RoutingConfig: { AdditionalVersionWeights: whole ? {} : { [published]: weight } },
        Description,
        RevisionId: record.revision,
      }),
    ),
  );
  record.revision = updated.RevisionId;
  record.routed = whole ? 1 : weight;
}

/**
 * Moves every alias to `weight`; throws naming each move that failed once all have been tried. The caller rolls back:
 * a failed move leaves the others moved.
 */
export async function shiftAliases(
  lambda: AliasClient,
  records: AliasRecord[],
  weight: number,
  origin: string,
  maxParallel: number,
  { describe = aliasDescription, onMoved }: { describe?: Describe; onMoved?: () => void } = {},
): Promise<void> {
  allOrThrow(
    await mapSettled(records, maxParallel, async (record) => {
      await naming(record.region, () => pointAlias(clientOf(lambda, record), record, weight, origin, describe));
      // As each alias moves, not once all have: a job cancelled mid-stage is rolled back from what did move.
      onMoved?.();
    }),
    'Moving the aliases',
  );
}
