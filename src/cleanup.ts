import * as core from '@actions/core';
import {
  DeleteFunctionCommand,
  DeleteLayerVersionCommand,
  GetAccountSettingsCommand,
  GetLayerVersionCommand,
  paginateListAliases,
  paginateListLayerVersions,
  paginateListVersionsByFunction,
  type AliasConfiguration,
  type FunctionConfiguration,
  type LambdaClient,
  type LayerVersionsListItem,
} from '@aws-sdk/client-lambda';
import { Output } from './constants.js';
import { awsCall, errorMessage } from './errors.js';
import { allOrThrow, mapSettled } from './parallel.js';
import { header, megabytes } from './report.js';
import type { FunctionSettings, Settings } from './settings.js';
import { recordedPrevious } from './shift.js';

/** Every item of every page; the SDK's paginator follows NextMarker. */
async function listAll<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

const PAGE = { pageSize: 50 };

interface FunctionInventory {
  fn: FunctionSettings;
  versions: FunctionConfiguration[];
  aliases: AliasConfiguration[];
}

async function inventory(lambda: LambdaClient, fn: FunctionSettings): Promise<FunctionInventory> {
  const [versions, aliases] = await Promise.all([
    awsCall('ListVersionsByFunction', fn.name, () =>
      listAll(paginateListVersionsByFunction({ client: lambda, ...PAGE }, { FunctionName: fn.id }), (page) => page.Versions),
    ),
    awsCall('ListAliases', fn.name, () =>
      listAll(paginateListAliases({ client: lambda, ...PAGE }, { FunctionName: fn.id }), (page) => page.Aliases),
    ),
  ]);
  return { fn, versions, aliases };
}

/** Versions an alias sends traffic to, its additional routing version included. */
function aliasedVersions(aliases: AliasConfiguration[]): Set<string> {
  return new Set(
    aliases.flatMap((alias) => [
      alias.FunctionVersion ?? '',
      ...Object.keys(alias.RoutingConfig?.AdditionalVersionWeights ?? {}),
    ]),
  );
}

/** Versions a cleanup never deletes: those an alias routes to, and those an alias records as its rollback target. */
export function protectedVersions(aliases: AliasConfiguration[]): Set<string> {
  const targets = aliases.flatMap((alias) => recordedPrevious(alias.Description) ?? []);
  return new Set([...aliasedVersions(aliases), ...targets]);
}

/** Newest first by number; the newest `keep` and every protected one stay. */
export function prune<T>(items: T[], number: (item: T) => number, keep: number, isProtected: (item: T) => boolean) {
  const sorted = [...items].sort((a, b) => number(b) - number(a));
  return {
    kept: sorted.filter((item, i) => i < keep || isProtected(item)),
    deleted: sorted.filter((item, i) => i >= keep && !isProtected(item)),
  };
}

interface FunctionPrune {
  id: string;
  kept: FunctionConfiguration[];
  deleted: FunctionConfiguration[];
}

function planFunctionPrune(fn: FunctionInventory, keep: number): FunctionPrune {
  const kept = protectedVersions(fn.aliases);
  const published = fn.versions.filter((version) => version.Version !== '$LATEST');
  return {
    id: fn.fn.id,
    ...prune(
      published,
      (version) => Number(version.Version),
      keep,
      (version) => kept.has(version.Version ?? ''),
    ),
  };
}

/** Layer version ARNs that a listed function runs in $LATEST or in a version an alias points to. */
function layersInUse(functions: FunctionInventory[]): Set<string> {
  const used = new Set<string>();
  for (const fn of functions) {
    const live = aliasedVersions(fn.aliases).add('$LATEST');
    for (const version of fn.versions) {
      if (live.has(version.Version ?? '')) for (const layer of version.Layers ?? []) used.add(layer.Arn ?? '');
    }
  }
  return used;
}

async function storageLine(lambda: LambdaClient): Promise<string> {
  try {
    const settings = await lambda.send(new GetAccountSettingsCommand({}));
    const used = settings.AccountUsage?.TotalCodeSize ?? 0;
    const limit = settings.AccountLimit?.TotalCodeSize ?? 0;
    return `Code storage: ${megabytes(used)} of ${megabytes(limit)} (${limit > 0 ? ((100 * used) / limit).toFixed(1) : '?'} %)`;
  } catch (error) {
    return `Code storage: not available (GetAccountSettings: ${errorMessage(error).split('\n')[0]})`;
  }
}

/** Deletes old layer and function versions past the keep counts, never one still in use. */
export async function cleanup(settings: Settings, lambda: LambdaClient): Promise<void> {
  const { layer, functions, maxParallel, dryRun } = settings;
  const plan = await core.group('Read versions and aliases', async () => {
    const inventories = allOrThrow(
      await mapSettled(functions, maxParallel, (fn) => inventory(lambda, fn)),
      'Reading the functions',
    );
    const layerVersions = layer
      ? await awsCall('ListLayerVersions', layer.id, () =>
          listAll(paginateListLayerVersions({ client: lambda, ...PAGE }, { LayerName: layer.id }), (page) => page.LayerVersions),
        )
      : [];
    const used = layersInUse(inventories);
    const layerPrune = prune<LayerVersionsListItem>(
      layerVersions,
      (version) => version.Version ?? 0,
      settings.keepLayerVersions,
      (version) => used.has(version.LayerVersionArn ?? ''),
    );
    const functionPrunes = inventories.map((fn) => planFunctionPrune(fn, settings.keepFunctionVersions));
    if (layer) {
      const inUse = layerPrune.kept
        .filter((version) => used.has(version.LayerVersionArn ?? ''))
        .map((version) => version.Version);
      core.info(
        `Layer ${layer.name}: ${layerVersions.length} versions, keeping ${layerPrune.kept.length} (in use: ${inUse.join(', ') || 'none'}), deleting ${layerPrune.deleted.length}`,
      );
    }
    for (const fn of functionPrunes) {
      core.info(`${fn.id}: keeping ${fn.kept.map((v) => v.Version).join(', ') || 'none'}; deleting ${fn.deleted.length}`);
    }
    return { layerPrune, functionPrunes };
  });

  // Sizes are read before deleting: afterwards there is nothing left to ask.
  const layerSizes = await Promise.all(
    plan.layerPrune.deleted.map(async (version) => {
      const detail = await awsCall('GetLayerVersion', version.LayerVersionArn ?? '', () =>
        lambda.send(new GetLayerVersionCommand({ LayerName: layer!.id, VersionNumber: version.Version })),
      );
      return detail.Content?.CodeSize ?? 0;
    }),
  );
  const deletedLayers = plan.layerPrune.deleted.map((version) => version.Version ?? 0);
  const deletedFunctions = Object.fromEntries(plan.functionPrunes.map((fn) => [fn.id, fn.deleted.map((v) => Number(v.Version))]));
  const bytes =
    layerSizes.reduce((sum, size) => sum + size, 0) +
    plan.functionPrunes.flatMap((fn) => fn.deleted).reduce((sum, version) => sum + (version.CodeSize ?? 0), 0);

  if (!dryRun) {
    await core.group('Delete', async () => {
      const deletions = [
        ...deletedLayers.map((VersionNumber) => ({
          what: `${layer!.name}:${VersionNumber}`,
          run: () => lambda.send(new DeleteLayerVersionCommand({ LayerName: layer!.id, VersionNumber })),
        })),
        ...plan.functionPrunes.flatMap((fn) =>
          fn.deleted.map((version) => ({
            what: `${fn.id}:${version.Version}`,
            run: () => lambda.send(new DeleteFunctionCommand({ FunctionName: fn.id, Qualifier: version.Version })),
          })),
        ),
      ];
      const results = await mapSettled(deletions, maxParallel, async (deletion) => {
        await awsCall('Delete', deletion.what, deletion.run);
        core.info(`Deleted ${deletion.what}`);
      });
      allOrThrow(results, 'Deleting versions');
    });
  } else {
    core.notice('dry-run: nothing was deleted; the lists show what would be.');
  }

  core.setOutput(Output.DeletedLayerVersions, JSON.stringify(deletedLayers));
  core.setOutput(Output.DeletedFunctionVersions, JSON.stringify(deletedFunctions));
  const verb = dryRun ? 'Would delete' : 'Deleted';
  const rows: string[][] = [];
  if (layer) {
    rows.push([
      `layer ${layer.name}`,
      plan.layerPrune.kept.map((v) => String(v.Version)).join(', ') || '-',
      deletedLayers.join(', ') || '-',
    ]);
  }
  for (const fn of plan.functionPrunes) {
    rows.push([
      fn.id,
      fn.kept.map((v) => v.Version ?? '').join(', ') || '-',
      fn.deleted.map((v) => v.Version ?? '').join(', ') || '-',
    ]);
  }
  core.summary
    .addHeading(`Cleanup${dryRun ? ' (dry run)' : ''}`, 3)
    .addTable([header('What', 'Kept', verb), ...rows])
    .addRaw(`${verb} ${megabytes(bytes)} of code.`, true)
    .addBreak()
    .addRaw(await storageLine(lambda), true);
}
