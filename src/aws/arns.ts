// The names and ARNs AWS accepts, as patterns: the inputs are checked against them before anything is called.

export const LAYER_NAME = /^[a-zA-Z0-9_-]{1,140}$/;
export const LAYER_ARN =
  /^arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d):(?<account>\d{12}):layer:(?<name>[a-zA-Z0-9_-]{1,140})$/;
export const LAYER_VERSION_ARN =
  /^arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d):\d{12}:layer:(?<name>[a-zA-Z0-9_-]{1,140}):(?<version>[1-9]\d*)$/;
export const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
export const FUNCTION_ARN =
  /^arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d):(?<account>\d{12}):function:(?<name>[a-zA-Z0-9_-]{1,64})$/;
export const SSM_NAME = /^[a-zA-Z0-9_.\-/]{1,2048}$/;

/** arn:…:layer:NAME:7 -> the layer's ARN (what LayerName takes, in any account) and 7. */
export function versionArnParts(arn: string): { layerArn: string; version: number } {
  const cut = arn.lastIndexOf(':');
  return { layerArn: arn.slice(0, cut), version: Number(arn.slice(cut + 1)) };
}

/** A layer's name in its version ARN: arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION. */
export function layerNameOf(arn: string): string {
  return arn.split(':')[6] ?? arn;
}
