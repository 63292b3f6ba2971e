import { performance } from 'node:perf_hooks';
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { awsCall } from '../aws/call.js';
import { errorMessage } from '../common/errors.js';
import { mapSettled } from '../common/parallel.js';
import { clientOf, type AliasClient, type AliasRecord } from '../functions/alias.js';
import { placed } from '../aws/regions.js';

export interface SmokeResult {
  /** The function, and its region when several are listed. */
  id: string;
  version: string;
  /** undefined when the invocation succeeded. */
  error: string | undefined;
  seconds: number;
}

// Enough of an error payload to see the error and the start of its stack trace, short enough for an annotation.
const ERROR_LIMIT = 1000;

function functionError(kind: string, payload: Uint8Array | undefined): string {
  const text = Buffer.from(payload ?? []).toString('utf8');
  try {
    const { errorType, errorMessage: message } = JSON.parse(text) as { errorType?: string; errorMessage?: string };
    if (message !== undefined) return `${kind} error: ${errorType ?? 'Error'}: ${message}`.slice(0, ERROR_LIMIT);
  } catch {
    // not Lambda's JSON error shape: show the payload as it came
  }
  return `${kind} error: ${text}`.slice(0, ERROR_LIMIT);
}

async function invokeOnce(lambda: LambdaClient, record: AliasRecord, payload: string): Promise<SmokeResult> {
  const version = record.published;
  if (version === undefined) throw new Error(`${record.id}: no new version to invoke`);
  const start = performance.now();
  let error: string | undefined;
  try {
    const result = await awsCall('Invoke', `${record.id}:${version}`, () =>
      lambda.send(new InvokeCommand({ FunctionName: record.id, Qualifier: version, Payload: Buffer.from(payload) })),
    );
    if (result.FunctionError) error = functionError(result.FunctionError, result.Payload);
  } catch (caught) {
    error = errorMessage(caught);
  }
  return { id: placed(record.id, record.region), version, error, seconds: (performance.now() - start) / 1000 };
}

/** Invokes every new version once, by version number, so no alias and no user traffic is involved. */
export async function smokeTest(
  lambda: AliasClient,
  records: AliasRecord[],
  payload: string,
  maxParallel: number,
): Promise<SmokeResult[]> {
  const results = await mapSettled(records, maxParallel, (record) => invokeOnce(clientOf(lambda, record), record, payload));
  // invokeOnce never throws: every failure is part of its result.
  return results.map((result) => (result as PromiseFulfilledResult<SmokeResult>).value);
}
