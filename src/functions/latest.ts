import {
  GetFunctionConfigurationCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { awsCall, isNamed } from '../aws/call.js';
import { waitUpdated, whenIdle } from '../aws/wait.js';
import { layerArns, sameList } from './layers.js';

/**
 * A function whose layers this run changes before its code: until the new code is in, $LATEST runs its previous code
 * on this run's layers, and a run that stops there puts the previous layers back.
 */
export interface LatestRecord {
  /** The function as the user gave it (name or ARN). */
  id: string;
  /** The CodeSha256 of $LATEST before this run: the layers go back only while it still runs that code. */
  previousCode: string;
  previousLayers: string[];
  /** The CodeSha256 and layers this run gives it. */
  code: string;
  layers: string[];
}

const LATEST_LEFT_ALONE = 'changed by another deploy since: left alone';

export type LatestOutcome =
  | 'its previous layers put back'
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

/**
 * Puts back the layers of a $LATEST left on its previous code with this run's layers, so that unqualified invokes and
 * event source mappings do not run that mix. Only while it holds exactly that: this run's code on its layers means the
 * code update went through, anything else is another deploy's. The write is conditional on the RevisionId just
 * read, so a change racing it wins. Idempotent: the step and the failure hook both call it.
 */
export async function restoreLatest(
  lambda: LambdaClient,
  record: LatestRecord,
  waitTimeoutSeconds: number,
): Promise<LatestOutcome> {
  const { id } = record;
  const deadline = Date.now() + waitTimeoutSeconds * 1000;
  const config = await awsCall('Waiting for the update of', id, () => settledLatest(lambda, id, deadline));
  const layers = layerArns(config);
  const ourLayers = sameList(layers, record.layers);
  if (config.CodeSha256 === record.code && ourLayers) return "on this run's code and layers";
  if (config.CodeSha256 !== record.previousCode) return LATEST_LEFT_ALONE;
  if (sameList(layers, record.previousLayers)) return 'still on its previous code and layers';
  if (!ourLayers) return LATEST_LEFT_ALONE;
  try {
    await awsCall('UpdateFunctionConfiguration', id, () =>
      whenIdle(lambda, id, deadline, () =>
        lambda.send(
          new UpdateFunctionConfigurationCommand({
            FunctionName: id,
            Layers: record.previousLayers,
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
  return 'its previous layers put back';
}
