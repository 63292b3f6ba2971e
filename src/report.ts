import * as core from '@actions/core';
import { Output } from './constants.js';
import type { Deployed, FunctionPlan } from './deploy.js';
import { errorMessage } from './errors.js';
import type { LayerPlan, LayerVersion } from './layer.js';
import type { RollbackResult } from './rollback.js';
import type { SmokeResult } from './smoke.js';

/**
 * The job summary is HTML: error text, a function's own error payload or an alarm's reason must not become markup
 * there.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

export function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Cell = string | { data: string; header: true };
export const header = (...titles: string[]): Cell[] => titles.map((data) => ({ data, header: true }));

/** The one place a step's error becomes its failure: the log's ::error and the summary. */
export function reportFailure(error: unknown): void {
  const message = errorMessage(error);
  core.setFailed(message);
  core.summary.addHeading('Failed', 3).addCodeBlock(escapeHtml(message));
}

/** Outside a runner (a local trial) there is no summary file to write. */
export async function writeSummary(): Promise<void> {
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.write();
}

export type LayerOutcome = 'published' | 'reused (same content)' | 'would publish';

export function reportLayer(plan: LayerPlan, version: LayerVersion | undefined, outcome: LayerOutcome): void {
  core.setOutput(Output.ContentHash, plan.hash);
  core.setOutput(Output.LayerVersionArn, version?.arn ?? '');
  core.setOutput(Output.LayerVersion, version ? String(version.version) : '');
  core.setOutput(Output.LayerPublished, String(outcome === 'published'));
  core.summary
    .addHeading(`Layer ${plan.settings.name}`, 3)
    .addTable([
      header('Version', 'Outcome', 'Content hash', 'Files', 'Unzipped', 'Zipped'),
      [
        version ? String(version.version) : '-',
        outcome,
        `<code>${plan.hash.slice(0, 16)}</code>`,
        String(plan.fileCount),
        megabytes(plan.unzippedSize),
        plan.zip ? megabytes(plan.zip.size) : '-',
      ],
    ]);
}

export interface FunctionRow {
  id: string;
  alias: string;
  previous: string | null;
  version: string | undefined;
  layer: string;
  code: string;
  outcome: string;
  seconds: number | undefined;
}

export function reportFunctions(rows: FunctionRow[], heading: string): void {
  core.setOutput(Output.FunctionVersions, JSON.stringify(Object.fromEntries(rows.map((row) => [row.id, row.version ?? null]))));
  core.setOutput(Output.PreviousVersions, JSON.stringify(Object.fromEntries(rows.map((row) => [row.id, row.previous]))));
  core.summary
    .addHeading(heading, 3)
    .addTable([
      header('Function', 'Alias', 'Version', 'Layer', 'Code', 'Outcome', 'Time'),
      ...rows.map((row) => [
        row.id,
        row.alias,
        `${row.previous ?? 'none'} → ${row.version ?? '?'}`,
        row.layer,
        row.code,
        row.outcome,
        row.seconds === undefined ? '-' : `${row.seconds.toFixed(1)} s`,
      ]),
    ]);
}

export function reportSmokeTest(results: SmokeResult[]): void {
  core.summary
    .addHeading('Smoke test', 3)
    .addTable([
      header('Function', 'Version', 'Result', 'Time'),
      ...results.map((result) => [
        result.id,
        result.version,
        result.error === undefined ? 'ok' : `<code>${escapeHtml(result.error)}</code>`,
        `${result.seconds.toFixed(1)} s`,
      ]),
    ]);
}

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

export function reportTraffic(shape: string, rows: StageRow[]): void {
  core.summary
    .addHeading(`Traffic (${shape})`, 3)
    .addTable([
      header('Stage', 'New versions get', 'Set at', 'Held', 'Alarms', 'Outcome'),
      ...rows.map((row) => [row.stage, row.weight, row.at, `${row.held} s`, escapeHtml(row.alarms ?? '-'), row.outcome ?? '-']),
    ]);
}

/**
 * The deploy's function table: where each alias was, where it is now, with which layer. `layerLabel` is the
 * `name:version` of the layer every listed function carries afterwards.
 */
export function reportDeploy(
  functions: FunctionPlan[],
  deployed: Map<FunctionPlan, Deployed>,
  layerLabel: string | undefined,
  alias: string,
  dryRun: boolean,
): void {
  if (functions.length === 0) return;
  const rows: FunctionRow[] = functions.map((plan) => {
    const done = deployed.get(plan);
    const verb = plan.alias ? 'move' : 'create';
    return {
      id: plan.fn.id,
      alias,
      previous: plan.alias?.version ?? null,
      version: plan.unchanged ? plan.alias?.version : done?.version,
      layer: layerLabel ?? '-',
      code: plan.code ? 'changed' : 'unchanged',
      outcome: plan.unchanged ? 'unchanged' : dryRun ? `would ${verb}` : `${verb}d`,
      seconds: done?.seconds,
    };
  });
  reportFunctions(rows, `Functions (alias ${alias})`);
}

export function reportRollback(results: RollbackResult[], heading: string): void {
  core.summary
    .addHeading(heading, 3)
    .addTable([
      header('Function', 'Alias', 'Back to', 'Outcome'),
      ...results.map(({ record, outcome }) => [record.id, record.alias, record.previous ?? '(alias deleted)', outcome]),
    ]);
}
