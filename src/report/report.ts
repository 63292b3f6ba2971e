import * as core from '@actions/core';
import { Output } from '../inputs/names.js';
import type { Deployed } from '../functions/deploy.js';
import type { FunctionPlan } from '../functions/plan.js';
import { errorMessage } from '../common/errors.js';
import { megabytes } from '../common/units.js';
import type { PlannedLayer } from '../layers/plan.js';
import type { LayerFinding } from '../verify/checks.js';
import type { RollbackResult } from '../rollback/rollback.js';
import type { StageRow } from '../traffic/release.js';
import type { SmokeResult } from '../traffic/smoke.js';

/**
 * The job summary is HTML: error text, a function's own error payload or an alarm's reason must not become markup
 * there.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
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

/** What this run did with a listed layer. */
function layerOutcome(layer: PlannedLayer, dryRun: boolean): string {
  if (!layer.build) return 'promoted';
  if (layer.build.existing) return 'reused (same content)';
  return dryRun ? 'would publish' : 'published';
}

/** The layer-versions output, the one-layer outputs when exactly one is listed, and one summary row per layer. */
export function reportLayers(layers: PlannedLayer[], dryRun: boolean): void {
  if (layers.length === 0) return;
  const published = (layer: PlannedLayer) => layerOutcome(layer, dryRun) === 'published';
  const versions = layers.map((layer) => [
    layer.key,
    {
      arn: layer.version?.arn ?? null,
      version: layer.version?.version ?? null,
      published: published(layer),
      'content-hash': layer.build?.hash ?? null,
    },
  ]);
  core.setOutput(Output.LayerVersions, JSON.stringify(Object.fromEntries(versions)));
  const [only] = layers;
  if (layers.length === 1 && only) {
    core.setOutput(Output.ContentHash, only.build?.hash ?? '');
    core.setOutput(Output.LayerVersionArn, only.version?.arn ?? '');
    core.setOutput(Output.LayerVersion, only.version ? String(only.version.version) : '');
    core.setOutput(Output.LayerPublished, String(published(only)));
  }
  core.summary.addHeading(layers.length === 1 && only ? `Layer ${only.key}` : 'Layers', 3).addTable([
    header('Layer', 'Version', 'Outcome', 'Content hash', 'Files', 'Unzipped', 'Zipped'),
    ...layers.map((layer) => {
      const { build } = layer;
      return [
        layer.key,
        layer.version ? String(layer.version.version) : '-',
        layerOutcome(layer, dryRun),
        build ? `<code>${build.hash.slice(0, 16)}</code>` : escapeHtml(layer.source ?? '-'),
        build ? String(build.fileCount) : '-',
        build ? megabytes(build.unzippedSize) : '-',
        build?.zip ? megabytes(build.zip.size) : '-',
      ];
    }),
  ]);
}

export interface FunctionRow {
  id: string;
  alias: string;
  previous: string | null;
  version: string | undefined;
  /** The layer versions the function ends with, `name:version`, or '-'. */
  layers: string;
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
      header('Function', 'Alias', 'Version', 'Layers', 'Code', 'Outcome', 'Time'),
      ...rows.map((row) => [
        row.id,
        row.alias,
        `${row.previous ?? 'none'} → ${row.version ?? 'new'}`,
        row.layers,
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

export function reportTraffic(shape: string, rows: StageRow[]): void {
  core.summary
    .addHeading(`Traffic (${shape})`, 3)
    .addTable([
      header('Stage', 'New versions get', 'Set at', 'Held', 'Alarms', 'Outcome'),
      ...rows.map((row) => [row.stage, row.weight, row.at, `${row.held} s`, escapeHtml(row.alarms ?? '-'), row.outcome ?? '-']),
    ]);
}

/** The deploy's function table: where each alias was, where it is now, with which of the listed layers. */
export function reportDeploy(
  functions: FunctionPlan[],
  deployed: Map<FunctionPlan, Deployed>,
  layers: PlannedLayer[],
  alias: string,
  dryRun: boolean,
): void {
  const label = (key: string) => {
    const layer = layers.find((candidate) => candidate.key === key)!;
    return `${layer.name}:${layer.version?.version ?? '(new)'}`;
  };
  if (functions.length === 0) return;
  const rows: FunctionRow[] = functions.map((plan) => {
    const done = deployed.get(plan);
    const verb = plan.alias ? 'move' : 'create';
    return {
      id: plan.fn.id,
      alias,
      previous: plan.alias?.version ?? null,
      version: plan.unchanged ? plan.alias?.version : done?.version,
      layers: plan.attach.map(label).join(', ') || '-',
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

// Enough errors to see the pattern; the rest are counted, and all are in the summary's table.
const SHOWN_FINDINGS = 20;

/** Each finding as an ::error (verify: error) or ::warning (warn), and the summary's "Content checks" table. */
export function reportFindings(findings: LayerFinding[], mode: 'error' | 'warn'): void {
  if (findings.length === 0) return;
  const annotate = mode === 'error' ? core.error : core.warning;
  for (const finding of findings.slice(0, SHOWN_FINDINGS)) {
    const where = finding.layer === '-' ? finding.path : `${finding.layer}: ${finding.path}`;
    annotate(`${where}: ${finding.finding}; expected ${finding.expected}`);
  }
  if (findings.length > SHOWN_FINDINGS) annotate(`... and ${findings.length - SHOWN_FINDINGS} more: see the job summary`);
  core.summary
    .addHeading('Content checks', 3)
    .addTable([
      header('Layer', 'File', 'Finding', 'Expected'),
      ...findings.map((finding) => [
        finding.layer,
        escapeHtml(finding.path),
        escapeHtml(finding.finding),
        escapeHtml(finding.expected),
      ]),
    ]);
}
