import { describe, expect, it } from 'vitest';
import { parseTraffic } from '../../src/inputs/traffic.js';

describe('parseTraffic', () => {
  it.each([
    ['AllAtOnce', [], 0],
    ['Canary10Percent5Minutes', [0.1], 300],
    ['Canary50Percent2Seconds', [0.5], 2],
    ['Linear25PercentEvery1Minute', [0.25, 0.5, 0.75], 60],
    ['Linear10PercentEvery3Seconds', [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], 3],
  ])('reads %s', (name, stages, interval) => {
    const traffic = parseTraffic(name);
    expect(traffic.stages.map((w) => Math.round(w * 100) / 100)).toEqual(stages);
    expect(traffic.intervalSeconds).toBe(interval);
  });

  it.each(['Canary0Percent5Minutes', 'Canary100Percent1Minute', 'Linear10Percent', 'Gradual', 'canary10percent5minutes'])(
    'rejects %s naming the input',
    (name) => {
      expect(() => parseTraffic(name)).toThrow(/^traffic: ".*" is not a traffic shape/);
    },
  );
});
