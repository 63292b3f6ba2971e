import { writeFileSync } from 'node:fs';
import * as core from '@actions/core';
import { layerNameOf } from '../aws/arns.js';
import type { Deployed } from '../functions/deploy.js';
import type { FunctionPlan } from '../functions/plan.js';
import { Output } from '../inputs/names.js';
import type { PublishedLayer } from '../layers/publish.js';
import { scratch } from '../pack/scratch.js';

function hex(codeSha256: string): string {
  return Buffer.from(codeSha256, 'base64').toString('hex');
}

/**
 * The checksums output: the path of a file with one line per zip this run published, `<sha256 hex>  <name>`, as
 * actions/attest-build-provenance reads subject-checksums. The digest is the published version's CodeSha256, the
 * one Lambda computed and runs; the name is an ARN's tail, `layer:NAME:VERSION` or `function:NAME:VERSION`, without
 * the account and region an attestation would publish. A function counts when it was given code (code-path or
 * NAME=PATH): a version that only changes its layers publishes no zip of this run. Empty when nothing was published.
 */
export function reportChecksums(layers: Map<string, PublishedLayer>, functions: Map<FunctionPlan, Deployed>): void {
  const lines = [
    ...[...layers.values()].map(({ version, codeSha256 }) => {
      return `${hex(codeSha256)}  layer:${layerNameOf(version.arn)}:${version.version}`;
    }),
    ...[...functions].flatMap(([plan, done]) =>
      plan.fn.code ? [`${hex(done.codeSha256)}  function:${plan.fn.name}:${done.version}`] : [],
    ),
  ];
  const file = scratch('checksums.txt');
  writeFileSync(file, lines.map((line) => `${line}\n`).join(''));
  core.setOutput(Output.Checksums, file);
}
