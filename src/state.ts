import * as core from '@actions/core';
import { State } from './constants.js';
import type { ParameterRecord } from './ssm.js';

/** Where an alias points, as GetAlias reads it. */
export interface AliasState {
  version: string;
  weights: Record<string, number>;
  description: string;
  revision: string | undefined;
}

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
  published?: string;
  /**
   * The alias's RevisionId as this run last read or wrote it. Every move is conditional on it, so a change someone
   * else makes between two stages fails the move instead of being overwritten.
   */
  revision?: string | undefined;
  /** The share of the alias's traffic this run last sent to `published` (1: all of it). */
  routed?: number;
}

/** The record of an alias as it was read before anything moved; `state` undefined: the alias does not exist yet. */
export function aliasRecord(id: string, alias: string, state: AliasState | undefined): AliasRecord {
  return {
    id,
    alias,
    previous: state?.version ?? null,
    previousWeights: state?.weights ?? {},
    previousDescription: state?.description ?? '',
    revision: state?.revision,
  };
}

/** Everything the post step needs: it never re-reads the inputs, which may have become invalid since. */
export interface DeployRecord {
  region: string;
  rollbackOnFailure: boolean;
  maxParallel: number;
  aliases: AliasRecord[];
  /** The SSM parameters this run wrote, each once it has. */
  parameters: ParameterRecord[];
}

/** Saved whole at every change, so a job cancelled at any point leaves the post step an accurate record. */
export function saveRecord(record: DeployRecord): void {
  core.saveState(State.Deploy, JSON.stringify(record));
}

export function loadRecord(): DeployRecord | undefined {
  const raw = core.getState(State.Deploy);
  return raw === '' ? undefined : (JSON.parse(raw) as DeployRecord);
}
