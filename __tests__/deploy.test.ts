import { describe, expect, it } from 'vitest';
import { layerNameOf, withLayer } from '../src/deploy.js';

const arn = (name: string, version: number) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${version}`;

describe('withLayer', () => {
  it('swaps a layer in place, keeping the others in their order', () => {
    expect(withLayer([arn('a', 1), arn('deps', 3), arn('b', 2)], arn('deps', 4))).toEqual([
      arn('a', 1),
      arn('deps', 4),
      arn('b', 2),
    ]);
  });

  it('appends a layer the function does not carry yet', () => {
    expect(withLayer([arn('a', 1)], arn('deps', 1))).toEqual([arn('a', 1), arn('deps', 1)]);
  });

  it('matches layers by name, not by version', () => {
    expect(layerNameOf(arn('deps', 12))).toBe('deps');
    expect(withLayer([arn('deps-extra', 1)], arn('deps', 2))).toEqual([arn('deps-extra', 1), arn('deps', 2)]);
  });
});
