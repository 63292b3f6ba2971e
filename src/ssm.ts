import { GetParameterCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { awsCall, isNamed } from './errors.js';

export type ParameterOutcome = 'created' | 'updated' | 'unchanged';

/** Writes the value only when it differs, so a no-op deploy adds no parameter version (and triggers no consumer). */
export async function writeParameter(ssm: SSMClient, name: string, value: string): Promise<ParameterOutcome> {
  const current = await awsCall('GetParameter', name, () =>
    ssm.send(new GetParameterCommand({ Name: name })).then(
      (out) => out.Parameter?.Value,
      (error: unknown) => {
        if (isNamed(error, 'ParameterNotFound')) return undefined;
        throw error;
      },
    ),
  );
  if (current === value) return 'unchanged';
  await awsCall('PutParameter', name, () =>
    ssm.send(new PutParameterCommand({ Name: name, Value: value, Type: 'String', Overwrite: current !== undefined })),
  );
  return current === undefined ? 'created' : 'updated';
}
