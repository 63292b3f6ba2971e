import type { SSMClient } from '@aws-sdk/client-ssm';
import type { Lazy } from './clients.js';
import { awsCall, unlessMissing } from './call.js';

/** What this run did to the parameter, so the failure hook can put it back. */
export interface ParameterRecord {
  name: string;
  /** The value before this run; null when this run created the parameter. */
  previous: string | null;
  /** The value and version this run wrote. */
  value: string;
  version: number;
}

export type ParameterOutcome = 'created' | 'updated' | 'unchanged';

/** The value as stored: a SecureString's is its ciphertext, since nothing here asks SSM to decrypt. */
export async function readParameter(
  ssm: Lazy<SSMClient>,
  name: string,
): Promise<{ value: string; version: number; type: string } | undefined> {
  const client = await ssm();
  const { GetParameterCommand } = await import('@aws-sdk/client-ssm');
  return awsCall('GetParameter', name, async () => {
    const read = await unlessMissing(client.send(new GetParameterCommand({ Name: name })), 'ParameterNotFound');
    return (
      read && { value: read.Parameter?.Value ?? '', version: read.Parameter?.Version ?? 0, type: read.Parameter?.Type ?? '' }
    );
  });
}

/**
 * Writes the value only when it differs, so a no-op deploy adds no parameter version (and triggers no consumer).
 * Returns the record of the write, or undefined when nothing was written.
 */
export async function writeParameter(
  ssm: Lazy<SSMClient>,
  name: string,
  value: string,
): Promise<{ outcome: ParameterOutcome; written: ParameterRecord | undefined }> {
  const current = await readParameter(ssm, name);
  if (current?.value === value) return { outcome: 'unchanged', written: undefined };
  const client = await ssm();
  const { PutParameterCommand } = await import('@aws-sdk/client-ssm');
  const put = await awsCall('PutParameter', name, () =>
    client.send(new PutParameterCommand({ Name: name, Value: value, Type: 'String', Overwrite: current !== undefined })),
  );
  return {
    outcome: current === undefined ? 'created' : 'updated',
    written: { name, previous: current?.value ?? null, value, version: put.Version ?? 0 },
  };
}

export type ParameterRollback = 'rolled back' | 'deleted' | 'already in place' | 'written by another deploy since: left alone';

/**
 * Puts the parameter back to its value before this run (deletes it if this run created it), unless its version is
 * no longer the one this run wrote: SSM has no conditional write, so the version read just before is the guard.
 */
export async function rollBackParameter(ssm: Lazy<SSMClient>, record: ParameterRecord): Promise<ParameterRollback> {
  const current = await readParameter(ssm, record.name);
  const client = await ssm();
  const { DeleteParameterCommand, PutParameterCommand } = await import('@aws-sdk/client-ssm');
  if (current === undefined) return record.previous === null ? 'already in place' : 'written by another deploy since: left alone';
  if (current.value === record.previous) return 'already in place';
  if (current.version !== record.version) return 'written by another deploy since: left alone';
  if (record.previous === null) {
    await awsCall('DeleteParameter', record.name, () => client.send(new DeleteParameterCommand({ Name: record.name })));
    return 'deleted';
  }
  const previous = record.previous;
  await awsCall('PutParameter', record.name, () =>
    client.send(new PutParameterCommand({ Name: record.name, Value: previous, Type: 'String', Overwrite: true })),
  );
  return 'rolled back';
}
