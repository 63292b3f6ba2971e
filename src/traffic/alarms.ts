import { setTimeout as sleep } from 'node:timers/promises';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { Lazy } from '../aws/clients.js';
import { Input } from '../inputs/names.js';
import { awsCall } from '../aws/call.js';
import { placed } from '../aws/regions.js';
import { InputError } from '../common/errors.js';

// How often the alarms are read while traffic shifts: CodeDeploy reacts within about a minute; this is quicker.
const ALARM_POLL_SECONDS = 5;

export interface AlarmState {
  name: string;
  /** OK, ALARM or INSUFFICIENT_DATA; only ALARM stops a deploy, as with CodeDeploy. */
  state: string;
  reason: string;
}

/** An alarm in ALARM: the message names it and gives CloudWatch's reason. */
export class AlarmError extends Error {
  constructor(readonly alarm: AlarmState) {
    super(`alarm ${alarm.name} is in ALARM: ${alarm.reason || 'no reason given'}`);
    this.name = 'AlarmError';
  }
}

// DescribeAlarms takes at most 100 names per call.
const BATCH = 100;

/** The states of those of `names` that exist in the client's region, metric or composite, by name. */
async function describeAlarms(cloudwatch: Lazy<CloudWatchClient>, names: string[]): Promise<Map<string, AlarmState>> {
  const found = new Map<string, AlarmState>();
  if (names.length === 0) return found;
  const client = await cloudwatch();
  const { paginateDescribeAlarms } = await import('@aws-sdk/client-cloudwatch');
  for (let start = 0; start < names.length; start += BATCH) {
    const AlarmNames = names.slice(start, start + BATCH);
    await awsCall('DescribeAlarms', AlarmNames.join(', '), async () => {
      const pages = paginateDescribeAlarms(
        { client },
        { AlarmNames, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], MaxRecords: 100 },
      );
      for await (const page of pages) {
        for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
          const name = alarm.AlarmName ?? '';
          found.set(name, { name, state: alarm.StateValue ?? 'INSUFFICIENT_DATA', reason: alarm.StateReason ?? '' });
        }
      }
    });
  }
  return found;
}

/** Reads every named alarm, metric or composite; one that does not exist is a bad `alarms` input. */
async function readAlarms(cloudwatch: Lazy<CloudWatchClient>, names: string[]): Promise<AlarmState[]> {
  const found = await describeAlarms(cloudwatch, names);
  const missing = names.filter((name) => !found.has(name));
  if (missing.length > 0) {
    throw new InputError(
      Input.Alarms,
      `no CloudWatch alarm named ${missing.map((name) => `"${name}"`).join(', ')} in this region: check the names and aws-region`,
    );
  }
  return names.flatMap((name) => found.get(name) ?? []);
}

/** Alarms read in one region; `region`, set when several regions are listed, is named in their states. */
export interface AlarmSource {
  region: string | undefined;
  cloudwatch: Lazy<CloudWatchClient>;
  names: string[];
}

/**
 * Where each alarm is read: with several regions, in every region that holds an alarm of that name (a name none holds
 * is a bad input); with one, there, as readAlarms reads it.
 */
export async function locateAlarms(
  regions: { region: string; cloudwatch: Lazy<CloudWatchClient> }[],
  names: string[],
): Promise<AlarmSource[]> {
  const [only] = regions;
  if (regions.length === 1 && only) return [{ region: undefined, cloudwatch: only.cloudwatch, names }];
  const sources = await Promise.all(
    regions.map(async ({ region, cloudwatch }) => {
      const found = await describeAlarms(cloudwatch, names);
      return { region, cloudwatch, names: names.filter((name) => found.has(name)) };
    }),
  );
  const missing = names.filter((name) => !sources.some((source) => source.names.includes(name)));
  if (missing.length > 0) {
    throw new InputError(
      Input.Alarms,
      `no CloudWatch alarm named ${missing.map((name) => `"${name}"`).join(', ')} in any of ${regions.map(({ region }) => region).join(', ')}: check the names and aws-region`,
    );
  }
  return sources.filter((source) => source.names.length > 0);
}

/** The state of every alarm of every source: with several regions, each named `NAME in REGION`. */
export async function readSources(sources: AlarmSource[]): Promise<AlarmState[]> {
  const read = await Promise.all(
    sources.map(async ({ region, cloudwatch, names }) =>
      (await readAlarms(cloudwatch, names)).map((state) => ({ ...state, name: placed(state.name, region) })),
    ),
  );
  return read.flat();
}

/**
 * The first alarm in ALARM that counts. `ignored` holds alarms that were firing when the deploy started
 * (firing-alarms: ignore): each counts again once it has been seen OK, and is then taken out of the set.
 */
export function firing(states: AlarmState[], ignored: Set<string>): AlarmState | undefined {
  for (const alarm of states) if (alarm.state === 'OK') ignored.delete(alarm.name);
  return states.find((alarm) => alarm.state === 'ALARM' && !ignored.has(alarm.name));
}

/** Reads the alarms before anything moves: one in ALARM that counts stops the deploy, and `nothingMoved` says so. */
export async function requireQuiet(sources: AlarmSource[], nothingMoved: string, ignored: Set<string>): Promise<AlarmState[]> {
  const states = await readSources(sources);
  const alarm = firing(states, ignored);
  if (alarm) throw new Error(`${new AlarmError(alarm).message}\n${nothingMoved}`);
  return states;
}

export function describeStates(states: AlarmState[]): string {
  return states.length === 0 ? 'none watched' : states.map((alarm) => `${alarm.name} ${alarm.state}`).join(', ');
}

/**
 * Watches the alarms for `seconds`, reading them at the start, every ALARM_POLL_SECONDS and at the end; throws
 * AlarmError as soon as one that counts is in ALARM. Bounded by `seconds`, plus the time of the last read.
 */
export async function watchAlarms(sources: AlarmSource[], seconds: number, ignored: Set<string>): Promise<AlarmState[]> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const states = await readSources(sources);
    const alarm = firing(states, ignored);
    if (alarm) throw new AlarmError(alarm);
    const left = end - Date.now();
    if (left <= 0) return states;
    await sleep(Math.min(left, ALARM_POLL_SECONDS * 1000));
  }
}
