import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../common/errors.js';

// The readers of single inputs: the only place that calls core.getInput. Each throws an InputError naming the input.

export function text(name: string): string {
  return core.getInput(name).trim();
}

/** Comma or newline separated, blanks dropped. */
export function items(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function list(name: string): string[] {
  return items(text(name));
}

/** Comma or newline separated, except commas inside brackets (`fn [deps, ml]`), blanks dropped. */
export function entries(name: string): string[] {
  return text(name)
    .split(/\n|,(?![^[]*\])/)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function lines(name: string): string[] {
  return text(name)
    .split('\n')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Strict: a typo must not silently become false. Empty means the default documented in action.yml. */
export function bool(name: string, fallback: boolean): boolean {
  const value = text(name);
  if (value === '') return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(name, `"${value}" is not a boolean (use true or false)`);
}

/** `means` says what the number counts, for the message; without `max` there is no upper bound. */
export function int(name: string, fallback: number, means: string, min: number, max?: number): number {
  const value = text(name);
  if (value === '') return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(parsed >= min && parsed <= (max ?? Number.MAX_SAFE_INTEGER))) {
    const range = max === undefined ? `from ${min} up` : `from ${min} to ${max}`;
    throw new InputError(name, `"${value}" is not a whole number ${range} (${means})`);
  }
  return parsed;
}

/** `NAME = VALUE` as `NAME=VALUE`: both sides of the first "=" trimmed; no "=": the line, and undefined. */
export function assignment(line: string): [string, string | undefined] {
  const at = line.indexOf('=');
  return at < 0 ? [line.trim(), undefined] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
}

/** A function or layer given by ARN must be in aws-region: a function can only use layers of its own region. */
export function inRegion(input: string, arn: string, arnRegion: string, regions: string[]): void {
  if (regions.includes(arnRegion)) return;
  throw new InputError(
    input,
    regions.length === 1
      ? `"${arn}" is in ${arnRegion}, not in ${regions.join(', ')} where this step deploys (aws-region): a function and its layers must be in one region`
      : `"${arn}" is in ${arnRegion}, which aws-region does not list (${regions.join(', ')}): what is given by ARN is deployed in its own region only; list ${arnRegion} in aws-region, or give the name`,
  );
}

/** One of a few words; `what` names the kind in the message: "deploi" is not a mode (use deploy, cleanup or rollback). */
export function oneWord<T extends string>(name: string, allowed: readonly T[], fallback: T, what: string): T {
  const value = text(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    const choices = `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
    throw new InputError(name, `"${value}" is not ${what} (use ${choices})`);
  }
  return value as T;
}

export function workspacePath(name: string, value: string): string {
  const workspace = process.env['GITHUB_WORKSPACE'];
  const resolved = path.resolve(workspace ?? process.cwd(), value);
  if (!existsSync(resolved)) {
    const base = workspace ? `GITHUB_WORKSPACE: ${workspace}` : `the current directory: ${process.cwd()}`;
    throw new InputError(name, `"${value}" does not exist (paths are relative to ${base})`);
  }
  const stat = statSync(resolved);
  if (!stat.isDirectory() && !(stat.isFile() && resolved.toLowerCase().endsWith('.zip'))) {
    throw new InputError(name, `"${value}" is neither a directory nor a .zip file`);
  }
  return resolved;
}

export function oneOf(name: string, values: string[], allowed: readonly string[], example: string): string[] {
  for (const value of values) {
    if (!allowed.includes(value)) throw new InputError(name, `"${value}" is not a Lambda ${example}`);
  }
  return [...new Set(values)];
}
