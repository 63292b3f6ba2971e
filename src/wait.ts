import { waitForFunctionUpdated, type FunctionConfiguration, type LambdaClient } from '@aws-sdk/client-lambda';
import { isNamed } from './errors.js';

/** Waits, with the SDK's waiter, until the function's last update has finished; Failed is an error with its reason. */
export async function waitUpdated(lambda: LambdaClient, name: string, deadline: number): Promise<FunctionConfiguration> {
  const maxWaitTime = Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
  const result = await waitForFunctionUpdated({ client: lambda, maxWaitTime, minDelay: 1, maxDelay: 10 }, { FunctionName: name });
  const config = result.reason as FunctionConfiguration | Error | undefined;
  if (String(result.state) === 'SUCCESS' && config && !(config instanceof Error)) return config;
  if (String(result.state) === 'FAILURE' && config && !(config instanceof Error)) {
    throw new Error(
      `${name}: the update failed: ${config.LastUpdateStatusReasonCode ?? ''} ${config.LastUpdateStatusReason ?? ''}`.trim(),
    );
  }
  const last = config instanceof Error ? ` (last error: ${config.name}: ${config.message})` : '';
  throw new Error(`${name}: the update did not finish within wait-timeout${last}`);
}

/**
 * Runs a write that Lambda refuses with ResourceConflictException while another update of the function is in
 * progress: waits that update out and tries again with the revision it left, until the deadline.
 */
export async function whenIdle<T>(
  lambda: LambdaClient,
  name: string,
  deadline: number,
  revisionId: string | undefined,
  write: (revisionId: string | undefined) => Promise<T>,
): Promise<T> {
  let revision = revisionId;
  for (;;) {
    try {
      return await write(revision);
    } catch (error) {
      if (!isNamed(error, 'ResourceConflictException') || Date.now() >= deadline) throw error;
      revision = (await waitUpdated(lambda, name, deadline)).RevisionId;
    }
  }
}
