import { setTimeout as sleep } from 'node:timers/promises';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { FinalizeHandler, FinalizeHandlerArguments, HandlerExecutionContext } from '@smithy/types';
import { noteRegion } from './call.js';

// Lambda's control-plane quota, per account and region, not increasable: 15 requests a second shared by every call
// but invocations and GetFunction, which has 100 of its own. A deploy paces its calls under it rather than sending
// them at once and retrying the ones throttled, whose backoff then leaves the quota unused for seconds.
const CONTROL_PLANE_PER_SECOND = 15;
const GET_FUNCTION_PER_SECOND = 100;
// After a pause, this many go at once: few enough that requests delayed on their way and arriving together still fit
// a burst Lambda allows, and other tools deploying to the account meanwhile keep some of the quota.
const BURST = 5;

/**
 * A token bucket, as virtual scheduling: each request waits its turn, in order of arrival, so that requests are at
 * least 1/perSecond apart once `burst` have gone at once.
 */
function tokenBucket(perSecond: number, burst: number): () => Promise<void> {
  const interval = 1000 / perSecond;
  // When the next request would go if they had been spaced evenly all along.
  let due = 0;
  return async () => {
    const now = performance.now();
    const at = Math.max(now, due - (burst - 1) * interval);
    due = Math.max(due, at) + interval;
    if (at > now) await sleep(at - now);
  };
}

/**
 * Paces one region's Lambda client under the quota: every attempt, retries included, takes its turn just before it
 * is signed (a signature never waits out a queue). Invocations are not in the quota; GetFunction has a bucket of its
 * own. A failed call's error is noted with the region, which the message then names.
 */
export function paceLambda(client: LambdaClient, region: string): void {
  const controlPlane = tokenBucket(CONTROL_PLANE_PER_SECOND, BURST);
  const getFunction = tokenBucket(GET_FUNCTION_PER_SECOND, BURST);
  client.middlewareStack.addRelativeTo(
    <Output extends object>(next: FinalizeHandler<object, Output>, context: HandlerExecutionContext) =>
      async (args: FinalizeHandlerArguments<object>) => {
        if (context.commandName !== 'InvokeCommand') {
          await (context.commandName === 'GetFunctionCommand' ? getFunction() : controlPlane());
        }
        try {
          return await next(args);
        } catch (error) {
          noteRegion(error, region);
          throw error;
        }
      },
    { name: 'lambdaQuotaPacing', relation: 'before', toMiddleware: 'httpSigningMiddleware' },
  );
}
