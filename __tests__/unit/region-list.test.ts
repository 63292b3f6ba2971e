import { describe, expect, it } from 'vitest';
import { functionsIn } from '../../src/inputs/functions.js';
import { getSettings, s3LocationIn } from '../../src/inputs/settings.js';
import { tree } from '../support/fixtures.js';

function settingsOf(inputs: Record<string, string>) {
  const saved = { ...process.env };
  try {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
    const layer = { 'layer-name': 'deps', 'layer-path': tree({ 'python/a.py': 'a' }) };
    for (const [name, value] of Object.entries({ ...layer, ...inputs })) process.env[`INPUT_${name.toUpperCase()}`] = value;
    process.env['AWS_REGION'] = 'eu-west-1';
    return getSettings();
  } finally {
    process.env = saved;
  }
}

describe('aws-region as a list', () => {
  it('reads a comma or newline list, the first region first; one region, or none given, is as before', () => {
    expect(settingsOf({ 'aws-region': 'eu-west-1, us-east-1\nap-southeast-2' })).toMatchObject({
      region: 'eu-west-1',
      regions: ['eu-west-1', 'us-east-1', 'ap-southeast-2'],
    });
    expect(settingsOf({ 'aws-region': 'us-west-2' })).toMatchObject({ region: 'us-west-2', regions: ['us-west-2'] });
    expect(settingsOf({})).toMatchObject({ region: 'eu-west-1', regions: ['eu-west-1'] });
  });

  it.each([
    ['a region twice', { 'aws-region': 'eu-west-1,eu-west-1' }, /^aws-region: "eu-west-1" is listed twice/],
    ['a bad region in the list', { 'aws-region': 'eu-west-1, europe' }, /^aws-region: "europe" is not an AWS region/],
    [
      'a layer version ARN with several regions',
      {
        'aws-region': 'eu-west-1, us-east-1',
        'layer-name': '',
        'layer-path': '',
        layers: 'arn:aws:lambda:eu-west-1:123456789012:layer:deps:3',
        functions: 'api',
      },
      /^layers: ".*" is a version of one region, and aws-region lists 2: name an SSM parameter instead/,
    ],
    [
      'a layer-name ARN of a region not listed',
      { 'aws-region': 'eu-west-1, us-east-1', 'layer-name': 'arn:aws:lambda:eu-west-3:123456789012:layer:deps' },
      /^layer-name: ".*" is in eu-west-3, which aws-region does not list \(eu-west-1, us-east-1\)/,
    ],
  ])('refuses %s, naming the input', (_, inputs, message) => {
    expect(() => settingsOf(inputs)).toThrow(message);
  });

  it('places each function: by name in every region, by ARN in its own; {region} fills in each bucket', () => {
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:worker';
    const settings = settingsOf({
      'aws-region': 'eu-west-1, us-east-1',
      functions: `api\n${arn}`,
      's3-bucket': 'artifacts-{region}',
      'ssm-parameter': '/layers/{layer}/{region}',
    });
    expect(functionsIn(settings.functions, 'eu-west-1').map((fn) => fn.id)).toEqual(['api']);
    expect(functionsIn(settings.functions, 'us-east-1').map((fn) => fn.id)).toEqual(['api', arn]);
    expect(s3LocationIn(settings.s3Location, 'us-east-1')?.bucket).toBe('artifacts-us-east-1');
    // The layer-name ARN of a listed region is published by its name in every region.
    const named = settingsOf({
      'aws-region': 'eu-west-1, us-east-1',
      'layer-name': 'arn:aws:lambda:us-east-1:123456789012:layer:deps',
    });
    expect(named.layers[0]).toMatchObject({ id: 'deps', account: '123456789012' });
  });
});
