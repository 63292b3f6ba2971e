import { describe, expect, it } from 'vitest';
import { withLayers } from '../../src/functions/layers.js';
import { layerNameOf } from '../../src/aws/arns.js';

const arn = (name: string, version: number) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${version}`;

describe('withLayers', () => {
  it('swaps each layer in place, keeping the others in their order', () => {
    expect(withLayers([arn('a', 1), arn('deps', 3), arn('b', 2)], [arn('deps', 4), arn('a', 2)])).toEqual([
      arn('a', 2),
      arn('deps', 4),
      arn('b', 2),
    ]);
  });

  it('appends the layers the function does not carry yet, in the order given', () => {
    expect(withLayers([arn('a', 1)], [arn('deps', 1), arn('ml', 3)])).toEqual([arn('a', 1), arn('deps', 1), arn('ml', 3)]);
  });

  it('matches layers by name, not by version', () => {
    expect(layerNameOf(arn('deps', 12))).toBe('deps');
    expect(withLayers([arn('deps-extra', 1)], [arn('deps', 2)])).toEqual([arn('deps-extra', 1), arn('deps', 2)]);
  });
});
