import * as core from '@actions/core';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { Lazy } from '../aws/clients.js';
import { AlarmError, describeStates, requireQuiet, watchAlarms, type AlarmSource } from './alarms.js';
import { errorMessage } from '../common/errors.js';
import { failAndRollBack } from '../rollback/rollback.js';
import type { Settings } from '../inputs/settings.js';
import { shiftAliases, type AliasClient, type AliasRecord } from '../functions/alias.js';
import { smokeTest, type SmokeResult } from './smoke.js';
import type { DeployRecord } from '../rollback/record.js';

/** What moving traffic to the new versions needs; main builds it once every function has its new version. */
export interface StageRow {
  /** "1/2" */
  stage: string;
  /** "10 %" */
  weight: string;
  /** When the weight was set, "12:00:01 UTC". */
  at: string;
  /** Seconds the weight was actually held. */
  held: number;
  /** The alarm states at the end of the hold, or the one that went off. */
  alarms?: string;
  /** held, rolled back or failed; unset while the stage runs. */
  outcome?: string;
}

/** Where the release's tables go (the job summary): report/ writes them, as it writes every table. */
interface ReleaseReport {
  smokeTest(results: SmokeResult[]): void;
  traffic(shape: string, rows: StageRow[]): void;
}

export interface ReleaseContext {
  /** One client, or each alias record's region's: the aliases of every region move together, stage by stage. */
  lambda: AliasClient;
  cloudwatch: Lazy<CloudWatchClient>;
  settings: Pick<Settings, 'alias' | 'maxParallel' | 'traffic' | 'alarms' | 'bakeTimeSeconds' | 'smokeTestPayload'>;
  /** Where each alarm is read (the plan's locateAlarms); unset: settings.alarms, with `cloudwatch`. */
  alarmSources?: AlarmSource[];
  /** Every alias to move; each has its `published` version set. */
  record: DeployRecord;
  /** Saves the record for the post step; call it whenever the aliases change. */
  save: () => void;
  /** Written into alias descriptions. */
  origin: string;
  /** Alarms in ALARM when the deploy started, with firing-alarms: ignore; each counts once it has been OK. */
  ignoredAlarms: Set<string>;
  report: ReleaseReport;
}

const percent = (weight: number): string => `${Math.round(weight * 100)} %`;
const clock = (date: Date): string => `${date.toISOString().slice(11, 19)} UTC`;

function sourcesOf({ alarmSources, cloudwatch, settings }: ReleaseContext): AlarmSource[] {
  return alarmSources ?? [{ region: undefined, cloudwatch, names: settings.alarms }];
}

async function preTraffic(ctx: ReleaseContext): Promise<void> {
  const { lambda, settings, record } = ctx;
  if (settings.smokeTestPayload !== undefined) {
    const results = await smokeTest(lambda, record.aliases, settings.smokeTestPayload, settings.maxParallel);
    for (const result of results) {
      core.info(`Smoke test ${result.id} version ${result.version}: ${result.error ?? 'ok'} (${result.seconds.toFixed(1)} s)`);
    }
    ctx.report.smokeTest(results);
    const failed = results.filter((result) => result.error !== undefined);
    if (failed.length > 0) {
      const lines = failed.map((result) => `${result.id} version ${result.version}: ${result.error}`);
      throw new Error(
        `The smoke test failed for ${failed.length} of ${results.length}:\n${lines.join('\n')}\nNo alias was moved.`,
      );
    }
  }
  await requireQuiet(sourcesOf(ctx), 'No alias was moved.', ctx.ignoredAlarms);
}

/**
 * Moves every alias to its new version, all or nothing, in lockstep through the traffic stages, with the alarms
 * watched throughout. Throws before any alias moves when the smoke test fails or an alarm is already in ALARM;
 * throws RollbackError, after rolling every alias back, when a move fails or an alarm goes off mid-shift.
 */
export async function release(ctx: ReleaseContext): Promise<void> {
  const { lambda, settings, record } = ctx;
  const sources = sourcesOf(ctx);
  await preTraffic(ctx);
  // An alias that does not exist yet has no traffic to split: it is created with the last stage.
  const existing: AliasRecord[] = record.aliases.filter((entry) => entry.previous !== null);
  const stages = existing.length > 0 ? [...settings.traffic.stages, 1] : [1];
  const bake = settings.alarms.length > 0 ? settings.bakeTimeSeconds : 0;
  if (settings.bakeTimeSeconds > 0 && bake === 0) {
    core.warning(`bake-time: ${settings.bakeTimeSeconds} s skipped: there are no alarms to watch (set alarms)`);
  }
  // A plain all-at-once move without alarms is one step: no stage table, no stage in its messages.
  const staged = settings.traffic.stages.length > 0 || settings.alarms.length > 0;
  const rows: StageRow[] = [];
  let started = Date.now();
  const heldSoFar = () => Math.round((Date.now() - started) / 1000);
  try {
    for (const [index, weight] of stages.entries()) {
      const whole = weight >= 1;
      const hold = whole ? bake : settings.traffic.intervalSeconds;
      started = Date.now();
      const row: StageRow = { stage: `${index + 1}/${stages.length}`, weight: percent(weight), at: clock(new Date()), held: 0 };
      rows.push(row);
      // Saved as each alias moves, with its weight and RevisionId: a job cancelled from here on is rolled back from it.
      await shiftAliases(lambda, whole ? record.aliases : existing, weight, ctx.origin, settings.maxParallel, {
        onMoved: ctx.save,
      });
      const watching = settings.alarms.length > 0 ? `, watching ${settings.alarms.length} alarm(s)` : '';
      core.info(`${row.at} stage ${row.stage}: ${row.weight} of traffic on the new versions; holding ${hold} s${watching}`);
      const states = await watchAlarms(sources, hold, ctx.ignoredAlarms);
      row.held = heldSoFar();
      row.alarms = describeStates(states);
      row.outcome = 'held';
      if (states.length > 0) core.info(`${clock(new Date())} stage ${row.stage} held: ${row.alarms}`);
    }
  } catch (error) {
    const current = rows[rows.length - 1];
    if (!current) throw error;
    // The moves that went through hold new RevisionIds: if this step dies while rolling back, the post step needs them.
    ctx.save();
    current.held = heldSoFar();
    if (error instanceof AlarmError) current.alarms = `${error.alarm.name} ALARM`;
    const where = staged ? `At stage ${current.stage} (${current.weight} of traffic): ` : '';
    const failure = await failAndRollBack(lambda, record.aliases, settings.maxParallel, `${where}${errorMessage(error)}`);
    current.outcome = failure.rollback && failure.rollback.rolledBack.length > 0 ? 'rolled back' : 'failed';
    throw failure;
  } finally {
    if (staged) ctx.report.traffic(settings.traffic.name, rows);
  }
}
