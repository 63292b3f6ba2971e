import {
  paginateListAliases,
  paginateListVersionsByFunction,
  type AliasConfiguration,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { awsCall } from '../aws/call.js';
import { listAll, PAGE } from '../aws/pages.js';
import { prune } from '../common/prune.js';
import type { FunctionSettings } from '../inputs/functions.js';
import { recordedPrevious } from './alias.js';

// A function's published versions and aliases, and which of them a cleanup keeps.

export interface FunctionInventory {
  settings: FunctionSettings;
  versions: FunctionConfiguration[];
  aliases: AliasConfiguration[];
}

/** Its versions and aliases, every page of them. */
export async function readInventory(lambda: LambdaClient, fn: FunctionSettings): Promise<FunctionInventory> {
  const [versions, aliases] = await Promise.all([
    awsCall('ListVersionsByFunction', fn.name, () =>
      listAll(paginateListVersionsByFunction({ client: lambda, ...PAGE }, { FunctionName: fn.id }), (page) => page.Versions),
    ),
    awsCall('ListAliases', fn.name, () =>
      listAll(paginateListAliases({ client: lambda, ...PAGE }, { FunctionName: fn.id }), (page) => page.Aliases),
    ),
  ]);
  return { settings: fn, versions, aliases };
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

export interface FunctionPrune {
  id: string;
  kept: FunctionConfiguration[];
  deleted: FunctionConfiguration[];
}

export function planFunctionPrune(fn: FunctionInventory, keep: number): FunctionPrune {
  const kept = protectedVersions(fn.aliases);
  const published = fn.versions.filter((version) => version.Version !== '$LATEST');
  return {
    id: fn.settings.id,
    ...prune(
      published,
      (version) => Number(version.Version),
      keep,
      (version) => kept.has(version.Version ?? ''),
    ),
  };
}

/** Layer version ARNs that a listed function runs in $LATEST or in a version an alias points to. */
export function layersInUse(functions: FunctionInventory[]): Set<string> {
  const used = new Set<string>();
  for (const fn of functions) {
    const live = aliasedVersions(fn.aliases).add('$LATEST');
    for (const version of fn.versions) {
      if (live.has(version.Version ?? '')) for (const layer of version.Layers ?? []) used.add(layer.Arn ?? '');
    }
  }
  return used;
}
