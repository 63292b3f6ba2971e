import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let scratchDir: string | undefined;

/** A private scratch folder for zips, under RUNNER_TEMP on a runner, which the runner empties after the job. */
export function scratch(name: string): string {
  scratchDir ??= mkdtempSync(path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'lambda-layer-deploy-'));
  return path.join(scratchDir, name);
}
