import { errorMessage } from '../common/errors.js';

const regions = new WeakMap<object, string>();

/** Where a failed call was sent: the message of a throttled one names the region whose quota it met. */
export function noteRegion(error: unknown, region: string): void {
  if (error instanceof Object) regions.set(error, region);
}

function hintFor(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (/Throttl|TooManyRequests/.test(name)) {
    const region = error instanceof Object ? regions.get(error) : undefined;
    const where = region === undefined ? '' : ` in ${region}`;
    return ` (throttled${where} even after the SDK's retries: other deploys or tools are using Lambda's quota in this account and region; retry the job later)`;
  }
  if (name === 'PreconditionFailedException') {
    return ' (another deploy changed it since this run read it: their change was not overwritten)';
  }
  if (/AccessDenied|Unauthorized|Forbidden/.test(name)) {
    return ' (the role lacks this permission: see docs/iam-policies.md)';
  }
  if (/CredentialsProviderError|ExpiredToken/.test(name)) {
    return ' (no usable AWS credentials: run aws-actions/configure-aws-credentials before this step)';
  }
  return '';
}

/** Wraps an AWS error with what was being done and to what, keeping the original as its cause. */
export class AwsCallError extends Error {
  readonly code: string;
  constructor(operation: string, target: string, cause: unknown) {
    const name = cause instanceof Error ? cause.name : 'Error';
    // A plain Error is this action's own words, already complete: only AWS's errors need their name.
    const kind = name === 'Error' ? '' : `${name}: `;
    super(`${operation} ${target}: ${kind}${errorMessage(cause)}${hintFor(cause)}`, { cause });
    this.name = 'AwsCallError';
    this.code = name;
  }
}

export async function awsCall<T>(operation: string, target: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AwsCallError) throw error;
    throw new AwsCallError(operation, target, error);
  }
}

/** The call's result, or undefined when AWS answers that the thing is not there (one of `missing`). */
export async function unlessMissing<T>(call: Promise<T>, ...missing: string[]): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (isNamed(error, ...missing)) return undefined;
    throw error;
  }
}

export function isNamed(error: unknown, ...names: string[]): boolean {
  if (!(error instanceof Error)) return false;
  const code = error instanceof AwsCallError ? error.code : error.name;
  return names.includes(code);
}
