import * as core from '@actions/core';
import { State } from './constants.js';

/** Where one function's alias was before this run, and what this run published for it. */
export interface AliasRecord {
  /** The function as the user gave it (name or ARN). */
  id: string;
  alias: string;
  /** The version the alias pointed to; null when this run creates the alias. */
  previous: string | null;
  previousWeights: Record<string, number>;
  previousDescription: string;
  /** The version this run published for the function, once it exists. */
  target?: string;
}

/** Everything the post step needs: it never re-reads the inputs, which may have become invalid since. */
export interface DeployRecord {
  region: string;
  rollbackOnFailure: boolean;
  maxParallel: number;
  aliases: AliasRecord[];
}

/** Saved whole at every change, so a job cancelled at any point leaves the post step an accurate record. */
export function saveRecord(record: DeployRecord): void {
  core.saveState(State.Deploy, JSON.stringify(record));
}

export function loadRecord(): DeployRecord | undefined {
  const raw = core.getState(State.Deploy);
  return raw === '' ? undefined : (JSON.parse(raw) as DeployRecord);
}
