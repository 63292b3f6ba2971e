import * as core from '@actions/core';
import { placed } from '../aws/regions.js';
import { State } from '../inputs/names.js';
import type { ParameterRecord } from '../aws/ssm.js';
import type { RecordList } from '../common/tracked.js';
import type { AliasRecord } from '../functions/alias.js';
import type { LatestRecord } from '../functions/latest.js';
import type { UploadRecord } from '../pack/upload.js';

/** An entry of a deploy in several regions: its region. Unset, it is in the record's region (the only one). */
export type Placed<T> = T & { region?: string | undefined };

/** Everything the post step needs: it never re-reads the inputs, which may have become invalid since. */
export interface DeployRecord {
  /** The first listed region, and the region of every entry that names none. */
  region: string;
  rollbackOnFailure: boolean;
  maxParallel: number;
  /** wait-timeout: how long the post step waits for an update of $LATEST in progress. */
  waitTimeoutSeconds: number;
  aliases: AliasRecord[];
  /** The SSM parameters this run wrote, each once it has. */
  parameters: Placed<ParameterRecord>[];
  /** The multipart uploads this run has started and not yet completed or aborted. */
  uploads: Placed<UploadRecord>[];
  /** The functions whose $LATEST may hold their previous code on this run's layers. */
  latest: Placed<LatestRecord>[];
}

/** One of the record's lists as a step adds to it and removes from it; each entry added is placed in `region`. */
export function recordList<T extends object>(record: DeployRecord, list: Placed<T>[], region?: string): RecordList<T> {
  return {
    add: (entry) => {
      // The step's own object, so that remove() finds it.
      list.push(region === undefined ? entry : Object.assign(entry, { region }));
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

/** The version this run published for a function: from now on, its alias is this run's to move and to roll back. */
export function recordPublished(record: DeployRecord, id: string, version: string, region?: string): void {
  const entry = record.aliases.find((alias) => alias.id === id && alias.region === region);
  if (!entry) throw new Error(`${placed(id, region)} is not in the deploy's record`);
  entry.published = version;
  saveRecord(record);
}
