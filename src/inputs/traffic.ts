import { InputError } from '../common/errors.js';
import { Input } from './names.js';

/** How traffic reaches the new versions: at once, or through stages of weights held for an interval each. */
export interface Traffic {
  name: string;
  /** Weights (0-1) of the new version, held in turn for intervalSeconds; empty for AllAtOnce. 100 % follows. */
  stages: number[];
  intervalSeconds: number;
}

const CANARY = /^Canary(\d{1,2})Percent(\d+)(Minutes?|Seconds?)$/;
const LINEAR = /^Linear(\d{1,2})PercentEvery(\d+)(Minutes?|Seconds?)$/;

/** Parses CodeDeploy's names (Canary10Percent5Minutes, Linear10PercentEvery1Minute...) and the same shapes in seconds. */
export function parseTraffic(name: string): Traffic {
  if (name === 'AllAtOnce') return { name, stages: [], intervalSeconds: 0 };
  const match = CANARY.exec(name) ?? LINEAR.exec(name);
  const percent = Number(match?.[1]);
  const amount = Number(match?.[2]);
  if (!match || !(percent >= 1 && percent <= 99) || !(amount >= 1)) {
    throw new InputError(
      Input.Traffic,
      `"${name}" is not a traffic shape (use AllAtOnce, Canary<P>Percent<N>Minutes, Linear<P>PercentEvery<N>Minutes, or the same with Seconds; P from 1 to 99)`,
    );
  }
  const intervalSeconds = match[3]?.startsWith('Minute') ? amount * 60 : amount;
  const stages: number[] = [];
  if (name.startsWith('Canary')) {
    stages.push(percent / 100);
  } else {
    for (let step = percent; step < 100; step += percent) stages.push(step / 100);
  }
  return { name, stages, intervalSeconds };
}
