import * as core from '@actions/core';
import {
  DeleteFunctionCommand,
  DeleteLayerVersionCommand,
  GetAccountSettingsCommand,
  GetLayerVersionCommand,
  type LambdaClient,
  type LayerVersionsListItem,
} from '@aws-sdk/client-lambda';
import { awsCall, isNamed } from '../aws/call.js';
import { eachRegion, type ClientsIn } from '../aws/regions.js';
import { errorMessage, InputError } from '../common/errors.js';
import { allOrThrow, mapSettled } from '../common/parallel.js';
import { prune } from '../common/prune.js';
import { megabytes } from '../common/units.js';
import {
  layersInUse,
  planFunctionPrune,
  readInventory,
  type FunctionInventory,
  type FunctionPrune,
} from '../functions/versions.js';
import { functionsIn } from '../inputs/functions.js';
import { Input } from '../inputs/names.js';
import type { Settings } from '../inputs/settings.js';
import { listLayerVersions, versionsOf, type LayerPrune } from '../layers/versions.js';
import { reportCleanup } from '../report/cleanup.js';

// mode: cleanup. Read every version and alias, plan what to keep, delete the rest, report: nothing in use is deleted.

interface Inventory {
  functions: FunctionInventory[];
  layers: { layer: LayerPrune['layer']; versions: LayerVersionsListItem[] }[];
}

/** A function or layer that cleanup cannot find: a bad input, failing before anything is deleted. */
function notFound(input: string, what: string, region: string): InputError {
  return new InputError(input, `${what} does not exist in ${region}: check the name and aws-region; nothing was deleted`);
}

/** One listed region, as cleanup works in it. */
interface Region {
  region: string;
  /** The region as messages name it: undefined when it is the only one listed. */
  tag: string | undefined;
  lambda: LambdaClient;
}

/** Step 1: every version and alias of the listed functions, and every version of the listed layers, in one region. */
async function readVersions(settings: Settings, { region, lambda }: Region): Promise<Inventory> {
  const functions = allOrThrow(
    await mapSettled(functionsIn(settings.functions, region), settings.maxParallel, (fn) =>
      readInventory(lambda, fn).catch((error: unknown) => {
        throw isNamed(error, 'ResourceNotFoundException') ? notFound(Input.Functions, `function "${fn.id}"`, region) : error;
      }),
    ),
    'Reading the functions',
  );
  // Variants share one layer: its versions are listed once.
  const listed = new Map<string, Promise<LayerVersionsListItem[]>>();
  const layers: Inventory['layers'] = [];
  for (const layer of settings.layers) {
    if (layer.kind !== 'built') continue;
    const all = listed.get(layer.id) ?? listLayerVersions(lambda, layer.id);
    listed.set(layer.id, all);
    // A layer exists as long as it has a version: none is most likely a typo or the wrong region, as for a function.
    if ((await all).length === 0) throw notFound(settings.layersInput, `layer "${layer.id}"`, region);
    layers.push({ layer, versions: versionsOf(layer, await all) });
  }
  return { functions, layers };
}

/** Step 2: what each keeps and deletes; a layer version a listed function runs is kept whatever its age. */
function planCleanup(
  settings: Settings,
  inventory: Inventory,
  tag: string | undefined,
): { layers: LayerPrune[]; functions: FunctionPrune[] } {
  const info = (line: string) => core.info(tag === undefined ? line : `${tag}: ${line}`);
  const used = layersInUse(inventory.functions);
  const layers = inventory.layers.map(({ layer, versions }) => {
    const isUsed = (version: LayerVersionsListItem) => used.has(version.LayerVersionArn ?? '');
    const pruned = prune(versions, (version) => version.Version ?? 0, settings.keepLayerVersions, isUsed);
    const inUse = pruned.kept.filter(isUsed).map((version) => version.Version);
    info(
      `Layer ${layer.key}: ${versions.length} versions, keeping ${pruned.kept.length} (in use: ${inUse.join(', ') || 'none'}), deleting ${pruned.deleted.length}`,
    );
    return { layer, ...pruned };
  });
  const functions = inventory.functions.map((fn) => planFunctionPrune(fn, settings.keepFunctionVersions));
  for (const fn of functions) {
    info(`${fn.id}: keeping ${fn.kept.map((v) => v.Version).join(', ') || 'none'}; deleting ${fn.deleted.length}`);
  }
  return { layers, functions };
}

/** The bytes of code the deletions free; read before deleting, as afterwards there is nothing left to ask. */
async function freedBytes(lambda: LambdaClient, layers: LayerPrune[], functions: FunctionPrune[]): Promise<number> {
  const layerSizes = await Promise.all(
    layers.flatMap(({ layer, deleted }) =>
      deleted.map(async (version) => {
        const VersionNumber = version.Version ?? 0;
        const detail = await awsCall('GetLayerVersion', `${layer.name}:${VersionNumber}`, () =>
          lambda.send(new GetLayerVersionCommand({ LayerName: layer.id, VersionNumber })),
        );
        return detail.Content?.CodeSize ?? 0;
      }),
    ),
  );
  const functionSizes = functions.flatMap((fn) => fn.deleted).map((version) => version.CodeSize ?? 0);
  return [...layerSizes, ...functionSizes].reduce((sum, size) => sum + size, 0);
}

/** Step 3: the deletions, `max-parallel` at a time; one that fails does not stop the others, and fails the step. */
async function deleteVersions(settings: Settings, lambda: LambdaClient, layers: LayerPrune[], functions: FunctionPrune[]) {
  const deletions = [
    ...layers.flatMap(({ layer, deleted }) =>
      deleted.map((version) => ({
        what: `${layer.name}:${version.Version}`,
        run: () => lambda.send(new DeleteLayerVersionCommand({ LayerName: layer.id, VersionNumber: version.Version ?? 0 })),
      })),
    ),
    ...functions.flatMap((fn) =>
      fn.deleted.map((version) => ({
        what: `${fn.id}:${version.Version}`,
        run: () => lambda.send(new DeleteFunctionCommand({ FunctionName: fn.id, Qualifier: version.Version })),
      })),
    ),
  ];
  const results = await mapSettled(deletions, settings.maxParallel, async (deletion) => {
    await awsCall('Delete', deletion.what, deletion.run);
    core.info(`Deleted ${deletion.what}`);
  });
  allOrThrow(results, 'Deleting versions');
}

/** The account's code storage against its limit, for the summary; a line saying why when it cannot be read. */
async function storageLine(lambda: LambdaClient): Promise<string> {
  try {
    const settings = await lambda.send(new GetAccountSettingsCommand({}));
    const used = settings.AccountUsage?.TotalCodeSize ?? 0;
    const limit = settings.AccountLimit?.TotalCodeSize ?? 0;
    const share = limit > 0 ? ((100 * used) / limit).toFixed(1) : '?';
    return `Code storage: ${megabytes(used)} of ${megabytes(limit)} (${share} %)`;
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

/**
 * mode: cleanup. Deletes old layer and function versions past the keep counts, never one still in use, in every listed
 * region: every region is read before anything is deleted.
 */
export async function cleanup(settings: Settings, clientsIn: ClientsIn): Promise<void> {
  const regions: Region[] = settings.regions.map((region) => ({
    region,
    tag: settings.regions.length > 1 ? region : undefined,
    lambda: clientsIn(region).lambda,
  }));
  const plans = await core.group('Read versions and aliases', () =>
    eachRegion(regions, async (region) => ({
      ...region,
      ...planCleanup(settings, await readVersions(settings, region), region.tag),
    })),
  );
  const bytes = await eachRegion(plans, ({ lambda, layers, functions }) => freedBytes(lambda, layers, functions));
  if (settings.dryRun) core.notice('dry-run: nothing was deleted; the lists show what would be.');
  else {
    await core.group('Delete', () =>
      eachRegion(plans, ({ lambda, layers, functions }) => deleteVersions(settings, lambda, layers, functions)),
    );
  }
  const storage = await eachRegion(plans, ({ lambda }) => storageLine(lambda));
  reportCleanup(
    plans.map(({ region, layers, functions }, index) => ({
      region,
      layers,
      functions,
      bytes: bytes[index] ?? 0,
      storage: storage[index] ?? '',
    })),
    settings.dryRun,
  );
}
