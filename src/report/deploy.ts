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
  // A built layer has a version in the plan only when one already held its content.
  if (layer.version) return 'reused (same content)';
  if (!published) return 'would publish';
  return published.has(layer.key) ? 'published' : 'not published';
}

/** One listed region's layers, as the report reads them. */
export interface RegionLayers {
  region: string;
  layers: PlannedLayer[];
  /** What the publish step returned there; undefined in a dry run. */
  published: Map<string, PublishedLayer> | undefined;
}

function versionOf({ published }: RegionLayers, layer: PlannedLayer): LayerVersion | undefined {
  return layer.version ?? published?.get(layer.key)?.version;
}

/** A region's layers as layer-versions gives them: KEY -> arn, version, published, content-hash. */
function layerVersions(region: RegionLayers): Record<string, unknown> {
  return Object.fromEntries(
    region.layers.map((layer) => [
      layer.key,
      {
        arn: versionOf(region, layer)?.arn ?? null,
        version: versionOf(region, layer)?.version ?? null,
        published: region.published?.has(layer.key) ?? false,
        'content-hash': layer.build?.hash ?? null,
      },
    ]),
  );
}

/** With several regions, each table's heading names its region; with one, headings stay as they were. */
function headed(heading: string, region: string, tables: number): string {
  return tables > 1 ? `${heading} in ${region}` : heading;
}

/**
 * The layer-versions output and the one-layer outputs when exactly one is listed, of the first listed region, and one
 * summary table of the layers per region.
 */
export function reportLayers(regions: RegionLayers[]): void {
  const [first] = regions;
  if (!first || first.layers.length === 0) return;
  core.setOutput(Output.LayerVersions, JSON.stringify(layerVersions(first)));
  const [only] = first.layers;
  if (first.layers.length === 1 && only) {
    core.setOutput(Output.ContentHash, only.build?.hash ?? '');
    core.setOutput(Output.LayerVersionArn, versionOf(first, only)?.arn ?? '');
    core.setOutput(Output.LayerVersion, String(versionOf(first, only)?.version ?? ''));
    core.setOutput(Output.LayerPublished, String(first.published?.has(only.key) ?? false));
  }
  for (const region of regions) {
    const { layers, published } = region;
    const [single] = layers;
    const heading = layers.length === 1 && single ? `Layer ${single.key}` : 'Layers';
    core.summary.addHeading(headed(heading, region.region, regions.length), 3).addTable([
      header('Layer', 'Version', 'Outcome', 'Content hash', 'Files', 'Unzipped', 'Zipped'),
      ...layers.map((layer) => {
        const { build } = layer;
        // Through S3 the zip is packed only as it is published.
        const zip = published?.get(layer.key)?.zip ?? build?.zip;
        return [
          layer.key,
          String(versionOf(region, layer)?.version ?? '-'),
          layerOutcome(layer, published),
          build ? `<code>${build.hash.slice(0, 16)}</code>` : escapeHtml(layer.source ?? '-'),
          build ? String(build.fileCount) : '-',
          build ? megabytes(build.unzippedSize) : '-',
          zip ? megabytes(zip.size) : '-',
        ];
      }),
    ]);
  }
}

interface FunctionRow {
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

/** One listed region's function rows. */
export interface RegionRows {
  region: string;
  rows: FunctionRow[];
}

/** function-versions and previous-versions, of the first listed region; a table per region that has functions. */
export function reportFunctions(regions: RegionRows[], heading: string): void {
  const rows = regions[0]?.rows ?? [];
  core.setOutput(Output.FunctionVersions, JSON.stringify(Object.fromEntries(rows.map((row) => [row.id, row.version ?? null]))));
  core.setOutput(Output.PreviousVersions, JSON.stringify(Object.fromEntries(rows.map((row) => [row.id, row.previous]))));
  for (const region of regions) {
    if (regions.length > 1 && region.rows.length === 0) continue;
    core.summary
      .addHeading(headed(heading, region.region, regions.length), 3)
      .addTable([
        header('Function', 'Alias', 'Version', 'Layers', 'Code', 'Outcome', 'Time'),
        ...region.rows.map((row) => [
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

/** One listed region's part of the deploy, as the report reads it. */
export interface RegionDeploy extends RegionLayers {
  functions: FunctionPlan[];
  /** Each listed layer's version there, once known (a dry run knows only those reused or promoted). */
  versions: Map<string, LayerVersion>;
}

/**
 * The deploy's function tables: where each alias was, where it is now, with which of the listed layers; and the
 * regions output, every listed region's layers and function versions.
 */
export function reportDeploy(
  regions: RegionDeploy[],
  deployed: Map<FunctionPlan, Deployed>,
  alias: string,
  dryRun: boolean,
): void {
  const tables = regions.map(({ region, functions, layers, versions }) => {
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
    return { region, rows };
  });
  if (tables.some(({ rows }) => rows.length > 0)) reportFunctions(tables, `Functions (alias ${alias})`);
  const byRegion = regions.map((region, index) => [
    region.region,
    {
      layers: layerVersions(region),
      functions: Object.fromEntries((tables[index]?.rows ?? []).map((row) => [row.id, row.version ?? null])),
    },
  ]);
  core.setOutput(Output.Regions, JSON.stringify(Object.fromEntries(byRegion)));
  reportConfiguration(regions.flatMap(({ functions }) => functions));
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
