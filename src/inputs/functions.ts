import { InputError } from '../common/errors.js';
import { FUNCTION_ARN, FUNCTION_NAME } from '../aws/arns.js';
import { Input, type Mode } from './names.js';
import { assignment, entries, inRegion, items, text, workspacePath } from './read.js';

export interface FunctionSettings {
  /** As the user wrote it (name or ARN): the key of the JSON outputs. */
  id: string;
  /** The bare function name, for messages and duplicate detection. */
  name: string;
  /** The account in the ARN, when the function was given as one: it must be the caller's. */
  account: string | undefined;
  /** The region in the ARN, the only one it is deployed in; undefined (a name): every listed region. */
  region: string | undefined;
  /** The code directory or .zip (absolute path) and the input that named it; undefined keeps the function's code. */
  code: { path: string; input: string } | undefined;
  /** The layer names in brackets after it (`fn [deps, ml]`): it receives only those; undefined: every listed layer. */
  layers: string[] | undefined;
}

export function readFunctions(mode: Mode, regions: string[]): FunctionSettings[] {
  const sharedCode = text(Input.CodePath);
  const defaultCode =
    mode === 'deploy' && sharedCode !== ''
      ? { path: workspacePath(Input.CodePath, sharedCode), input: Input.CodePath }
      : undefined;
  const seen = new Set<string>();
  return entries(Input.Functions).map((line) => {
    const bracket = /^(?<entry>.*?)\s*\[(?<names>[^\]]*)\]$/.exec(line)?.groups;
    const entry = bracket?.['entry'] ?? line;
    const layers = bracket && items(bracket['names'] ?? '');
    const [id, ownCode] = assignment(entry);
    if (ownCode?.includes('=')) {
      throw new InputError(Input.Functions, `"${entry}" has more than one "=" (use NAME=CODE_PATH, one per line)`);
    }
    const arn = FUNCTION_ARN.exec(id)?.groups;
    const name = arn?.['name'] ?? (FUNCTION_NAME.test(id) ? id : undefined);
    if (name === undefined) {
      throw new InputError(
        Input.Functions,
        `"${id}" is neither a function name nor a function ARN (without version or alias: the alias input names the alias)`,
      );
    }
    if (arn) inRegion(Input.Functions, id, arn['region'] ?? '', regions);
    if (seen.has(name)) throw new InputError(Input.Functions, `"${name}" is listed twice`);
    seen.add(name);
    if (ownCode === '') throw new InputError(Input.Functions, `"${entry}" has an empty code path after "="`);
    const code =
      ownCode !== undefined && mode === 'deploy'
        ? { path: workspacePath(Input.Functions, ownCode), input: Input.Functions }
        : defaultCode;
    return { id, name, account: arn?.['account'], region: arn?.['region'], code, layers };
  });
}

/** The functions deployed in `region`: those listed by name, and those given by an ARN of that region. */
export function functionsIn(functions: FunctionSettings[], region: string): FunctionSettings[] {
  return functions.filter((fn) => fn.region === undefined || fn.region === region);
}
