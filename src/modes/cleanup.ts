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
import { Input, Output } from '../inputs/names.js';
import { awsCall, isNamed } from '../aws/call.js';
import { errorMessage, InputError } from '../common/errors.js';
import { allOrThrow, mapSettled } from '../common/parallel.js';
import { header } from '../report/report.js';
import { megabytes } from '../common/units.js';
import type { FunctionSettings } from '../inputs/functions.js';
import type { LayerSettings } from '../inputs/layers.js';
import type { Settings } from '../inputs/settings.js';
import { recordedPrevious } from '../functions/alias.js';

/** Every item of every page; the SDK's paginator follows NextMarker. */
export async function listAll<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

export const PAGE = { pageSize: 50 };

interface FunctionInventory {
  fn: FunctionSettings;
  versions: FunctionConfiguration[];
  aliases: AliasConfiguration[];
}

/** A function or layer that cleanup cannot find: a bad input, failing before anything is deleted. */
function notFound(input: string, what: string, region: string): InputError {
  return new InputError(input, `${what} does not exist in ${region}: check the name and aws-region; nothing was deleted`);
}

async function inventory(lambda: LambdaClient, fn: FunctionSettings, region: string): Promise<FunctionInventory> {
  const listed = Promise.all([
    awsCall('ListVersionsByFunction', fn.name, () =>
      listAll(paginateListVersionsByFunction({ client: lambda, ...PAGE }, { FunctionName: fn.id }), (page) => page.Versions),
    ),
    awsCall('ListAliases', fn.name, () =>
      listAll(paginateListAliases({ client: lambda, ...PAGE }, { FunctionName: fn.id }), (page) => page.Aliases),
    ),
  ]);
  const [versions, aliases] = await listed.catch((error: unknown) => {
    throw isNamed(error, 'ResourceNotFoundException') ? notFound(Input.Functions, `function "${fn.id}"`, region) : error;
  });
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
    // An endpoint without this call (moto, a proxy) answers with a web page the SDK cannot parse: say that instead.
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const why =
      error instanceof SyntaxError
        ? `the endpoint does not implement it: HTTP ${status ?? '?'}, not JSON`
        : errorMessage(error).split('\n')[0];
    return `Code storage: not available (GetAccountSettings: ${why})`;
  }
}

interface LayerPrune {
  layer: LayerSettings;
  kept: LayerVersionsListItem[];
  deleted: LayerVersionsListItem[];
}

/**
 * The versions of one built layer: a variant's are those published for its architecture alone, since its versions
 * share the layer with the other variants'.
 */
function versionsOf(layer: LayerSettings, versions: LayerVersionsListItem[]): LayerVersionsListItem[] {
  if (layer.variant === undefined) return versions;
  return versions.filter((version) => version.CompatibleArchitectures?.join() === layer.variant);
}

/** Deletes old layer and function versions past the keep counts, never one still in use. */
export async function cleanup(settings: Settings, lambda: LambdaClient): Promise<void> {
  const { functions, maxParallel, dryRun } = settings;
  const layers = settings.layers.filter((spec) => spec.kind === 'built');
  const plan = await core.group('Read versions and aliases', async () => {
    const inventories = allOrThrow(
      await mapSettled(functions, maxParallel, (fn) => inventory(lambda, fn, settings.region)),
      'Reading the functions',
    );
    const listed = new Map<string, Promise<LayerVersionsListItem[]>>();
    const listOf = (id: string) => {
      if (!listed.has(id)) {
        const pages = paginateListLayerVersions({ client: lambda, ...PAGE }, { LayerName: id });
        listed.set(
          id,
          awsCall('ListLayerVersions', id, () => listAll(pages, (page) => page.LayerVersions)),
        );
      }
      return listed.get(id)!;
    };
    const used = layersInUse(inventories);
    const layerPrunes: LayerPrune[] = [];
    for (const layer of layers) {
      const all = await listOf(layer.id);
      // A layer exists as long as it has a version: none is most likely a typo or the wrong region, as for a function.
      if (all.length === 0) throw notFound(settings.layersInput, `layer "${layer.id}"`, settings.region);
      const versions = versionsOf(layer, all);
      const isUsed = (version: LayerVersionsListItem) => used.has(version.LayerVersionArn ?? '');
      const pruned = prune(versions, (version) => version.Version ?? 0, settings.keepLayerVersions, isUsed);
      layerPrunes.push({ layer, ...pruned });
      const inUse = pruned.kept.filter(isUsed).map((version) => version.Version);
      core.info(
        `Layer ${layer.key}: ${versions.length} versions, keeping ${pruned.kept.length} (in use: ${inUse.join(', ') || 'none'}), deleting ${pruned.deleted.length}`,
      );
    }
    const functionPrunes = inventories.map((fn) => planFunctionPrune(fn, settings.keepFunctionVersions));
    for (const fn of functionPrunes) {
      core.info(`${fn.id}: keeping ${fn.kept.map((v) => v.Version).join(', ') || 'none'}; deleting ${fn.deleted.length}`);
    }
    return { layerPrunes, functionPrunes };
  });

  const layerDeletions = plan.layerPrunes.flatMap(({ layer, deleted }) =>
    deleted.map((version) => ({ layer, VersionNumber: version.Version ?? 0 })),
  );
  // Sizes are read before deleting: afterwards there is nothing left to ask.
  const layerSizes = await Promise.all(
    layerDeletions.map(async ({ layer, VersionNumber }) => {
      const detail = await awsCall('GetLayerVersion', `${layer.name}:${VersionNumber}`, () =>
        lambda.send(new GetLayerVersionCommand({ LayerName: layer.id, VersionNumber })),
      );
      return detail.Content?.CodeSize ?? 0;
    }),
  );
  // One layer or none: the version numbers, as this output has always been; several: the numbers per layer.
  const numbers = (prune: LayerPrune) => prune.deleted.map((version) => version.Version ?? 0);
  const deletedLayers =
    plan.layerPrunes.length > 1
      ? Object.fromEntries(plan.layerPrunes.map((pruned) => [pruned.layer.key, numbers(pruned)]))
      : plan.layerPrunes.flatMap(numbers);
  const deletedFunctions = Object.fromEntries(plan.functionPrunes.map((fn) => [fn.id, fn.deleted.map((v) => Number(v.Version))]));
  const bytes =
    layerSizes.reduce((sum, size) => sum + size, 0) +
    plan.functionPrunes.flatMap((fn) => fn.deleted).reduce((sum, version) => sum + (version.CodeSize ?? 0), 0);

  if (!dryRun) {
    await core.group('Delete', async () => {
      const deletions = [
        ...layerDeletions.map(({ layer, VersionNumber }) => ({
          what: `${layer.name}:${VersionNumber}`,
          run: () => lambda.send(new DeleteLayerVersionCommand({ LayerName: layer.id, VersionNumber })),
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
  for (const pruned of plan.layerPrunes) {
    rows.push([
      `layer ${pruned.layer.key}`,
      pruned.kept.map((v) => String(v.Version)).join(', ') || '-',
      numbers(pruned).join(', ') || '-',
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
