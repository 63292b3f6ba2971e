import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { layerNameOf } from '../aws/arns.js';

// A function's list of layer version ARNs: read from its configuration, compared, changed in place.

export function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

export function layerArns(config: FunctionConfiguration): string[] {
  return (config.Layers ?? []).flatMap((layer) => (layer.Arn ? [layer.Arn] : []));
}

/**
 * The function's layers with each new version in place of the one of the same layer name (same position), and the
 * layers it does not carry yet appended in the order given.
 */
export function withLayers(layers: string[], versionArns: string[]): string[] {
  return versionArns.reduce((current, versionArn) => {
    const name = layerNameOf(versionArn);
    const index = current.findIndex((arn) => layerNameOf(arn) === name);
    return index === -1 ? [...current, versionArn] : current.map((arn, i) => (i === index ? versionArn : arn));
  }, layers);
}
