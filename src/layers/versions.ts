import {
  ListLayerVersionsCommand,
  type LayerVersionsListItem,
  paginateListLayerVersions,
  type ListLayerVersionsCommandOutput,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { awsCall } from '../aws/call.js';
import { DESCRIPTION_LIMIT } from '../aws/limits.js';
import { listAll, PAGE } from '../aws/pages.js';
import type { BuiltLayerInput } from '../inputs/layers.js';

// A layer version is found by its content: the content hash is tagged into its description when it is published.

export interface LayerVersion {
  arn: string;
  version: number;
}

function hashTag(hash: string): string {
  return `[sha256:${hash}]`;
}

/** The user's description, shortened so that the hash tag always fits Lambda's 256 characters. */
export function layerDescription(description: string, hash: string): string {
  const tag = hashTag(hash);
  const room = DESCRIPTION_LIMIT - tag.length - 1;
  const text = description.length > room ? `${description.slice(0, room - 1)}…` : description;
  return text === '' ? tag : `${text} ${tag}`;
}

type VersionsPage = ListLayerVersionsCommandOutput;

const PAGE_SIZE = 50;

/**
 * Any retained version that holds this content, newest first: reverting to older content reuses its version too.
 * The first page (the newest versions) is fetched while the hash is still being computed, so a no-op deploy does not
 * wait for the one and then the other; later pages only when it holds no match.
 */
export async function findLayerVersion(
  lambda: LambdaClient,
  layerId: string,
  hashing: Promise<string>,
): Promise<LayerVersion | undefined> {
  const newest = awsCall('ListLayerVersions', layerId, () =>
    lambda.send(new ListLayerVersionsCommand({ LayerName: layerId, MaxItems: PAGE_SIZE })),
  );
  // Awaited once the hash is known; a failure meanwhile must not count as unhandled.
  newest.catch(() => undefined);
  const tag = hashTag(await hashing);
  const first = await newest;
  const match = (page: VersionsPage): LayerVersion | undefined => {
    const found = page.LayerVersions?.find((version) => version.Description?.includes(tag));
    return found?.LayerVersionArn && found.Version !== undefined
      ? { arn: found.LayerVersionArn, version: found.Version }
      : undefined;
  };
  const inFirst = match(first);
  if (inFirst || !first.NextMarker) return inFirst;
  return awsCall('ListLayerVersions', layerId, async () => {
    const rest = paginateListLayerVersions(
      { client: lambda, pageSize: PAGE_SIZE, startingToken: first.NextMarker },
      { LayerName: layerId },
    );
    for await (const page of rest) {
      const found = match(page);
      if (found) return found;
    }
    return undefined;
  });
}

/** Every version of a layer, every page. */
export async function listLayerVersions(lambda: LambdaClient, layerId: string): Promise<LayerVersionsListItem[]> {
  return awsCall('ListLayerVersions', layerId, () =>
    listAll(paginateListLayerVersions({ client: lambda, ...PAGE }, { LayerName: layerId }), (page) => page.LayerVersions),
  );
}

/**
 * The versions of one built layer: a variant's are those published for its architecture alone, since its versions
 * share the layer with the other variants'.
 */
export function versionsOf(layer: BuiltLayerInput, versions: LayerVersionsListItem[]): LayerVersionsListItem[] {
  if (layer.variant === undefined) return versions;
  return versions.filter((version) => version.CompatibleArchitectures?.join() === layer.variant);
}

/** What a cleanup does with one built layer's versions. */
export interface LayerPrune {
  layer: BuiltLayerInput;
  kept: LayerVersionsListItem[];
  deleted: LayerVersionsListItem[];
}
