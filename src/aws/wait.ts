import {
  GetFunctionConfigurationCommand,
  waitUntilFunctionUpdatedV2,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { isNamed } from './call.js';

// How often an update is polled until it is done: most updates take a few seconds, so the SDK's backoff up to
// minutes would add more waiting than the update itself. The update waiter reads GetFunction, which has a quota of
// 100 requests per second of its own: max-parallel's default of 20 functions polling once a second stays well within.
// (A new version's waiter reads GetFunctionConfiguration, in the shared 15 per second: it keeps the SDK's backoff.)
const UPDATE_POLL_SECONDS = 1;

/**
 * Waits, with the SDK's waiter, until the function's last update has finished. A failed update is an error with
 * Lambda's reason; the waiter's own error is a JSON dump, so the reason is read again in plain words.
 */
export async function waitUpdated(lambda: LambdaClient, id: string, deadline: number): Promise<FunctionConfiguration> {
  const maxWaitTime = Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
  try {
    const { final } = await waitUntilFunctionUpdatedV2(
      { client: lambda, maxWaitTime, minDelay: UPDATE_POLL_SECONDS, maxDelay: UPDATE_POLL_SECONDS },
      { FunctionName: id },
    );
    return final?.Configuration ?? {};
  } catch (error) {
    // The waiter retries every error until it times out: this read surfaces one that lasts (e.g. AccessDenied).
    const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: id }));
    if (config.LastUpdateStatus === 'Failed') {
      throw new Error(
        `the update failed: ${config.LastUpdateStatusReasonCode ?? ''} ${config.LastUpdateStatusReason ?? ''}`.trim(),
      );
    }
    if (isNamed(error, 'TimeoutError')) throw new Error('the update did not finish within wait-timeout');
    throw error;
  }
}

/**
 * Runs a write that Lambda refuses with ResourceConflictException while an update of the function is in progress:
 * waits that update out and tries again, until the deadline. The write keeps the RevisionId it was given: if the
 * update in progress was another deploy's, the retry then fails with 412 instead of overwriting it.
 */
export async function whenIdle<T>(lambda: LambdaClient, id: string, deadline: number, write: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (!isNamed(error, 'ResourceConflictException') || Date.now() >= deadline) throw error;
      await waitUpdated(lambda, id, deadline);
    }
  }
}
