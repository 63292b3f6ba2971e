import * as core from '@actions/core';
import { State } from '../inputs/names.js';
import type { ParameterRecord } from '../aws/ssm.js';

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

/** A multipart upload this run started: S3 bills its parts until it is completed or aborted. */
export interface UploadRecord {
  bucket: string;
  key: string;
  uploadId: string;
}

/**
 * A function whose layers this run changes before its code: until the new code is in, $LATEST runs its previous code
 * on this run's layers, and a run that stops there puts the previous layers back.
 */
export interface LatestRecord {
  /** The function as the user gave it (name or ARN). */
  id: string;
  /** The CodeSha256 of $LATEST before this run: the layers go back only while it still runs that code. */
  previousCode: string;
  previousLayers: string[];
  /** The CodeSha256 and layers this run gives it. */
  code: string;
  layers: string[];
}

/** Everything the post step needs: it never re-reads the inputs, which may have become invalid since. */
export interface DeployRecord {
  region: string;
  rollbackOnFailure: boolean;
  maxParallel: number;
  /** wait-timeout: how long the post step waits for an update of $LATEST in progress. */
  waitTimeoutSeconds: number;
  aliases: AliasRecord[];
  /** The SSM parameters this run wrote, each once it has. */
  parameters: ParameterRecord[];
  /** The multipart uploads this run has started and not yet completed or aborted. */
  uploads: UploadRecord[];
  /** The functions whose $LATEST may hold their previous code on this run's layers. */
  latest: LatestRecord[];
}

/** One list of the record, saved whole whenever an entry is added or removed. */
export interface RecordList<T> {
  add(entry: T): void;
  remove(entry: T): void;
}

export function recordList<T>(record: DeployRecord, list: T[]): RecordList<T> {
  return {
    add: (entry) => {
      list.push(entry);
      saveRecord(record);
    },
    remove: (entry) => {
      const index = list.indexOf(entry);
      if (index === -1) return;
      list.splice(index, 1);
      saveRecord(record);
    },
  };
}

/** Saved whole at every change, so a job cancelled at any point leaves the post step an accurate record. */
export function saveRecord(record: DeployRecord): void {
  core.saveState(State.Deploy, JSON.stringify(record));
}

export function loadRecord(): DeployRecord | undefined {
  const raw = core.getState(State.Deploy);
  return raw === '' ? undefined : (JSON.parse(raw) as DeployRecord);
}
