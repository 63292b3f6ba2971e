import * as core from '@actions/core';
import { megabytes } from '../common/units.js';
import type { FunctionPrune } from '../functions/versions.js';
import { Output } from '../inputs/names.js';
import type { LayerPrune } from '../layers/versions.js';
import { header } from './summary.js';

/** What cleanup did, or would do, in one listed region. */
interface RegionCleanup {
  region: string;
  layers: LayerPrune[];
  functions: FunctionPrune[];
  /** The bytes of code the deletions free. */
  bytes: number;
  /** The account's code storage there, or why it cannot be read. */
  storage: string;
}

/**
 * The cleanup's outputs (deleted-layer-versions, deleted-function-versions), of the first listed region, and a summary
 * table per region.
 */
export function reportCleanup(regions: RegionCleanup[], dryRun: boolean): void {
  // One layer or none: the version numbers, as this output has always been; several: the numbers per layer.
  const numbers = (pruned: LayerPrune) => pruned.deleted.map((version) => version.Version ?? 0);
  const { layers = [], functions = [] } = regions[0] ?? {};
  const deletedLayers =
    layers.length > 1 ? Object.fromEntries(layers.map((pruned) => [pruned.layer.key, numbers(pruned)])) : layers.flatMap(numbers);
  const deletedFunctions = Object.fromEntries(functions.map((fn) => [fn.id, fn.deleted.map((v) => Number(v.Version))]));
  core.setOutput(Output.DeletedLayerVersions, JSON.stringify(deletedLayers));
  core.setOutput(Output.DeletedFunctionVersions, JSON.stringify(deletedFunctions));
  const verb = dryRun ? 'Would delete' : 'Deleted';
  for (const { region, layers, functions, bytes, storage } of regions) {
    const rows = [
      ...layers.map((pruned) => [
        `layer ${pruned.layer.key}`,
        pruned.kept.map((v) => String(v.Version)).join(', ') || '-',
        numbers(pruned).join(', ') || '-',
      ]),
      ...functions.map((fn) => [
        fn.id,
        fn.kept.map((v) => v.Version ?? '').join(', ') || '-',
        fn.deleted.map((v) => v.Version ?? '').join(', ') || '-',
      ]),
    ];
    const where = regions.length > 1 ? ` in ${region}` : '';
    core.summary
      .addHeading(`Cleanup${where}${dryRun ? ' (dry run)' : ''}`, 3)
      .addTable([header('What', 'Kept', verb), ...rows])
      .addRaw(`${verb} ${megabytes(bytes)} of code.`, true)
      .addBreak()
      .addRaw(storage, true);
  }
}
