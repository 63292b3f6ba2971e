import * as core from '@actions/core';
import { megabytes } from '../common/units.js';
import type { Deployed } from '../functions/deploy.js';
import type { FunctionPlan } from '../functions/plan.js';
import { Output } from '../inputs/names.js';
import type { PlannedLayer } from '../layers/plan.js';
import type { PublishedLayer } from '../layers/publish.js';
import type { LayerVersion } from '../layers/versions.js';
import type { StageRow } from '../traffic/release.js';
import type { SmokeResult } from '../traffic/smoke.js';
import type { LayerFinding } from '../verify/checks.js';
import { escapeHtml, header } from './summary.js';

/** What this run did with a listed layer; `published` undefined: a dry run, which publishes nothing. */
function layerOutcome(layer: PlannedLayer, published: Map<string, PublishedLayer> | undefined): string {
  if (!layer.build) return 'promoted';
  if (layer.build.existing) return 'reused (same content)';
  if (!published) return 'would publish';
  return published.has(layer.key) ? 'published' : 'not published';
}

/**
 * The layer-versions output, the one-layer outputs when exactly one is listed, and one summary row per layer.
 * `published`: what the publish step returned; undefined in a dry run.
 */
export function reportLayers(layers: PlannedLayer[], published: Map<string, PublishedLayer> | undefined): void {
  if (layers.length === 0) return;
  const versionOf = (layer: PlannedLayer): LayerVersion | undefined => layer.version ?? published?.get(layer.key)?.version;
  const isPublished = (layer: PlannedLayer) => published?.has(layer.key) ?? false;
  const versions = layers.map((layer) => [
    layer.key,
    {
      arn: versionOf(layer)?.arn ?? null,
      version: versionOf(layer)?.version ?? null,
      published: isPublished(layer),
      'content-hash': layer.build?.hash ?? null,
    },
  ]);
  core.setOutput(Output.LayerVersions, JSON.stringify(Object.fromEntries(versions)));
  const [only] = layers;
  if (layers.length === 1 && only) {
    core.setOutput(Output.ContentHash, only.build?.hash ?? '');
    core.setOutput(Output.LayerVersionArn, versionOf(only)?.arn ?? '');
    core.setOutput(Output.LayerVersion, String(versionOf(only)?.version ?? ''));
    core.setOutput(Output.LayerPublished, String(isPublished(only)));
  }
  core.summary.addHeading(layers.length === 1 && only ? `Layer ${only.key}` : 'Layers', 3).addTable([
    header('Layer', 'Version', 'Outcome', 'Content hash', 'Files', 'Unzipped', 'Zipped'),
    ...layers.map((layer) => {
      const { build } = layer;
      // Through S3 the zip is packed only as it is published.
      const zip = published?.get(layer.key)?.zip ?? build?.zip;
      return [
        layer.key,
        String(versionOf(layer)?.version ?? '-'),
        layerOutcome(layer, published),
        build ? `<code>${build.hash.slice(0, 16)}</code>` : escapeHtml(layer.source ?? '-'),
        build ? String(build.fileCount) : '-',
        build ? megabytes(build.unzippedSize) : '-',
        zip ? megabytes(zip.size) : '-',
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

/**
 * The deploy's function table: where each alias was, where it is now, with which of the listed layers. `versions`:
 * each listed layer's version, once known (a dry run knows only those reused or promoted).
 */
export function reportDeploy(
  functions: FunctionPlan[],
  deployed: Map<FunctionPlan, Deployed>,
  layers: PlannedLayer[],
  versions: Map<string, LayerVersion>,
  alias: string,
  dryRun: boolean,
): void {
  if (functions.length === 0) return;
  const names = new Map(layers.map((layer) => [layer.key, layer.name]));
  const label = (key: string) => `${names.get(key) ?? key}:${versions.get(key)?.version ?? '(new)'}`;
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
  reportConfiguration(functions);
}

/** Each function's configuration change, by key: a variable is named, its value never shown. */
function reportConfiguration(functions: FunctionPlan[]): void {
  const changed = functions.filter((plan) => !plan.unchanged && plan.configuration.changes.length > 0);
  if (changed.length === 0) return;
  core.summary
    .addHeading('Configuration', 3)
    .addTable([
      header('Function', 'Change'),
      ...changed.map((plan) => [plan.fn.id, escapeHtml(plan.configuration.changes.join('; '))]),
    ]);
}

/** The SSM parameter a layer's version ARN was written to, or found already holding it. */
export function reportParameter(name: string, outcome: string, arn: string): void {
  core.summary.addRaw(`SSM parameter <code>${escapeHtml(name)}</code>: ${outcome} (${arn})`, true);
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
