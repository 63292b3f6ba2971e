import {
  GetFunctionConfigurationCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { awsCall, isNamed } from '../aws/call.js';
import { waitUpdated, whenIdle } from '../aws/wait.js';
import type { Variables } from '../inputs/config.js';
import { holds, type ConfigurationFields } from './config.js';
import { layerArns, sameList } from './layers.js';

/**
 * A function whose layers or configuration this run changes before its code: until the new code is in, $LATEST runs
 * its previous code on this run's layers and configuration, and a run that stops there puts the previous ones back.
 */
export interface LatestRecord {
  /** The function as the user gave it (name or ARN). */
  id: string;
  /** $LATEST's RevisionId before this run: while it still has it, nothing of this run reached $LATEST. */
  revision: string | undefined;
  /** The CodeSha256 of $LATEST before this run: the layers go back only while it still runs that code. */
  previousCode: string;
  previousLayers: string[];
  /** The CodeSha256 and layers this run gives it. */
  code: string;
  layers: string[];
  /**
   * The configuration fields this run changes, before and after, without the environment: the record is saved state,
   * which the runner writes to its debug log, and no variable's value may reach a log.
   */
  previousConfiguration: ConfigurationFields;
  configuration: ConfigurationFields;
  /**
   * Set when this run changes the environment: the published version that holds $LATEST's previous environment,
   * read to put it back; null when none does (then it stays as this run set it, and the outcome says so).
   */
  environmentFrom?: string | null;
}

const LATEST_LEFT_ALONE = 'changed by another deploy since: left alone';

export type LatestOutcome =
  | `its previous ${string} put back${string}`
  | 'still on its previous code and layers'
  | "on this run's code and layers"
  | 'changed by another deploy since: left alone';

/** $LATEST once no update of it is in progress. A failed update leaves it as it was: that is what is read then. */
async function settledLatest(lambda: LambdaClient, id: string, deadline: number): Promise<FunctionConfiguration> {
  const read = () => lambda.send(new GetFunctionConfigurationCommand({ FunctionName: id }));
  const config = await waitUpdated(lambda, id, deadline).catch(read);
  if (config.LastUpdateStatus === 'InProgress') throw new Error('an update is still in progress after wait-timeout');
  return config;
}

/** The environment to put back: given by the step, which still has it, or read from the version the record names. */
async function previousEnvironment(
  lambda: LambdaClient,
  record: LatestRecord,
  given: Variables | undefined,
): Promise<Variables | undefined> {
  if (given || !record.environmentFrom) return given;
  const version = record.environmentFrom;
  const config = await awsCall('GetFunctionConfiguration', `${record.id}:${version}`, () =>
    lambda.send(new GetFunctionConfigurationCommand({ FunctionName: record.id, Qualifier: version })),
  );
  return config.Environment?.Variables ?? {};
}

/**
 * Puts back the layers and configuration of a $LATEST left on its previous code with this run's, so that unqualified
 * invokes and event source mappings do not run that mix. Only while it holds exactly that: this run's code on its
 * layers means the code update went through, anything else is another deploy's. The write is conditional on the
 * RevisionId just read, so a change racing it wins. Idempotent: the step and the failure hook both call it; the step
 * passes the previous environment, which the record never holds.
 */
export async function restoreLatest(
  lambda: LambdaClient,
  record: LatestRecord,
  waitTimeoutSeconds: number,
  environment?: Variables,
): Promise<LatestOutcome> {
  const { id } = record;
  const deadline = Date.now() + waitTimeoutSeconds * 1000;
  const config = await awsCall('Waiting for the update of', id, () => settledLatest(lambda, id, deadline));
  const layers = layerArns(config);
  const ours = sameList(layers, record.layers) && holds(config, record.configuration);
  if (config.CodeSha256 === record.code && ours) return "on this run's code and layers";
  if (config.CodeSha256 !== record.previousCode) return LATEST_LEFT_ALONE;
  const previous =
    sameList(layers, record.previousLayers) &&
    holds(config, record.previousConfiguration) &&
    record.environmentFrom === undefined;
  if (config.RevisionId === record.revision || previous) return 'still on its previous code and layers';
  if (!ours) return LATEST_LEFT_ALONE;
  const variables = await previousEnvironment(lambda, record, environment);
  try {
    await awsCall('UpdateFunctionConfiguration', id, () =>
      whenIdle(lambda, id, deadline, () =>
        lambda.send(
          new UpdateFunctionConfigurationCommand({
            FunctionName: id,
            Layers: record.previousLayers,
            ...record.previousConfiguration,
            ...(variables ? { Environment: { Variables: { ...variables } } } : {}),
            RevisionId: config.RevisionId,
          }),
        ),
      ),
    );
  } catch (error) {
    if (isNamed(error, 'PreconditionFailedException')) return LATEST_LEFT_ALONE;
    throw error;
  }
  await awsCall('Waiting for the update of', id, () => waitUpdated(lambda, id, deadline));
  const configured = Object.keys(record.previousConfiguration).length > 0 || record.environmentFrom !== undefined;
  const what = [!sameList(record.layers, record.previousLayers) && 'layers', configured && 'configuration'].filter(Boolean);
  const kept =
    record.environmentFrom !== undefined && !variables
      ? ", except its environment, which no published version holds and this run never saves: it keeps this run's variables"
      : '';
  return `its previous ${what.join(' and ')} put back${kept}`;
}
