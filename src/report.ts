import * as core from '@actions/core';
import { Output } from './constants.js';
import type { LayerPlan, LayerVersion } from './layer.js';
import { megabytes } from './layer.js';
import { escapeHtml } from './html.js';
import type { SmokeResult } from './smoke.js';

type Cell = string | { data: string; header: true };
const header = (...titles: string[]): Cell[] => titles.map((data) => ({ data, header: true }));

export type LayerOutcome = 'published' | 'reused (same content)' | 'would publish';

export function reportLayer(plan: LayerPlan, version: LayerVersion | undefined, outcome: LayerOutcome): void {
  core.setOutput(Output.ContentHash, plan.hash);
  core.setOutput(Output.LayerVersionArn, version?.arn ?? '');
  core.setOutput(Output.LayerVersion, version ? String(version.version) : '');
  core.setOutput(Output.LayerPublished, String(outcome === 'published'));
  core.summary
    .addHeading(`Layer ${plan.layer.name}`, 3)
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
  codeChanged: boolean;
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
        row.codeChanged ? 'changed' : 'unchanged',
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
