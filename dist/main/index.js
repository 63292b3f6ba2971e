import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  AddLayerVersionPermission$,
  DESCRIPTION_LIMIT,
  DIRECT_UPLOAD_LIMIT,
  DeleteFunction$,
  DeleteLayerVersion$,
  ENVIRONMENT_KEY,
  EPHEMERAL_STORAGE_MB,
  FUNCTION_ARN,
  FUNCTION_NAME,
  GetAccountSettings$,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  GetLayerVersion$,
  GetLayerVersionPolicy$,
  GetProvisionedConcurrencyConfig$,
  HANDLER_LIMIT,
  Input,
  InputError,
  Invoke$,
  LAYER_ARN,
  LAYER_NAME,
  LAYER_VERSION_ARN,
  LambdaClient,
  ListAliases$,
  ListLayerVersions$,
  ListVersionsByFunction$,
  MAX_LAYERS,
  MEMORY_MB,
  MODES,
  Output,
  PublishLayerVersion$,
  PublishVersion$,
  RESERVED_ENVIRONMENT_KEYS,
  SSM_NAME,
  TIMEOUT_SECONDS,
  UNZIPPED_LIMIT,
  UpdateFunctionCode$,
  UpdateFunctionConfigurationCommand,
  ZIP_ENTRY_LIMIT,
  _ep0,
  _mw0,
  aliasRecord,
  allOrThrow,
  architectureOf,
  awsCall,
  awsFetch,
  callerAccount,
  clientOf,
  command,
  configurationChanges,
  copyOnce,
  debug,
  eachRegion,
  error,
  errorMessage,
  escapeHtml,
  failAndRollBack,
  getInput,
  group,
  header,
  holds,
  info,
  isNamed,
  layerArns,
  layerNameOf,
  mapSettled,
  naming,
  notice,
  packAndUpload,
  placed,
  planConfiguration,
  readAlias,
  readParameter,
  recordList,
  recordPublished,
  recordedPrevious,
  regionalClients,
  reportFailure,
  reportRolledBack,
  restoreLatest,
  rolledBackBy,
  sameList,
  sameVariables,
  saveRecord,
  setOutput,
  setSecret,
  shiftAliases,
  summary,
  unlessMissing,
  uploadOnce,
  versionArnParts,
  waitUpdated,
  warning,
  whenIdle,
  withLayers,
  writeParameter,
  writeSummary
} from "../chunks/chunk-O77IGJI7.js";
import "../chunks/chunk-QKW4HB6J.js";
import "../chunks/chunk-E64AM5QI.js";
import "../chunks/chunk-SEP542XF.js";
import "../chunks/chunk-PZGV5MML.js";
import "../chunks/chunk-X3FA5H7Y.js";
import "../chunks/chunk-DYR74Z74.js";
import {
  WaiterState,
  checkExceptions,
  createPaginator,
  createWaiter
} from "../chunks/chunk-MZYSPR2S.js";
import "../chunks/chunk-5SAH4FJ2.js";
import "../chunks/chunk-OJSNEOHD.js";
import "../chunks/chunk-PY5VAGIZ.js";

// node_modules/@aws-sdk/client-lambda/dist-es/commands/AddLayerVersionPermissionCommand.js
var AddLayerVersionPermissionCommand = class extends command(_ep0, _mw0, "AddLayerVersionPermission", AddLayerVersionPermission$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/DeleteFunctionCommand.js
var DeleteFunctionCommand = class extends command(_ep0, _mw0, "DeleteFunction", DeleteFunction$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/DeleteLayerVersionCommand.js
var DeleteLayerVersionCommand = class extends command(_ep0, _mw0, "DeleteLayerVersion", DeleteLayerVersion$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetAccountSettingsCommand.js
var GetAccountSettingsCommand = class extends command(_ep0, _mw0, "GetAccountSettings", GetAccountSettings$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetLayerVersionCommand.js
var GetLayerVersionCommand = class extends command(_ep0, _mw0, "GetLayerVersion", GetLayerVersion$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetLayerVersionPolicyCommand.js
var GetLayerVersionPolicyCommand = class extends command(_ep0, _mw0, "GetLayerVersionPolicy", GetLayerVersionPolicy$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetProvisionedConcurrencyConfigCommand.js
var GetProvisionedConcurrencyConfigCommand = class extends command(_ep0, _mw0, "GetProvisionedConcurrencyConfig", GetProvisionedConcurrencyConfig$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/InvokeCommand.js
var InvokeCommand = class extends command(_ep0, _mw0, "Invoke", Invoke$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/ListAliasesCommand.js
var ListAliasesCommand = class extends command(_ep0, _mw0, "ListAliases", ListAliases$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/ListLayerVersionsCommand.js
var ListLayerVersionsCommand = class extends command(_ep0, _mw0, "ListLayerVersions", ListLayerVersions$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/ListVersionsByFunctionCommand.js
var ListVersionsByFunctionCommand = class extends command(_ep0, _mw0, "ListVersionsByFunction", ListVersionsByFunction$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/PublishLayerVersionCommand.js
var PublishLayerVersionCommand = class extends command(_ep0, _mw0, "PublishLayerVersion", PublishLayerVersion$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/PublishVersionCommand.js
var PublishVersionCommand = class extends command(_ep0, _mw0, "PublishVersion", PublishVersion$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/UpdateFunctionCodeCommand.js
var UpdateFunctionCodeCommand = class extends command(_ep0, _mw0, "UpdateFunctionCode", UpdateFunctionCode$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/pagination/ListAliasesPaginator.js
var paginateListAliases = createPaginator(LambdaClient, ListAliasesCommand, "Marker", "NextMarker", "MaxItems");

// node_modules/@aws-sdk/client-lambda/dist-es/pagination/ListLayerVersionsPaginator.js
var paginateListLayerVersions = createPaginator(LambdaClient, ListLayerVersionsCommand, "Marker", "NextMarker", "MaxItems");

// node_modules/@aws-sdk/client-lambda/dist-es/pagination/ListVersionsByFunctionPaginator.js
var paginateListVersionsByFunction = createPaginator(LambdaClient, ListVersionsByFunctionCommand, "Marker", "NextMarker", "MaxItems");

// node_modules/@aws-sdk/client-lambda/dist-es/waiters/waitForPublishedVersionActive.js
var checkState = async (client, input) => {
  let reason2;
  try {
    let result = await client.send(new GetFunctionConfigurationCommand(input));
    reason2 = result;
    try {
      const returnComparator = () => {
        return result.State;
      };
      if (returnComparator() === "Active") {
        return { state: WaiterState.SUCCESS, reason: reason2 };
      }
    } catch (e) {
    }
    try {
      const returnComparator = () => {
        return result.State;
      };
      if (returnComparator() === "Failed") {
        return { state: WaiterState.FAILURE, reason: reason2 };
      }
    } catch (e) {
    }
    try {
      const returnComparator = () => {
        return result.State;
      };
      if (returnComparator() === "Pending") {
        return { state: WaiterState.RETRY, reason: reason2 };
      }
    } catch (e) {
    }
  } catch (exception) {
    reason2 = exception;
  }
  return { state: WaiterState.RETRY, reason: reason2 };
};
var waitUntilPublishedVersionActive = async (params, input) => {
  const serviceDefaults = { minDelay: 5, maxDelay: 1560 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-lambda/dist-es/models/enums.js
var Architecture = {
  arm64: "arm64",
  x86_64: "x86_64"
};
var Runtime = {
  dotnet10: "dotnet10",
  dotnet6: "dotnet6",
  dotnet8: "dotnet8",
  dotnetcore10: "dotnetcore1.0",
  dotnetcore20: "dotnetcore2.0",
  dotnetcore21: "dotnetcore2.1",
  dotnetcore31: "dotnetcore3.1",
  go1x: "go1.x",
  java11: "java11",
  java11al2023: "java11.al2023",
  java17: "java17",
  java17al2023: "java17.al2023",
  java21: "java21",
  java25: "java25",
  java8: "java8",
  java8al2: "java8.al2",
  java8al2023: "java8.al2023",
  nodejs: "nodejs",
  nodejs10x: "nodejs10.x",
  nodejs12x: "nodejs12.x",
  nodejs14x: "nodejs14.x",
  nodejs16x: "nodejs16.x",
  nodejs18x: "nodejs18.x",
  nodejs20x: "nodejs20.x",
  nodejs22x: "nodejs22.x",
  nodejs24x: "nodejs24.x",
  nodejs26x: "nodejs26.x",
  nodejs43: "nodejs4.3",
  nodejs43edge: "nodejs4.3-edge",
  nodejs610: "nodejs6.10",
  nodejs810: "nodejs8.10",
  provided: "provided",
  providedal2: "provided.al2",
  providedal2023: "provided.al2023",
  python27: "python2.7",
  python310: "python3.10",
  python311: "python3.11",
  python312: "python3.12",
  python313: "python3.13",
  python314: "python3.14",
  python315: "python3.15",
  python36: "python3.6",
  python37: "python3.7",
  python38: "python3.8",
  python39: "python3.9",
  ruby25: "ruby2.5",
  ruby27: "ruby2.7",
  ruby32: "ruby3.2",
  ruby33: "ruby3.3",
  ruby34: "ruby3.4",
  ruby40: "ruby4.0"
};

// src/inputs/config.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";

// src/inputs/read.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";
function text(name) {
  return getInput(name).trim();
}
function items(value) {
  return value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
}
function list(name) {
  return items(text(name));
}
function entries(name) {
  return text(name).split(/\n|,(?![^[]*\])/).map((item) => item.trim()).filter(Boolean);
}
function lines(name) {
  return text(name).split("\n").map((item) => item.trim()).filter(Boolean);
}
function bool(name, fallback) {
  const value = text(name);
  if (value === "") return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(name, `"${value}" is not a boolean (use true or false)`);
}
function int(name, fallback, means, min, max) {
  const value = text(name);
  if (value === "") return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(parsed >= min && parsed <= (max ?? Number.MAX_SAFE_INTEGER))) {
    const range2 = max === void 0 ? `from ${min} up` : `from ${min} to ${max}`;
    throw new InputError(name, `"${value}" is not a whole number ${range2} (${means})`);
  }
  return parsed;
}
function assignment(line) {
  const at = line.indexOf("=");
  return at < 0 ? [line.trim(), void 0] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
}
function inRegion(input, arn, arnRegion, regions) {
  if (regions.includes(arnRegion)) return;
  throw new InputError(
    input,
    regions.length === 1 ? `"${arn}" is in ${arnRegion}, not in ${regions.join(", ")} where this step deploys (aws-region): a function and its layers must be in one region` : `"${arn}" is in ${arnRegion}, which aws-region does not list (${regions.join(", ")}): what is given by ARN is deployed in its own region only; list ${arnRegion} in aws-region, or give the name`
  );
}
function oneWord(name, allowed, fallback, what) {
  const value = text(name) || fallback;
  if (!allowed.includes(value)) {
    const choices = `${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}`;
    throw new InputError(name, `"${value}" is not ${what} (use ${choices})`);
  }
  return value;
}
function workspacePath(name, value) {
  const workspace = process.env["GITHUB_WORKSPACE"];
  const resolved = path.resolve(workspace ?? process.cwd(), value);
  if (!existsSync(resolved)) {
    const base = workspace ? `GITHUB_WORKSPACE: ${workspace}` : `the current directory: ${process.cwd()}`;
    throw new InputError(name, `"${value}" does not exist (paths are relative to ${base})`);
  }
  const stat3 = statSync(resolved);
  if (!stat3.isDirectory() && !(stat3.isFile() && resolved.toLowerCase().endsWith(".zip"))) {
    throw new InputError(name, `"${value}" is neither a directory nor a .zip file`);
  }
  return resolved;
}
function oneOf(name, values, allowed, example) {
  for (const value of values) {
    if (!allowed.includes(value)) throw new InputError(name, `"${value}" is not a Lambda ${example}`);
  }
  return [...new Set(values)];
}

// src/inputs/config.ts
var RUNTIMES = Object.values(Runtime);
var ARCHITECTURES = Object.values(Architecture);
var FIELDS = [
  "Runtime",
  "Handler",
  "MemorySize",
  "Timeout",
  "Architectures",
  "Environment",
  "Description",
  "EphemeralStorage"
];
function unprintable(variables) {
  Object.defineProperty(variables, "toJSON", {
    value: () => Object.fromEntries(Object.keys(variables).map((key) => [key, "***"])),
    enumerable: false
  });
  return variables;
}
var show = (value) => JSON.stringify(value) ?? String(value);
function checkRuntime(value, bad) {
  if (typeof value === "string" && RUNTIMES.includes(value)) return value;
  throw bad("Runtime", `${show(value)} is not a Lambda runtime (e.g. python3.13, nodejs22.x, java21)`);
}
function checkArchitecture(value, bad) {
  if (typeof value === "string" && ARCHITECTURES.includes(value)) return value;
  throw bad("Architectures", `${show(value)} is not a Lambda architecture (x86_64 or arm64)`);
}
function checkInteger(value, field, range2, means, bad) {
  if (typeof value === "number" && Number.isInteger(value) && value >= range2.min && value <= range2.max) return value;
  throw bad(field, `${show(value)} is not a whole number from ${range2.min} to ${range2.max} (${means})`);
}
function checkHandler(value, bad) {
  if (typeof value === "string" && /^\S+$/.test(value) && value.length <= HANDLER_LIMIT) return value;
  throw bad("Handler", `${show(value)} is not a handler (e.g. app.handler: no spaces, at most ${HANDLER_LIMIT} characters)`);
}
function checkDescription(value, bad) {
  if (typeof value === "string" && value.length <= DESCRIPTION_LIMIT) return value;
  throw bad("Description", `is not a text of at most ${DESCRIPTION_LIMIT} characters`);
}
function checkKey(key, bad) {
  if (RESERVED_ENVIRONMENT_KEYS.has(key)) {
    throw bad("Environment", `${key} is reserved: Lambda sets it in every execution environment, and refuses it`);
  }
  if (!ENVIRONMENT_KEY.test(key)) {
    throw bad("Environment", `"${key}" is not a variable name Lambda accepts (a letter, then letters, digits and _)`);
  }
}
function readEnvironment() {
  const bad = (_, message) => new InputError(Input.Environment, message);
  const variables = {};
  const raw = text(Input.Environment).split("\n");
  raw.forEach((line, index) => {
    if (line.trim() === "") return;
    const [key, value] = assignment(line);
    if (value === void 0) throw bad("Environment", `line ${index + 1} has no "=" (use KEY=VALUE, one per line)`);
    checkKey(key, bad);
    if (Object.hasOwn(variables, key)) throw bad("Environment", `${key} is given twice`);
    variables[key] = value;
  });
  return Object.keys(variables).length === 0 ? void 0 : unprintable(variables);
}
function numberInput(name) {
  const value = text(name);
  return /^\d+$/.test(value) ? Number(value) : value;
}
function readConfigurationInputs(mode) {
  if (mode !== "deploy") return { wanted: {}, origin: {}, environmentMode: "merge", file: void 0 };
  const wanted = {};
  const origin2 = {};
  const from = (input) => (_, message) => new InputError(input, message);
  const set = (field, input, read) => {
    if (text(input) === "") return;
    wanted[field] = read(from(input));
    origin2[field] = input;
  };
  set("Runtime", Input.Runtime, (bad) => checkRuntime(text(Input.Runtime), bad));
  set("Architectures", Input.Architecture, (bad) => [checkArchitecture(text(Input.Architecture), bad)]);
  set("MemorySize", Input.MemorySize, (bad) => checkInteger(numberInput(Input.MemorySize), "MemorySize", MEMORY_MB, "MB", bad));
  set("Timeout", Input.Timeout, (bad) => checkInteger(numberInput(Input.Timeout), "Timeout", TIMEOUT_SECONDS, "seconds", bad));
  set("Handler", Input.Handler, (bad) => checkHandler(text(Input.Handler), bad));
  const variables = readEnvironment();
  if (variables) {
    wanted.Environment = { Variables: variables };
    origin2.Environment = Input.Environment;
  }
  const given = text(Input.FunctionConfig);
  if (given !== "" && !/\.(json|ya?ml)$/i.test(given)) {
    throw new InputError(Input.FunctionConfig, `"${given}" is neither .json, .yaml nor .yml: the extension says how to read it`);
  }
  const workspace = process.env["GITHUB_WORKSPACE"] ?? process.cwd();
  return {
    wanted,
    origin: origin2,
    environmentMode: oneWord(Input.EnvironmentMode, ["merge", "replace"], "merge", "an environment mode"),
    file: given === "" ? void 0 : { given, path: path2.resolve(workspace, given) }
  };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function onlyKeys(value, allowed, field, bad) {
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown !== void 0) throw bad(field, `"${unknown}" is not a field it takes (use ${allowed.join(", ")})`);
}
function readEntry(value, bad) {
  if (!isObject(value)) throw bad("", `is not a mapping of Lambda fields (${FIELDS.join(", ")})`);
  onlyKeys(value, FIELDS, "", (_, message) => bad("", message));
  const wanted = {};
  const { Runtime: runtime, Handler: handler, MemorySize: memory, Timeout: timeout, Description: description } = value;
  const { Architectures: architectures, Environment: environment, EphemeralStorage: storage } = value;
  if (runtime !== void 0) wanted.Runtime = checkRuntime(runtime, bad);
  if (handler !== void 0) wanted.Handler = checkHandler(handler, bad);
  if (memory !== void 0) wanted.MemorySize = checkInteger(memory, "MemorySize", MEMORY_MB, "MB", bad);
  if (timeout !== void 0) wanted.Timeout = checkInteger(timeout, "Timeout", TIMEOUT_SECONDS, "seconds", bad);
  if (description !== void 0) wanted.Description = checkDescription(description, bad);
  if (architectures !== void 0) {
    if (!Array.isArray(architectures) || architectures.length !== 1) {
      throw bad("Architectures", "is a list of exactly one architecture, as Lambda takes it: [x86_64] or [arm64]");
    }
    wanted.Architectures = [checkArchitecture(architectures[0], bad)];
  }
  if (storage !== void 0) {
    if (!isObject(storage)) throw bad("EphemeralStorage", "is a mapping with one field, Size (MB)");
    onlyKeys(storage, ["Size"], "EphemeralStorage", bad);
    const size = checkInteger(
      storage["Size"],
      "EphemeralStorage",
      EPHEMERAL_STORAGE_MB,
      "MB of /tmp",
      (_, message) => bad("EphemeralStorage.Size", message)
    );
    wanted.EphemeralStorage = { Size: size };
  }
  if (environment !== void 0) {
    if (!isObject(environment) || !isObject(environment["Variables"])) {
      throw bad("Environment", "is a mapping with one field, Variables, a mapping of names to values");
    }
    onlyKeys(environment, ["Variables"], "Environment", bad);
    const variables = {};
    for (const [key, variable] of Object.entries(environment["Variables"])) {
      checkKey(key, (_, message) => bad("Environment.Variables", message));
      if (typeof variable !== "string") {
        throw bad(
          `Environment.Variables.${key}`,
          "is not a string: Lambda takes text only (quote numbers and true/false in YAML)"
        );
      }
      variables[key] = variable;
    }
    wanted.Environment = { Variables: variables };
  }
  return wanted;
}
async function parseFile(file, bad) {
  const source = await readFile(file.path, "utf8").catch((error2) => {
    const workspace = process.env["GITHUB_WORKSPACE"] ?? process.cwd();
    throw bad(
      error2.code === "ENOENT" ? `does not exist (paths are relative to GITHUB_WORKSPACE: ${workspace})` : `cannot be read: ${error2.code ?? error2.message}`
    );
  });
  if (/\.json$/i.test(file.path)) {
    try {
      return JSON.parse(source);
    } catch (error2) {
      const at = /position (\d+)/.exec(error2.message)?.[1];
      const lines2 = at === void 0 ? [] : source.slice(0, Number(at)).split("\n");
      const where = at === void 0 ? "" : ` at line ${lines2.length}, column ${(lines2.at(-1)?.length ?? 0) + 1}`;
      throw bad(`is not valid JSON${where}`);
    }
  }
  const { parse, YAMLParseError } = (await import("../chunks/dist-C2XRDAMX.js")).default;
  try {
    return parse(source, { logLevel: "error" });
  } catch (error2) {
    if (!(error2 instanceof YAMLParseError)) throw error2;
    const where = error2.linePos ? ` at line ${error2.linePos[0].line}, column ${error2.linePos[0].col}` : "";
    throw bad(`is not valid YAML${where} (${error2.code})`);
  }
}
async function readConfigFile(file, functions) {
  const input = `${Input.FunctionConfig} ${file.given}`;
  const data = await parseFile(file, (message) => new InputError(input, message));
  if (!isObject(data)) {
    throw new InputError(input, "is not a mapping of function names (as listed in functions, or *) to Lambda fields");
  }
  const entries2 = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(data)) {
    const fn = key === "*" ? void 0 : functions.find((listed) => listed.name === key || listed.id === key);
    if (key !== "*" && !fn) throw new InputError(input, `"${key}" is not one of the functions listed in functions`);
    const name = fn?.name ?? "*";
    if (entries2.has(name)) throw new InputError(input, `"${key}" names ${name} a second time (by name and by ARN)`);
    const bad = (field, message) => new InputError(input, `${[key, field].filter(Boolean).join(".")}: ${message}`);
    const wanted = readEntry(value, bad);
    const origin2 = Object.fromEntries(Object.keys(wanted).map((field) => [field, `${input}, ${key}.${field}`]));
    entries2.set(name, { wanted, origin: origin2 });
  }
  return entries2;
}
async function functionConfigs(inputs, functions) {
  const file = inputs.file ? await readConfigFile(inputs.file, functions) : /* @__PURE__ */ new Map();
  return (fn) => {
    const sources = [file.get(fn.name), file.get("*"), inputs].filter((source) => source !== void 0);
    const wanted = {};
    const origin2 = {};
    for (const field of FIELDS) {
      const source = sources.find((entry) => entry.wanted[field] !== void 0);
      if (field === "Environment" || !source) continue;
      Object.assign(wanted, { [field]: source.wanted[field] });
      Object.assign(origin2, { [field]: source.origin[field] });
    }
    const environments = sources.filter((entry) => entry.wanted.Environment);
    if (environments.length > 0) {
      const variables = environments.reduceRight(
        (all, entry) => ({ ...all, ...entry.wanted.Environment?.Variables }),
        {}
      );
      wanted.Environment = { Variables: variables };
      origin2.Environment = environments.map((entry) => entry.origin.Environment).join(" and ");
    }
    return { wanted, origin: origin2, environmentMode: inputs.environmentMode };
  };
}

// src/inputs/functions.ts
function readFunctions(mode, regions) {
  const sharedCode = text(Input.CodePath);
  const defaultCode = mode === "deploy" && sharedCode !== "" ? { path: workspacePath(Input.CodePath, sharedCode), input: Input.CodePath } : void 0;
  const seen = /* @__PURE__ */ new Set();
  return entries(Input.Functions).map((line) => {
    const bracket = /^(?<entry>.*?)\s*\[(?<names>[^\]]*)\]$/.exec(line)?.groups;
    const entry = bracket?.["entry"] ?? line;
    const layers = bracket && items(bracket["names"] ?? "");
    const [id, ownCode] = assignment(entry);
    if (ownCode?.includes("=")) {
      throw new InputError(Input.Functions, `"${entry}" has more than one "=" (use NAME=CODE_PATH, one per line)`);
    }
    const arn = FUNCTION_ARN.exec(id)?.groups;
    const name = arn?.["name"] ?? (FUNCTION_NAME.test(id) ? id : void 0);
    if (name === void 0) {
      throw new InputError(
        Input.Functions,
        `"${id}" is neither a function name nor a function ARN (without version or alias: the alias input names the alias)`
      );
    }
    if (arn) inRegion(Input.Functions, id, arn["region"] ?? "", regions);
    if (seen.has(name)) throw new InputError(Input.Functions, `"${name}" is listed twice`);
    seen.add(name);
    if (ownCode === "") throw new InputError(Input.Functions, `"${entry}" has an empty code path after "="`);
    const code = ownCode !== void 0 && mode === "deploy" ? { path: workspacePath(Input.Functions, ownCode), input: Input.Functions } : defaultCode;
    return { id, name, account: arn?.["account"], region: arn?.["region"], code, layers };
  });
}
function functionsIn(functions, region) {
  return functions.filter((fn) => fn.region === void 0 || fn.region === region);
}

// src/inputs/github.ts
import { readFileSync } from "node:fs";
var Secret = class {
  #value;
  constructor(value) {
    if (value !== "") setSecret(value);
    this.#value = value;
  }
  reveal() {
    return this.#value;
  }
  toJSON() {
    return "***";
  }
};
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target"];
function env(name) {
  return process.env[name] ?? "";
}
function eventPayload() {
  const file = env("GITHUB_EVENT_PATH");
  if (file === "") return {};
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error2) {
    warning(`The event file (GITHUB_EVENT_PATH) cannot be read: ${errorMessage(error2)}`);
    return {};
  }
}
function markerOf(parts) {
  return `<!-- lambda-layer-deploy step: ${parts.map((part) => encodeURIComponent(part)).join(" ")} -->`;
}
function readPullRequest(step) {
  const wanted = bool(Input.PullRequestComment, true);
  const token = new Secret(text(Input.GithubToken));
  if (!wanted || !PULL_REQUEST_EVENTS.includes(env("GITHUB_EVENT_NAME"))) return void 0;
  const event = eventPayload();
  const number = event.pull_request?.number ?? event.number;
  const [owner = "", repo = ""] = env("GITHUB_REPOSITORY").split("/");
  if (typeof number !== "number" || owner === "" || repo === "") {
    warning("No pull request comment: the event (GITHUB_EVENT_PATH) or GITHUB_REPOSITORY names no pull request.");
    return void 0;
  }
  if (token.reveal() === "") {
    warning(`No pull request comment: ${Input.GithubToken} is empty (its default is the job's GITHUB_TOKEN).`);
    return void 0;
  }
  const server = env("GITHUB_SERVER_URL") || "https://github.com";
  const workflow = env("GITHUB_WORKFLOW_REF").replace(/@.*$/, "") || env("GITHUB_WORKFLOW");
  const head = event.pull_request?.head?.sha;
  return {
    apiUrl: (env("GITHUB_API_URL") || "https://api.github.com").replace(/\/+$/, ""),
    owner,
    repo,
    number,
    token,
    marker: markerOf([workflow, env("GITHUB_JOB"), env("GITHUB_ACTION"), step.region, step.alias]),
    runUrl: `${server}/${owner}/${repo}/actions/runs/${env("GITHUB_RUN_ID")}`,
    head: (typeof head === "string" ? head : env("GITHUB_SHA")).slice(0, 7)
  };
}

// src/inputs/grants.ts
var ACCOUNT = /^\d{12}$/;
var ORGANIZATION = /^o-[a-z0-9]{10,32}$/;
function readGrant(line) {
  if (ACCOUNT.test(line)) return { label: line, principal: line, organization: void 0 };
  if (line === "public") return { label: line, principal: "*", organization: void 0 };
  if (line.startsWith("organization:")) {
    const organization = line.slice("organization:".length).trim();
    if (!ORGANIZATION.test(organization)) {
      throw new InputError(
        Input.LayerPermissions,
        `"${organization}" is not an AWS Organizations id (o- and 10 to 32 lowercase letters or digits, e.g. organization:o-a1b2c3d4e5)`
      );
    }
    return { label: `organization:${organization}`, principal: "*", organization };
  }
  const fix = "use a 12-digit account id, organization:o-xxxxxxxxxx (every account of an organisation) or public";
  if (/^\d+$/.test(line)) throw new InputError(Input.LayerPermissions, `"${line}" is not a 12-digit account id: ${fix}`);
  throw new InputError(Input.LayerPermissions, `"${line}" is not a grant: ${fix}`);
}
function readGrants() {
  const grants = new Map(
    lines(Input.LayerPermissions).map((line) => readGrant(line)).map((grant) => [grant.label, grant])
  );
  return [...grants.values()];
}

// src/inputs/layers.ts
var RUNTIMES2 = Object.values(Runtime);
var ARCHITECTURES2 = Object.values(Architecture);
function sharedLayerInputs() {
  return {
    description: text(Input.LayerDescription),
    runtimes: oneOf(Input.CompatibleRuntimes, list(Input.CompatibleRuntimes), RUNTIMES2, "runtime (e.g. python3.12, nodejs22.x)"),
    architectures: oneOf(
      Input.CompatibleArchitectures,
      list(Input.CompatibleArchitectures),
      ARCHITECTURES2,
      "architecture (x86_64 or arm64)"
    ),
    license: text(Input.LicenseInfo)
  };
}
function parameterFor(template, layer) {
  const arch = layer.variant ?? ([...layer.architectures].sort().join("-") || "any");
  return template.replaceAll("{layer}", layer.name).replaceAll("{arch}", arch);
}
function readShorthand(mode, regions, given, layerPath) {
  const arn = LAYER_ARN.exec(given)?.groups;
  if (!arn && !LAYER_NAME.test(given)) {
    throw new InputError(
      Input.LayerName,
      `"${given}" is neither a layer name (letters, digits, - and _, up to 140) nor a layer ARN without version`
    );
  }
  if (arn) inRegion(Input.LayerName, given, arn["region"] ?? "", regions);
  if (mode === "deploy" && layerPath === "") {
    throw new InputError(Input.LayerPath, "is required when layer-name is set (a directory or .zip with the layer content)");
  }
  const name = arn?.["name"] ?? given;
  return {
    kind: "built",
    key: name,
    // In several regions, by name: the plan checks that the ARN's account is the caller's, whose layer the name is.
    id: arn && regions.length > 1 ? name : given,
    name,
    account: arn?.["account"],
    path: layerPath === "" ? "" : workspacePath(Input.LayerPath, layerPath),
    variant: void 0,
    ...sharedLayerInputs(),
    parameter: void 0
  };
}
var BUILT_NAME = /^(?<name>[a-zA-Z0-9_-]{1,140})(?:@(?<arch>.*))?$/;
function readLayerLine(mode, regions, line) {
  const arn = LAYER_VERSION_ARN.exec(line)?.groups;
  if (arn) {
    if (regions.length > 1) {
      throw new InputError(
        Input.Layers,
        `"${line}" is a version of one region, and aws-region lists ${regions.length}: name an SSM parameter instead (ssm:/name), read in each region, that holds each region's version ARN`
      );
    }
    inRegion(Input.Layers, line, arn["region"] ?? "", regions);
    return { kind: "promoted", source: line, arn: line };
  }
  if (line.startsWith("ssm:")) {
    const parameter = line.slice(4);
    if (!SSM_NAME.test(parameter))
      throw new InputError(Input.Layers, `"${line}" does not name an SSM parameter (e.g. ssm:/layers/deps/arn)`);
    return { kind: "promoted", source: line, parameter };
  }
  const [left, builtPath] = assignment(line);
  const name = builtPath === void 0 ? void 0 : BUILT_NAME.exec(left)?.groups?.["name"];
  if (builtPath === void 0 || name === void 0) {
    throw new InputError(
      Input.Layers,
      `"${line}" is not a layer line: use NAME=PATH, NAME@ARCH=PATH, a layer version ARN (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION) or ssm:/parameter/name`
    );
  }
  const variant = BUILT_NAME.exec(left)?.groups?.["arch"];
  if (variant !== void 0 && !ARCHITECTURES2.includes(variant)) {
    throw new InputError(Input.Layers, `"${line}": "${variant}" is not a Lambda architecture (x86_64 or arm64)`);
  }
  const traits = sharedLayerInputs();
  return {
    kind: "built",
    key: variant === void 0 ? name : `${name}@${variant}`,
    id: name,
    name,
    account: void 0,
    path: mode === "deploy" ? workspacePath(Input.Layers, builtPath) : "",
    variant,
    ...traits,
    architectures: variant === void 0 ? traits.architectures : [variant],
    parameter: void 0
  };
}
function readLayers(mode, regions, ssmTemplate) {
  const given = text(Input.LayerName);
  const layerPath = text(Input.LayerPath);
  const lines2 = entries(Input.Layers);
  if (lines2.length > 0 && (given !== "" || layerPath !== "")) {
    throw new InputError(Input.Layers, "set either layers or layer-name and layer-path (the one-layer shorthand), not both");
  }
  if (given === "" && layerPath !== "") throw new InputError(Input.LayerName, "is required when layer-path is set");
  const specs = given !== "" ? [readShorthand(mode, regions, given, layerPath)] : lines2.map((line) => readLayerLine(mode, regions, line));
  const variantsOf = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    if (spec.kind !== "built") continue;
    const { name, variant } = spec;
    const listed = variantsOf.get(name) ?? [];
    if (listed.length > 0 && (variant === void 0 || listed.includes(variant) || listed.includes(void 0))) {
      throw new InputError(
        Input.Layers,
        `"${name}" is listed twice (lines of one layer must be variants of distinct architectures: NAME@x86_64, NAME@arm64)`
      );
    }
    variantsOf.set(name, [...listed, variant]);
  }
  if (ssmTemplate !== "") {
    const written = /* @__PURE__ */ new Map();
    for (const spec of specs) {
      if (spec.kind !== "built") continue;
      spec.parameter = parameterFor(ssmTemplate, spec);
      const other = written.get(spec.parameter);
      if (other) {
        throw new InputError(
          Input.SsmParameter,
          `${other} and ${spec.key} would both write ${spec.parameter}: put {layer} (and {arch} for variants) in it, e.g. /layers/{layer}/{arch}/arn`
        );
      }
      written.set(spec.parameter, spec.key);
    }
  }
  return specs;
}

// src/inputs/traffic.ts
var CANARY = /^Canary(\d{1,2})Percent(\d+)(Minutes?|Seconds?)$/;
var LINEAR = /^Linear(\d{1,2})PercentEvery(\d+)(Minutes?|Seconds?)$/;
function parseTraffic(name) {
  if (name === "AllAtOnce") return { name, stages: [], intervalSeconds: 0 };
  const match2 = CANARY.exec(name) ?? LINEAR.exec(name);
  const percent2 = Number(match2?.[1]);
  const amount = Number(match2?.[2]);
  if (!match2 || !(percent2 >= 1 && percent2 <= 99) || !(amount >= 1)) {
    throw new InputError(
      Input.Traffic,
      `"${name}" is not a traffic shape (use AllAtOnce, Canary<P>Percent<N>Minutes, Linear<P>PercentEvery<N>Minutes, or the same with Seconds; P from 1 to 99)`
    );
  }
  const intervalSeconds = match2[3]?.startsWith("Minute") ? amount * 60 : amount;
  const stages = [];
  if (name.startsWith("Canary")) {
    stages.push(percent2 / 100);
  } else {
    for (let step = percent2; step < 100; step += percent2) stages.push(step / 100);
  }
  return { name, stages, intervalSeconds };
}

// src/inputs/settings.ts
var ALIAS_NAME = /^(?!\d+$)[a-zA-Z0-9_-]{1,128}$/;
var REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
function readRegions() {
  const given = list(Input.AwsRegion);
  const regions = given.length > 0 ? given : [process.env["AWS_REGION"] || process.env["AWS_DEFAULT_REGION"] || ""];
  for (const [index, region] of regions.entries()) {
    if (!REGION.test(region)) {
      throw new InputError(
        Input.AwsRegion,
        region === "" ? "no region: set aws-region, or AWS_REGION (aws-actions/configure-aws-credentials sets it)" : `"${region}" is not an AWS region (e.g. eu-west-1)`
      );
    }
    if (regions.indexOf(region) !== index) throw new InputError(Input.AwsRegion, `"${region}" is listed twice`);
  }
  return regions;
}
function s3LocationIn(location, region) {
  return location && { ...location, bucket: location.bucket.replaceAll("{region}", region) };
}
function origin() {
  const repository = process.env["GITHUB_REPOSITORY"] || "local";
  const sha = process.env["GITHUB_SHA"]?.slice(0, 7) || "unknown";
  return `by ${repository}@${sha} run ${process.env["GITHUB_RUN_ID"] || 0}`;
}
function getSettings() {
  const mode = oneWord(Input.Mode, MODES, "deploy", "a mode");
  const regions = readRegions();
  const [region = ""] = regions;
  const ssmParameter = text(Input.SsmParameter);
  if (ssmParameter !== "" && !SSM_NAME.test(ssmParameter.replace(/\{layer\}|\{arch\}|\{region\}/g, "x"))) {
    throw new InputError(Input.SsmParameter, `"${ssmParameter}" is not an SSM parameter name (e.g. /layers/{layer}/arn)`);
  }
  const layers = readLayers(mode, regions, ssmParameter);
  const built = layers.filter((spec) => spec.kind === "built");
  const functions = readFunctions(mode, regions);
  const bucket = text(Input.S3Bucket);
  if (regions.length > 1 && bucket !== "" && !bucket.includes("{region}")) {
    throw new InputError(
      Input.S3Bucket,
      `"${bucket}" is one bucket for ${regions.length} regions, and Lambda reads code only from a bucket in its own region: put {region} in its name (e.g. ${bucket}-{region}), one bucket per region`
    );
  }
  const toVersion = text(Input.ToVersion);
  const smokeTestPayload = text(Input.SmokeTestPayload);
  const alias = text(Input.Alias) || "live";
  const configuration = readConfigurationInputs(mode);
  if (!ALIAS_NAME.test(alias)) {
    throw new InputError(Input.Alias, `"${alias}" is not an alias name (letters, digits, - and _, not only digits)`);
  }
  if (toVersion !== "" && !/^[1-9]\d*$/.test(toVersion)) {
    throw new InputError(Input.ToVersion, `"${toVersion}" is not a published version number (e.g. 7)`);
  }
  if (smokeTestPayload !== "") {
    try {
      JSON.parse(smokeTestPayload);
    } catch (error2) {
      throw new InputError(Input.SmokeTestPayload, `is not valid JSON: ${error2.message}`);
    }
  }
  if (mode === "deploy" && layers.length === 0 && functions.length === 0) {
    throw new InputError(Input.Functions, "nothing to deploy: set functions, or layers (or layer-name and layer-path), or both");
  }
  if (mode === "deploy" && layers.length === 0 && !configuration.file && Object.keys(configuration.wanted).length === 0) {
    const bare = functions.find((fn) => fn.code === void 0);
    if (bare) {
      throw new InputError(
        Input.CodePath,
        `"${bare.name}" has no code to deploy and there is no layer: set code-path or ${bare.name}=PATH`
      );
    }
  }
  if (ssmParameter !== "" && mode === "deploy" && built.length === 0) {
    throw new InputError(
      Input.SsmParameter,
      "needs a layer this step builds (layers: NAME=PATH, or layer-name and layer-path): it receives its version ARN"
    );
  }
  const layerPermissions = readGrants();
  if (layerPermissions.length > 0 && mode === "deploy" && built.length === 0) {
    throw new InputError(
      Input.LayerPermissions,
      "grants apply to the layer versions this step builds (layers: NAME=PATH, or layer-name and layer-path), and there is none; promoted versions are not touched"
    );
  }
  if (mode === "cleanup" && built.length === 0 && functions.length === 0) {
    throw new InputError(Input.Functions, "cleanup needs layers (or layer-name), functions, or both");
  }
  if (mode === "rollback" && functions.length === 0) {
    throw new InputError(Input.Functions, "rollback needs the functions whose alias to roll back");
  }
  return {
    mode,
    dryRun: bool(Input.DryRun, false),
    region,
    regions,
    layers,
    layersInput: text(Input.LayerName) === "" ? Input.Layers : Input.LayerName,
    s3Location: bucket === "" ? void 0 : { bucket, prefix: text(Input.S3Prefix) || "lambda-layers/" },
    functions,
    exclude: lines(Input.Exclude),
    alias,
    createAlias: bool(Input.CreateAlias, true),
    rollbackOnFailure: bool(Input.RollbackOnFailure, true),
    maxParallel: int(Input.MaxParallel, 20, "how many functions are worked on at once", 1, 50),
    waitTimeoutSeconds: int(Input.WaitTimeout, 300, "seconds to wait for one function update", 1, 3600),
    keepLayerVersions: int(
      Input.KeepLayerVersions,
      10,
      "how many of each layer's newest versions cleanup keeps: at least the newest",
      1
    ),
    keepFunctionVersions: int(
      Input.KeepFunctionVersions,
      10,
      "how many of each function's newest versions cleanup keeps: at least the newest",
      1
    ),
    toVersion: toVersion || void 0,
    traffic: parseTraffic(text(Input.Traffic) || "AllAtOnce"),
    alarms: lines(Input.Alarms),
    firingAlarms: oneWord(Input.FiringAlarms, ["block", "ignore"], "block", "a way to treat alarms firing at the start"),
    bakeTimeSeconds: int(
      Input.BakeTime,
      0,
      "seconds to keep watching the alarms once all traffic has moved, up to a day; 0: not at all",
      0,
      86400
    ),
    smokeTestPayload: smokeTestPayload || void 0,
    verify: oneWord(Input.Verify, ["error", "warn", "off"], "error", "a content check mode"),
    verifyIgnore: lines(Input.VerifyIgnore),
    origin: origin(),
    pullRequest: mode === "deploy" ? readPullRequest({ region, alias }) : void 0,
    layerPermissions,
    configuration
  };
}

// src/common/prune.ts
function prune(items2, number, keep, isProtected) {
  const sorted = [...items2].sort((a, b) => number(b) - number(a));
  return {
    kept: sorted.filter((item, i) => i < keep || isProtected(item)),
    deleted: sorted.filter((item, i) => i >= keep && !isProtected(item))
  };
}

// src/common/units.ts
function megabytes(bytes) {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// src/aws/pages.ts
async function listAll(pages, items2) {
  const all = [];
  for await (const page of pages) all.push(...items2(page) ?? []);
  return all;
}
var PAGE = { pageSize: 50 };

// src/functions/versions.ts
async function readInventory(lambda, fn) {
  const [versions, aliases] = await Promise.all([
    awsCall(
      "ListVersionsByFunction",
      fn.name,
      () => listAll(paginateListVersionsByFunction({ client: lambda, ...PAGE }, { FunctionName: fn.id }), (page) => page.Versions)
    ),
    awsCall(
      "ListAliases",
      fn.name,
      () => listAll(paginateListAliases({ client: lambda, ...PAGE }, { FunctionName: fn.id }), (page) => page.Aliases)
    )
  ]);
  return { settings: fn, versions, aliases };
}
function aliasedVersions(aliases) {
  return new Set(
    aliases.flatMap((alias) => [
      alias.FunctionVersion ?? "",
      ...Object.keys(alias.RoutingConfig?.AdditionalVersionWeights ?? {})
    ])
  );
}
function protectedVersions(aliases) {
  const targets = aliases.flatMap((alias) => recordedPrevious(alias.Description) ?? []);
  return /* @__PURE__ */ new Set([...aliasedVersions(aliases), ...targets]);
}
function planFunctionPrune(fn, keep) {
  const kept = protectedVersions(fn.aliases);
  const published2 = fn.versions.filter((version) => version.Version !== "$LATEST");
  return {
    id: fn.settings.id,
    ...prune(
      published2,
      (version) => Number(version.Version),
      keep,
      (version) => kept.has(version.Version ?? "")
    )
  };
}
function layersInUse(functions) {
  const used = /* @__PURE__ */ new Set();
  for (const fn of functions) {
    const live = aliasedVersions(fn.aliases).add("$LATEST");
    for (const version of fn.versions) {
      if (live.has(version.Version ?? "")) for (const layer of version.Layers ?? []) used.add(layer.Arn ?? "");
    }
  }
  return used;
}

// src/layers/versions.ts
function hashTag(hash) {
  return `[sha256:${hash}]`;
}
function layerDescription(description, hash) {
  const tag = hashTag(hash);
  const room = DESCRIPTION_LIMIT - tag.length - 1;
  const text2 = description.length > room ? `${description.slice(0, room - 1)}\u2026` : description;
  return text2 === "" ? tag : `${text2} ${tag}`;
}
var PAGE_SIZE = 50;
async function findLayerVersion(lambda, layerId, hashing) {
  const newest = awsCall(
    "ListLayerVersions",
    layerId,
    () => lambda.send(new ListLayerVersionsCommand({ LayerName: layerId, MaxItems: PAGE_SIZE }))
  );
  newest.catch(() => void 0);
  const tag = hashTag(await hashing);
  const first = await newest;
  const match2 = (page) => {
    const found = page.LayerVersions?.find((version) => version.Description?.includes(tag));
    return found?.LayerVersionArn && found.Version !== void 0 ? { arn: found.LayerVersionArn, version: found.Version } : void 0;
  };
  const inFirst = match2(first);
  if (inFirst || !first.NextMarker) return inFirst;
  return awsCall("ListLayerVersions", layerId, async () => {
    const rest = paginateListLayerVersions(
      { client: lambda, pageSize: PAGE_SIZE, startingToken: first.NextMarker },
      { LayerName: layerId }
    );
    for await (const page of rest) {
      const found = match2(page);
      if (found) return found;
    }
    return void 0;
  });
}
async function listLayerVersions(lambda, layerId) {
  return awsCall(
    "ListLayerVersions",
    layerId,
    () => listAll(paginateListLayerVersions({ client: lambda, ...PAGE }, { LayerName: layerId }), (page) => page.LayerVersions)
  );
}
function versionsOf(layer, versions) {
  if (layer.variant === void 0) return versions;
  return versions.filter((version) => version.CompatibleArchitectures?.join() === layer.variant);
}

// src/report/cleanup.ts
function reportCleanup(regions, dryRun2) {
  const numbers = (pruned) => pruned.deleted.map((version) => version.Version ?? 0);
  const { layers = [], functions = [] } = regions[0] ?? {};
  const deletedLayers = layers.length > 1 ? Object.fromEntries(layers.map((pruned) => [pruned.layer.key, numbers(pruned)])) : layers.flatMap(numbers);
  const deletedFunctions = Object.fromEntries(functions.map((fn) => [fn.id, fn.deleted.map((v) => Number(v.Version))]));
  setOutput(Output.DeletedLayerVersions, JSON.stringify(deletedLayers));
  setOutput(Output.DeletedFunctionVersions, JSON.stringify(deletedFunctions));
  const verb = dryRun2 ? "Would delete" : "Deleted";
  for (const { region, layers: layers2, functions: functions2, bytes, storage } of regions) {
    const rows = [
      ...layers2.map((pruned) => [
        `layer ${pruned.layer.key}`,
        pruned.kept.map((v) => String(v.Version)).join(", ") || "-",
        numbers(pruned).join(", ") || "-"
      ]),
      ...functions2.map((fn) => [
        fn.id,
        fn.kept.map((v) => v.Version ?? "").join(", ") || "-",
        fn.deleted.map((v) => v.Version ?? "").join(", ") || "-"
      ])
    ];
    const where = regions.length > 1 ? ` in ${region}` : "";
    summary.addHeading(`Cleanup${where}${dryRun2 ? " (dry run)" : ""}`, 3).addTable([header("What", "Kept", verb), ...rows]).addRaw(`${verb} ${megabytes(bytes)} of code.`, true).addBreak().addRaw(storage, true);
  }
}

// src/modes/cleanup.ts
function notFound(input, what, region) {
  return new InputError(input, `${what} does not exist in ${region}: check the name and aws-region; nothing was deleted`);
}
async function readVersions(settings, { region, lambda }) {
  const functions = allOrThrow(
    await mapSettled(
      functionsIn(settings.functions, region),
      settings.maxParallel,
      (fn) => readInventory(lambda, fn).catch((error2) => {
        throw isNamed(error2, "ResourceNotFoundException") ? notFound(Input.Functions, `function "${fn.id}"`, region) : error2;
      })
    ),
    "Reading the functions"
  );
  const listed = /* @__PURE__ */ new Map();
  const layers = [];
  for (const layer of settings.layers) {
    if (layer.kind !== "built") continue;
    const all = listed.get(layer.id) ?? listLayerVersions(lambda, layer.id);
    listed.set(layer.id, all);
    if ((await all).length === 0) throw notFound(settings.layersInput, `layer "${layer.id}"`, region);
    layers.push({ layer, versions: versionsOf(layer, await all) });
  }
  return { functions, layers };
}
function planCleanup(settings, inventory, tag) {
  const info2 = (line) => info(tag === void 0 ? line : `${tag}: ${line}`);
  const used = layersInUse(inventory.functions);
  const layers = inventory.layers.map(({ layer, versions }) => {
    const isUsed = (version) => used.has(version.LayerVersionArn ?? "");
    const pruned = prune(versions, (version) => version.Version ?? 0, settings.keepLayerVersions, isUsed);
    const inUse = pruned.kept.filter(isUsed).map((version) => version.Version);
    info2(
      `Layer ${layer.key}: ${versions.length} versions, keeping ${pruned.kept.length} (in use: ${inUse.join(", ") || "none"}), deleting ${pruned.deleted.length}`
    );
    return { layer, ...pruned };
  });
  const functions = inventory.functions.map((fn) => planFunctionPrune(fn, settings.keepFunctionVersions));
  for (const fn of functions) {
    info2(`${fn.id}: keeping ${fn.kept.map((v) => v.Version).join(", ") || "none"}; deleting ${fn.deleted.length}`);
  }
  return { layers, functions };
}
async function freedBytes(lambda, layers, functions) {
  const layerSizes = await Promise.all(
    layers.flatMap(
      ({ layer, deleted }) => deleted.map(async (version) => {
        const VersionNumber = version.Version ?? 0;
        const detail = await awsCall(
          "GetLayerVersion",
          `${layer.name}:${VersionNumber}`,
          () => lambda.send(new GetLayerVersionCommand({ LayerName: layer.id, VersionNumber }))
        );
        return detail.Content?.CodeSize ?? 0;
      })
    )
  );
  const functionSizes = functions.flatMap((fn) => fn.deleted).map((version) => version.CodeSize ?? 0);
  return [...layerSizes, ...functionSizes].reduce((sum, size) => sum + size, 0);
}
async function deleteVersions(settings, lambda, layers, functions) {
  const deletions = [
    ...layers.flatMap(
      ({ layer, deleted }) => deleted.map((version) => ({
        what: `${layer.name}:${version.Version}`,
        run: () => lambda.send(new DeleteLayerVersionCommand({ LayerName: layer.id, VersionNumber: version.Version ?? 0 }))
      }))
    ),
    ...functions.flatMap(
      (fn) => fn.deleted.map((version) => ({
        what: `${fn.id}:${version.Version}`,
        run: () => lambda.send(new DeleteFunctionCommand({ FunctionName: fn.id, Qualifier: version.Version }))
      }))
    )
  ];
  const results = await mapSettled(deletions, settings.maxParallel, async (deletion) => {
    await awsCall("Delete", deletion.what, deletion.run);
    info(`Deleted ${deletion.what}`);
  });
  allOrThrow(results, "Deleting versions");
}
async function storageLine(lambda) {
  try {
    const settings = await lambda.send(new GetAccountSettingsCommand({}));
    const used = settings.AccountUsage?.TotalCodeSize ?? 0;
    const limit = settings.AccountLimit?.TotalCodeSize ?? 0;
    const share = limit > 0 ? (100 * used / limit).toFixed(1) : "?";
    return `Code storage: ${megabytes(used)} of ${megabytes(limit)} (${share} %)`;
  } catch (error2) {
    const status = error2.$metadata?.httpStatusCode;
    const why = error2 instanceof SyntaxError ? `the endpoint does not implement it: HTTP ${status ?? "?"}, not JSON` : errorMessage(error2).split("\n")[0];
    return `Code storage: not available (GetAccountSettings: ${why})`;
  }
}
async function cleanup(settings, clientsIn) {
  const regions = settings.regions.map((region) => ({
    region,
    tag: settings.regions.length > 1 ? region : void 0,
    lambda: clientsIn(region).lambda
  }));
  const plans = await group(
    "Read versions and aliases",
    () => eachRegion(regions, async (region) => ({
      ...region,
      ...planCleanup(settings, await readVersions(settings, region), region.tag)
    }))
  );
  const bytes = await eachRegion(plans, ({ lambda, layers, functions }) => freedBytes(lambda, layers, functions));
  if (settings.dryRun) notice("dry-run: nothing was deleted; the lists show what would be.");
  else {
    await group(
      "Delete",
      () => eachRegion(plans, ({ lambda, layers, functions }) => deleteVersions(settings, lambda, layers, functions))
    );
  }
  const storage = await eachRegion(plans, ({ lambda }) => storageLine(lambda));
  reportCleanup(
    plans.map(({ region, layers, functions }, index) => ({
      region,
      layers,
      functions,
      bytes: bytes[index] ?? 0,
      storage: storage[index] ?? ""
    })),
    settings.dryRun
  );
}

// src/functions/deploy.ts
import { readFile as readFile2 } from "node:fs/promises";
function s3CodeKey(prefix, zip) {
  return `${prefix}code/${Buffer.from(zip.sha256, "base64").toString("hex")}.zip`;
}
function requireOurs(name, done, codeSha256, layers, configuration) {
  const theirs = done.CodeSha256 !== codeSha256 ? "code" : !sameList(layerArns(done), layers) ? "layers" : !holds(done, configuration) ? "configuration" : void 0;
  if (theirs) {
    throw new Error(
      `${name}: its ${theirs} changed while this run was updating it: another deploy is in progress. Nothing was published, no alias was moved.`
    );
  }
  return done.RevisionId;
}
async function codeSource(ctx, code) {
  if (!ctx.s3Location) return { ZipFile: await readFile2(code.path) };
  const source = { S3Bucket: ctx.s3Location.bucket, S3Key: s3CodeKey(ctx.s3Location.prefix, code) };
  await uploadOnce(ctx.s3, source.S3Bucket, source.S3Key, code);
  return source;
}
async function restoreAfterFailure(lambda, record, name, waitTimeoutSeconds, environment) {
  try {
    return `$LATEST of ${name}: ${await restoreLatest(lambda, record, waitTimeoutSeconds, environment)}.`;
  } catch (error2) {
    return `$LATEST of ${name} may run its previous code on this run's layers and configuration: putting its previous ones back failed: ${errorMessage(error2)}. The post step tries again.`;
  }
}
function withoutEnvironment(fields) {
  return Object.fromEntries(Object.entries(fields).filter(([field]) => field !== "Environment"));
}
async function deployFunction(ctx, plan2, layerVersionArns, versionDescription, latest) {
  const started = Date.now();
  const { lambda } = ctx;
  const { id, name } = plan2.fn;
  const deadline = started + ctx.waitTimeoutSeconds * 1e3;
  const codeSha256 = plan2.code?.sha256 ?? plan2.codeSha256;
  const layers = withLayers(plan2.layers, layerVersionArns);
  const layersChange = !sameList(layers, plan2.layers);
  const { update: configuration, previous, architecture } = plan2.configuration;
  const configurationChange = Object.keys(configuration).length > 0;
  let revisionId = plan2.revisionId;
  const update = async (operation, heldCode, held, write) => {
    const pinned = revisionId;
    await awsCall(operation, name, () => whenIdle(lambda, id, deadline, () => write(pinned)));
    const done = await awsCall("Waiting for the update of", name, () => waitUpdated(lambda, id, deadline));
    revisionId = requireOurs(name, done, heldCode, layers, held);
  };
  const source = plan2.code ? await codeSource(ctx, plan2.code) : void 0;
  const mixed = source && (layersChange || configurationChange) ? {
    id,
    revision: plan2.revisionId,
    previousCode: plan2.codeSha256,
    previousLayers: plan2.layers,
    code: codeSha256,
    layers,
    previousConfiguration: withoutEnvironment(previous),
    configuration: withoutEnvironment(configuration),
    ...configuration.Environment ? { environmentFrom: plan2.configuration.environmentFrom } : {}
  } : void 0;
  if (mixed) latest.add(mixed);
  try {
    if (layersChange || configurationChange) {
      await update(
        "UpdateFunctionConfiguration",
        plan2.codeSha256,
        configuration,
        (RevisionId) => lambda.send(
          new UpdateFunctionConfigurationCommand({
            FunctionName: id,
            ...layersChange ? { Layers: layers } : {},
            ...configuration,
            RevisionId
          })
        )
      );
    }
    if (source) {
      const moved = architecture ? { ...configuration, Architectures: [architecture] } : configuration;
      await update(
        "UpdateFunctionCode",
        codeSha256,
        moved,
        (RevisionId) => lambda.send(
          new UpdateFunctionCodeCommand({
            FunctionName: id,
            Publish: false,
            RevisionId,
            ...architecture ? { Architectures: [architecture] } : {},
            ...source
          })
        )
      );
    }
  } catch (error2) {
    if (!mixed) throw error2;
    const restored = await restoreAfterFailure(lambda, mixed, name, ctx.waitTimeoutSeconds, previous.Environment?.Variables);
    throw new Error(`${errorMessage(error2)}
${restored}`, { cause: error2 });
  }
  if (mixed) latest.remove(mixed);
  const published2 = await awsCall(
    "PublishVersion",
    name,
    () => whenIdle(
      lambda,
      id,
      deadline,
      () => lambda.send(
        new PublishVersionCommand({
          FunctionName: id,
          CodeSha256: codeSha256 || void 0,
          RevisionId: revisionId,
          Description: versionDescription.slice(0, DESCRIPTION_LIMIT)
        })
      )
    )
  );
  const version = published2.Version;
  if (!version) throw new Error(`PublishVersion ${name}: the answer has no version`);
  if (published2.State !== "Active") {
    const maxWaitTime = Math.max(1, Math.ceil((deadline - Date.now()) / 1e3));
    await awsCall(
      `Waiting for version ${version} of`,
      name,
      () => waitUntilPublishedVersionActive(
        { client: lambda, maxWaitTime, minDelay: 1, maxDelay: 10 },
        { FunctionName: id, Qualifier: version }
      )
    );
  }
  return { version, seconds: (Date.now() - started) / 1e3, codeSha256: published2.CodeSha256 ?? "" };
}

// src/layers/grants.ts
import { createHash } from "node:crypto";
var GET_LAYER_VERSION = "lambda:GetLayerVersion";
function statementId(grant) {
  return `lambda-layer-deploy-${createHash("sha256").update(grant.label).digest("hex").slice(0, 16)}`;
}
function grantOf(statement) {
  if (statement.Effect !== "Allow" || ![statement.Action].flat().includes(GET_LAYER_VERSION)) return void 0;
  const principals = typeof statement.Principal === "string" ? [statement.Principal] : [statement.Principal?.AWS].flat();
  const [principal] = principals;
  if (principals.length !== 1 || principal === void 0) return void 0;
  const account = /^(?:arn:aws[a-zA-Z-]*:iam::)?(\d{12})(?::root)?$/.exec(principal)?.[1];
  const conditions = Object.entries(statement.Condition ?? {});
  if (conditions.length === 0) return account ?? (principal === "*" ? "public" : void 0);
  const [[operator, keys] = ["", {}]] = conditions;
  const organization = keys["aws:PrincipalOrgID"];
  const onlyOrganization = conditions.length === 1 && operator === "StringEquals" && Object.keys(keys).length === 1;
  return principal === "*" && onlyOrganization && typeof organization === "string" ? `organization:${organization}` : void 0;
}
async function grantsOf(lambda, version) {
  const { layerArn, version: number } = versionArnParts(version.arn);
  const answer = await awsCall(
    "GetLayerVersionPolicy",
    version.arn,
    () => unlessMissing(
      lambda.send(new GetLayerVersionPolicyCommand({ LayerName: layerArn, VersionNumber: number })),
      "ResourceNotFoundException"
    )
  );
  const policy = JSON.parse(answer?.Policy ?? "{}");
  return new Set([policy.Statement ?? []].flat().flatMap((statement) => grantOf(statement) ?? []));
}
async function grantLayerVersion(lambda, layer, version, grants, dryRun2) {
  const held = version ? await grantsOf(lambda, version) : /* @__PURE__ */ new Set();
  const outcomes = [];
  for (const grant of grants) {
    if (held.has(grant.label)) {
      outcomes.push({ layer, version, grant: grant.label, outcome: "already granted" });
      continue;
    }
    if (dryRun2 || !version) {
      outcomes.push({ layer, version, grant: grant.label, outcome: "would be added" });
      continue;
    }
    const { layerArn, version: number } = versionArnParts(version.arn);
    await awsCall(
      "AddLayerVersionPermission",
      `${version.arn} (${grant.label})`,
      () => lambda.send(
        new AddLayerVersionPermissionCommand({
          LayerName: layerArn,
          VersionNumber: number,
          StatementId: statementId(grant),
          Action: GET_LAYER_VERSION,
          Principal: grant.principal,
          OrganizationId: grant.organization
        })
      )
    );
    outcomes.push({ layer, version, grant: grant.label, outcome: "added" });
  }
  return outcomes;
}

// src/pack/inline-zip.ts
import { createHash as createHash2 } from "node:crypto";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
var EMPTY_ZIP_FILE = '"ZipFile":""';
var BASE64_PIECE = 3 * 16 * 1024;
var ZIP_PLACEHOLDER = new Uint8Array(0);
function inlineZip(command2, zip) {
  let framing;
  const stream = (next) => async (args) => {
    const request = args.request;
    framing ??= frame(request.body, zip);
    const { prefix, suffix, sha256 } = await framing;
    const serialized = request.body;
    request.body = Readable.from(bodyOf(prefix, zip, suffix), { objectMode: false });
    request.headers["content-length"] = String(prefix.length + Math.ceil(zip.size / 3) * 4 + suffix.length);
    request.headers["x-amz-content-sha256"] = sha256;
    try {
      return await next(args);
    } finally {
      request.body = serialized;
    }
  };
  command2.middlewareStack.addRelativeTo(stream, { relation: "before", toMiddleware: "httpSigningMiddleware", name: "inlineZip" });
}
async function frame(body, zip) {
  const json = typeof body === "string" ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString();
  const at = json.indexOf(EMPTY_ZIP_FILE);
  if (at < 0) throw new Error(`the request to send ${zip.path} in has no empty ZipFile to fill`);
  const prefix = Buffer.from(json.slice(0, at + EMPTY_ZIP_FILE.length - 1));
  const suffix = Buffer.from(json.slice(at + EMPTY_ZIP_FILE.length - 1));
  const hash = createHash2("sha256");
  for await (const part of bodyOf(prefix, zip, suffix)) hash.update(part);
  return { prefix, suffix, sha256: hash.digest("hex") };
}
async function* bodyOf(prefix, zip, suffix) {
  yield prefix;
  const file = await open(zip.path, "r");
  try {
    const piece = Buffer.allocUnsafe(BASE64_PIECE);
    let read = 0;
    for (; ; ) {
      let filled = 0;
      while (filled < BASE64_PIECE) {
        const { bytesRead } = await file.read(piece, filled, BASE64_PIECE - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      read += filled;
      if (read > zip.size) break;
      if (filled > 0) yield Buffer.from(piece.toString("base64", 0, filled), "latin1");
      if (filled < BASE64_PIECE) break;
    }
    if (read !== zip.size) throw new Error(`${zip.path} changed since it was packed (${zip.size} bytes, now ${read})`);
  } finally {
    await file.close();
  }
  yield suffix;
}

// src/pack/zip.ts
import { createHash as createHash4 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import os2 from "node:os";
import zlib2 from "node:zlib";

// src/pack/deflate.ts
import { once } from "node:events";
import zlib, { createDeflateRaw, crc32 } from "node:zlib";

// src/pack/source-file.ts
import { closeSync, openSync, readSync } from "node:fs";
var CHUNK = 1024 * 1024;
function nounOf(input) {
  return input === Input.LayerPath || input === Input.Layers ? "the layer" : "the code";
}
function readAtPath(file, offset, length) {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(Math.max(0, length));
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, offset));
  } finally {
    closeSync(fd);
  }
}
function totalSize(files) {
  return files.reduce((sum, file) => sum + file.size, 0);
}

// src/pack/deflate.ts
var SEGMENT = 1024 * 1024;
function strategyOf(zlib3, segment) {
  const SAMPLE = 16 * 1024;
  const { Z_DEFAULT_STRATEGY, Z_HUFFMAN_ONLY } = zlib3.constants;
  if (segment.length < 4 * SAMPLE) return Z_DEFAULT_STRATEGY;
  const shrinks = (start, length) => zlib3.deflateRawSync(segment.subarray(start, start + length), { level: 6 }).length <= length - length / 32;
  const middle = Math.floor((segment.length - SAMPLE) / 2);
  return shrinks(0, SAMPLE / 4) || shrinks(0, SAMPLE) || shrinks(middle, SAMPLE) || shrinks(segment.length - SAMPLE, SAMPLE) ? Z_DEFAULT_STRATEGY : Z_HUFFMAN_ONLY;
}
function deflateBatch(zlib3, raw, sizes) {
  const parts = [];
  const sums = new Uint32Array(3 * sizes.length);
  let offset = 0;
  for (const [index, size] of sizes.entries()) {
    const bytes = raw.subarray(offset, offset + size);
    offset += size;
    const part = zlib3.deflateRawSync(bytes, {
      level: 6,
      strategy: strategyOf(zlib3, bytes),
      chunkSize: Math.max(size + 64, zlib3.constants.Z_MIN_CHUNK)
    });
    parts.push(part);
    sums[3 * index] = zlib3.crc32(bytes);
    sums[3 * index + 1] = size;
    sums[3 * index + 2] = part.length;
  }
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return { data, sums };
}
function notAsListed(file, read) {
  return new Error(`${file.path}: ${read} bytes were read where ${file.size} were listed`);
}
var readBuffer = Buffer.allocUnsafe(CHUNK);
function readBatch(files, bytes) {
  const raw = new Uint8Array(bytes);
  const sizes = [];
  let offset = 0;
  for (const file of files) {
    const start = offset;
    for (const chunk of file.chunks(readBuffer)) {
      if (offset - start + chunk.length > file.size) throw notAsListed(file, offset - start + chunk.length);
      raw.set(chunk, offset);
      offset += chunk.length;
    }
    if (offset - start !== file.size) throw notAsListed(file, offset - start);
    sizes.push(file.size);
  }
  return { raw, sizes };
}
function* segments(chunks) {
  let pending = [];
  let length = 0;
  for (let chunk of chunks) {
    if (length === 0 && chunk.length === SEGMENT) {
      yield chunk;
      continue;
    }
    while (length + chunk.length >= SEGMENT) {
      pending.push(chunk.subarray(0, SEGMENT - length));
      chunk = chunk.subarray(SEGMENT - length);
      yield Buffer.concat(pending);
      pending = [];
      length = 0;
    }
    if (chunk.length > 0) {
      pending.push(chunk);
      length += chunk.length;
    }
  }
  if (length > 0) yield Buffer.concat(pending);
}
async function deflateStreamed(file, sink, signal) {
  let crc = 0;
  let size = 0;
  const pieces = segments(file.chunks());
  let next = pieces.next();
  let nextStrategy = strategyOf(zlib, next.done ? Buffer.alloc(0) : next.value);
  let strategy = nextStrategy;
  const deflate = createDeflateRaw({ level: 6, strategy, chunkSize: 256 * 1024 });
  let failure;
  deflate.on("data", (chunk) => {
    if (failure) return;
    deflate.pause();
    Promise.resolve().then(() => sink(chunk)).then(
      () => deflate.resume(),
      (error2) => {
        failure = { error: error2 };
        deflate.resume();
      }
    );
  });
  const ended = once(deflate, "end");
  ended.catch(() => void 0);
  try {
    while (!next.done && !failure && !signal?.aborted) {
      const segment = next.value;
      if (nextStrategy !== strategy) {
        strategy = nextStrategy;
        await new Promise((resolve) => deflate.params(6, strategy, () => resolve()));
      }
      crc = crc32(segment, crc);
      size += segment.length;
      if (size > file.size) throw notAsListed(file, size);
      const full = !deflate.write(segment);
      next = pieces.next();
      if (!next.done) nextStrategy = strategyOf(zlib, next.value);
      if (full) await once(deflate, "drain");
    }
  } finally {
    pieces.return(void 0);
    deflate.end();
    await ended;
  }
  if (failure) throw failure.error;
  if (size < file.size && !signal?.aborted) throw notAsListed(file, size);
  return { crc, size };
}
async function deflateAhead(file, signal) {
  const parts = [];
  const { crc, size } = await deflateStreamed(file, (chunk) => parts.push(chunk), signal);
  const data = Buffer.concat(parts);
  return { data, sums: Uint32Array.of(crc, size, data.length) };
}

// src/pack/deflate-pool.ts
import { Worker } from "node:worker_threads";
var WORKER_YOUNG_MB = 2;
var DEFLATER = `
const zlib = require('node:zlib');
const { parentPort } = require('node:worker_threads');
const ${strategyOf.name} = ${strategyOf.toString()};
const deflateBatch = ${deflateBatch.toString()};
parentPort.on('message', ({ raw, sizes }) => {
  const deflated = deflateBatch(zlib, new Uint8Array(raw), sizes);
  parentPort.postMessage(deflated, [deflated.data.buffer, deflated.sums.buffer]);
});
`;
function deflatePool(count) {
  const queue = [];
  const busy = /* @__PURE__ */ new Map();
  const idle = [];
  let alive = count;
  let stopped;
  const next = (worker) => {
    const task = queue.shift();
    if (!task) {
      busy.delete(worker);
      idle.push(worker);
      return;
    }
    busy.set(worker, task);
    worker.postMessage({ raw: task.raw.buffer, sizes: task.sizes }, [task.raw.buffer]);
  };
  const lost = (worker, error2) => {
    const waiting = idle.indexOf(worker);
    if (waiting >= 0) idle.splice(waiting, 1);
    else if (!busy.has(worker)) return;
    busy.get(worker)?.reject(error2);
    busy.delete(worker);
    if (--alive > 0) return;
    stopped = error2;
    for (const task of queue.splice(0)) task.reject(error2);
  };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(DEFLATER, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.on("message", (deflated) => {
      busy.get(worker)?.resolve(deflated);
      next(worker);
    });
    worker.on("error", (error2) => lost(worker, error2));
    worker.on("exit", (code) => lost(worker, new Error(`a deflate worker stopped (exit code ${code})`)));
    idle.push(worker);
    return worker;
  });
  return {
    deflate: (raw, sizes) => new Promise((resolve, reject) => {
      if (stopped) return reject(stopped);
      queue.push({ raw, sizes, resolve, reject });
      const worker = idle.pop();
      if (worker) next(worker);
    }),
    close: async () => {
      idle.splice(0);
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
  };
}

// src/pack/scratch.ts
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path3 from "node:path";
var scratchDir;
function scratch(name) {
  scratchDir ??= mkdtempSync(path3.join(process.env["RUNNER_TEMP"] || os.tmpdir(), "lambda-layer-deploy-"));
  return path3.join(scratchDir, name);
}

// src/pack/source.ts
import { stat } from "node:fs/promises";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items2) {
  for (let i = 0; i < items2.length; i++) {
    target.push(items2[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path4 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path4.win32.sep : path4.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list2, pattern, options = {}) => orig.match(list2, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list2, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list2 = list2.filter((f) => mm.match(f));
  if (mm.options.nonull && !list2.length) {
    list2.push(pattern);
  }
  return list2;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open2, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open2 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open2 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/pack/exclude.ts
function excluder(patterns) {
  const matchers = patterns.map((pattern) => new Minimatch(pattern, { dot: true }));
  return (file) => matchers.some((matcher) => matcher.match(file));
}
function folderExcluder(patterns) {
  const above = patterns.flatMap((pattern) => /^(?!!)(.+)\/\*\*(?:\/\*)?$/.exec(pattern)?.[1] ?? []);
  return excluder(above);
}

// src/pack/folder.ts
import {
  closeSync as closeSync2,
  fstatSync,
  lstatSync,
  openSync as openSync2,
  readdirSync,
  readSync as readSync2,
  realpathSync,
  statSync as statSync2
} from "node:fs";
import path5 from "node:path";
import { crc32 as crc322 } from "node:zlib";
var realpath = realpathSync.native;
function diskError(input, rel, error2) {
  const code = error2.code;
  if (code === "EACCES" || code === "EPERM") {
    return new InputError(input, `${rel} cannot be read (permission denied): make it readable by the runner's user`);
  }
  if (code === "ELOOP") return new InputError(input, `${rel} is a symbolic link that loops (it resolves back to itself)`);
  if (code === "ENOENT") {
    return new InputError(input, `${rel} is a broken symbolic link, or was deleted while it was read (by another step?)`);
  }
  if (code === "ENAMETOOLONG") {
    const shown = rel.length > 120 ? `${rel.slice(0, 60)}\u2026${rel.slice(-60)}` : rel;
    return new InputError(
      input,
      `${shown} is nested too deeply: its path, ${Buffer.byteLength(rel)} bytes inside ${nounOf(input)}, is longer than the file system allows. Shorten its folders' names or nest them less deeply`
    );
  }
  return error2;
}
function onDisk(input, rel, call) {
  try {
    return call();
  } catch (error2) {
    throw diskError(input, rel, error2);
  }
}
var RECENT_MS = 2e3;
var UNREAD = -1;
function keepCtime(listing, index, ctime) {
  if (index === listing.ctimes.length) {
    const grown = new Float64Array(2 * index);
    grown.set(listing.ctimes);
    listing.ctimes = grown;
  }
  listing.ctimes[index] = ctime;
}
var DiskFile = class {
  constructor(path7, executable, size, listing, index, target) {
    this.path = path7;
    this.executable = executable;
    this.size = size;
    this.listing = listing;
    this.index = index;
    this.target = target;
  }
  path;
  executable;
  size;
  listing;
  index;
  target;
  get location() {
    return this.target ?? `${this.listing.root}/${this.path}`;
  }
  get input() {
    return this.listing.input;
  }
  /**
   * Synchronous file system calls throughout: a layer is thousands of small files, and one thread-pool round trip per
   * stat, open, read and close cost walking and hashing more than the reads themselves. A small file is read whole
   * in one read into a buffer of its size (or into `into`), so no file costs a fresh 1 MiB buffer.
   */
  *chunks(into) {
    const fd = onDisk(this.input, this.path, () => openSync2(this.location, "r"));
    try {
      const now = fstatSync(fd);
      if (now.size !== this.size) throw this.changedError(`${this.size} bytes when listed, ${now.size} now`);
      if (now.ctimeMs !== this.listing.ctimes[this.index]) throw this.changedError("written to after it was listed");
      const known = this.listing.recent.get(this);
      let crc = 0;
      for (let left = this.size; left > 0; ) {
        const buffer = into ?? Buffer.allocUnsafe(Math.min(left, CHUNK));
        const read = readSync2(fd, buffer, 0, Math.min(buffer.length, left), null);
        if (read === 0) throw this.changedError(`it ended ${left} bytes short of the ${this.size} listed`);
        left -= read;
        const chunk = buffer.subarray(0, read);
        if (known !== void 0) crc = crc322(chunk, crc);
        yield chunk;
      }
      if (known === UNREAD) this.listing.recent.set(this, crc);
      else if (known !== void 0 && known !== crc) throw this.changedError("its bytes are not those read before");
    } finally {
      closeSync2(fd);
    }
  }
  /** Up to the size listed, as every read of the file. */
  readAt(offset, length) {
    return readAtPath(this.location, offset, Math.min(length, this.size - offset));
  }
  changedError(how) {
    return new InputError(
      this.input,
      `${this.path} changed while it was packed (${how}), so it was not published: do not write into ${nounOf(this.input)} folder while this step runs`
    );
  }
};
function specialKind(info2) {
  if (info2.isFIFO()) return "a named pipe (FIFO)";
  if (info2.isSocket()) return "a socket";
  if (info2.isCharacterDevice() || info2.isBlockDevice()) return "a device";
  return "neither a file nor a folder";
}
var WALK_LIMIT = 4 * ZIP_ENTRY_LIMIT;
function walk(input, root, isExcluded, isExcludedFolder) {
  const realRoot = realpath(root);
  const files = [];
  const noun = nounOf(input);
  const recentFrom = Date.now() - RECENT_MS;
  const listing = { root: realRoot, input, recent: /* @__PURE__ */ new Map(), ctimes: new Float64Array(1024) };
  let met = 0;
  let total = 0;
  const checkName = (name, rel) => {
    if (name.includes("\uFFFD")) throw new InputError(input, `${JSON.stringify(rel)} is not a valid UTF-8 file name: rename it`);
  };
  const visit = (dir, relative, ancestors) => {
    const listed = onDisk(input, relative || ".", () => readdirSync(dir, { withFileTypes: true }));
    for (const entry of listed) {
      const rel = relative === "" ? entry.name : [relative, entry.name].join("/");
      if (++met > WALK_LIMIT) {
        throw new InputError(
          input,
          `${noun} holds more than ${WALK_LIMIT} files and folders outside excluded folders (at ${rel}): exclude whole folders (FOLDER/**), which are not walked, or remove symbolic links that lead into the same folders many times over`
        );
      }
      const full = path5.join(dir, entry.name);
      let target = full;
      let linked;
      if (entry.isSymbolicLink()) {
        if (isExcluded(rel) && isExcludedFolder(rel)) continue;
        target = onDisk(input, rel, () => realpath(full));
        linked = onDisk(input, rel, () => statSync2(target));
      }
      const info2 = linked ?? entry;
      const folder = info2.isDirectory();
      if (folder ? isExcludedFolder(rel) : isExcluded(rel)) continue;
      if (target !== full && target !== realRoot && !target.startsWith(realRoot + path5.sep)) {
        throw new InputError(
          input,
          `${rel} is a symbolic link to ${target}, outside the package: a layer must not pick up files from elsewhere`
        );
      }
      if (folder) {
        checkName(entry.name, rel);
        if (ancestors.has(target)) throw new InputError(input, `${rel} is a symbolic link that loops back to its own folder`);
        visit(full, rel, new Set(ancestors).add(target));
        continue;
      }
      if (!info2.isFile()) {
        warning(
          `${input}: ${rel} is ${specialKind(info2)}, which a zip cannot hold: it is not packed (exclude it to silence this)`
        );
        continue;
      }
      checkName(entry.name, rel);
      if (files.length === ZIP_ENTRY_LIMIT) {
        throw new InputError(
          input,
          `${noun} holds more than ${ZIP_ENTRY_LIMIT} files after exclude (at ${rel}), more than a zip holds without zip64`
        );
      }
      const stats = linked ?? onDisk(input, rel, () => lstatSync(full));
      total += stats.size;
      if (total > UNZIPPED_LIMIT) {
        throw new InputError(
          input,
          `${noun} is over 250 MB unzipped (${megabytes(total)} by ${rel}), above Lambda's 250 MB limit`
        );
      }
      const file = new DiskFile(
        rel,
        (stats.mode & 73) !== 0,
        stats.size,
        listing,
        files.length,
        target === full ? void 0 : target
      );
      keepCtime(listing, files.length, stats.ctimeMs);
      if (stats.ctimeMs >= recentFrom) listing.recent.set(file, UNREAD);
      files.push(file);
    }
  };
  visit(realRoot, "", /* @__PURE__ */ new Set([realRoot]));
  return files;
}

// src/pack/given-zip.ts
import { closeSync as closeSync4, openSync as openSync4 } from "node:fs";
import path6 from "node:path";

// src/pack/unzip.ts
import { closeSync as closeSync3, createReadStream, fstatSync as fstatSync2, openSync as openSync3, readSync as readSync3, writeSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { crc32 as crc323, createInflateRaw, inflateRawSync } from "node:zlib";

// src/pack/zip-format.ts
var LOCAL = 67324752;
var DESCRIPTOR = 134695760;
var CENTRAL = 33639248;
var END = 101010256;
var END64 = 101075792;
var END64_LOCATOR = 117853008;
var STORED = 0;
var DEFLATED = 8;
var FILE_TYPE = 61440;
var SYMLINK = 40960;
var DIRECTORY = 16384;

// src/pack/unzip.ts
var SMALL_ENTRY = 1024 * 1024;
function readFd(fd, position, length) {
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  for (let got = -1; read < length && got !== 0; read += got) got = readSync3(fd, buffer, read, length - read, position + read);
  return buffer.subarray(0, read);
}
function zip64Fields(entry, extra) {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 1) continue;
    let field = at + 4;
    const end = Math.min(extra.length, field + extra.readUInt16LE(at + 2));
    for (const key of ["size", "compressedSize", "offset"]) {
      if (entry[key] !== 4294967295 || field + 8 > end) continue;
      entry[key] = Number(extra.readBigUInt64LE(field));
      field += 8;
    }
  }
}
function centralDirectory(fd) {
  const fileSize = fstatSync2(fd).size;
  const tailStart = Math.max(0, fileSize - 22 - 65535);
  const tail = readFd(fd, tailStart, fileSize - tailStart);
  let end = tail.length - 22;
  while (end >= 0 && tail.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error("Invalid or unsupported zip format. No END header found");
  let count = tail.readUInt16LE(end + 10);
  let size = tail.readUInt32LE(end + 12);
  let start = tail.readUInt32LE(end + 16);
  if (end >= 20 && tail.readUInt32LE(end - 20) === END64_LOCATOR) {
    const record = readFd(fd, Number(tail.readBigUInt64LE(end - 20 + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== END64) throw new Error("its zip64 end record is missing");
    count = Number(record.readBigUInt64LE(32));
    size = Number(record.readBigUInt64LE(40));
    start = Number(record.readBigUInt64LE(48));
  }
  if (start + size > fileSize) throw new Error("its central directory lies past the end of the file: it was cut short");
  const directory = readFd(fd, start, size);
  const entries2 = [];
  for (let at = 0, i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL) {
      throw new Error(`its central directory ends after ${i} of its ${count} entries`);
    }
    const nameEnd = at + 46 + directory.readUInt16LE(at + 28);
    const extraEnd = nameEnd + directory.readUInt16LE(at + 30);
    const entry = {
      name: directory.toString("utf8", at + 46, nameEnd).replace(/\\/g, "/"),
      encrypted: (directory.readUInt16LE(at + 8) & 1) !== 0,
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      mode: directory.readUInt32LE(at + 38) >>> 16,
      offset: directory.readUInt32LE(at + 42)
    };
    zip64Fields(entry, directory.subarray(nameEnd, extraEnd));
    entries2.push(entry);
    at = extraEnd + directory.readUInt16LE(at + 32);
  }
  return entries2;
}
function dataStart(fd, entry) {
  const local = readFd(fd, entry.offset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new Error("its local header is missing");
  return entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}
function checkUnzipped(entry, size, crc) {
  if (size !== entry.size) throw new Error(`it unzips to ${size} bytes, not the ${entry.size} its header says`);
  if (crc !== entry.crc) throw new Error("CRC32 checksum failed");
}
function unzipSmall(fd, entry) {
  const raw = readFd(fd, dataStart(fd, entry), entry.compressedSize);
  if (raw.length < entry.compressedSize) throw new Error("the zip is cut short");
  let data = raw;
  if (entry.method === DEFLATED) {
    try {
      const chunkSize = Math.min(Math.max(entry.size, 64), SMALL_ENTRY);
      data = inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1), chunkSize });
    } catch (error2) {
      if (error2.code !== "ERR_BUFFER_TOO_LARGE") throw error2;
      throw new Error(`it unzips to more than the ${entry.size} bytes its header says`);
    }
  }
  checkUnzipped(entry, data.length, crc323(data));
  return data;
}
async function unzipLarge(file, fd, entry, write) {
  const start = dataStart(fd, entry);
  const source = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: CHUNK });
  let size = 0;
  let crc = 0;
  let tooLarge;
  const sink = async (chunks) => {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > entry.size) throw tooLarge = new Error(`it unzips to more than the ${entry.size} bytes its header says`);
      crc = crc323(chunk, crc);
      write(chunk);
    }
  };
  const unzipped = entry.method === DEFLATED ? pipeline(source, createInflateRaw({ chunkSize: 256 * 1024 }), sink) : pipeline(source, sink);
  await unzipped.catch((error2) => {
    throw tooLarge ?? error2;
  });
  checkUnzipped(entry, size, crc);
}
var UnzippedFile = class {
  constructor(path7, executable, size, unzipped, offset) {
    this.path = path7;
    this.executable = executable;
    this.size = size;
    this.unzipped = unzipped;
    this.offset = offset;
  }
  path;
  executable;
  size;
  unzipped;
  offset;
  *chunks(into) {
    const fd = openSync3(this.unzipped, "r");
    try {
      for (let done = 0; done < this.size; ) {
        const length = Math.min(into?.length ?? CHUNK, CHUNK, this.size - done);
        const buffer = into ?? Buffer.allocUnsafe(length);
        const read = readSync3(fd, buffer, 0, length, this.offset + done);
        if (read === 0) throw new Error(`${this.path}: its unzipped copy ${this.unzipped} was cut short`);
        done += read;
        yield buffer.subarray(0, read);
      }
    } finally {
      closeSync3(fd);
    }
  }
  readAt(offset, length) {
    return readAtPath(this.unzipped, this.offset + offset, Math.min(length, this.size - offset));
  }
};
var unzips = 0;
async function unzipAll(file, fd, entries2, fail) {
  const unzipped = scratch(`unzipped-${++unzips}`);
  const files = [];
  const out = openSync3(unzipped, "w");
  const block = Buffer.allocUnsafe(SMALL_ENTRY);
  let blockStart = 0;
  let used = 0;
  const flush = () => {
    writeSync(out, block, 0, used, blockStart);
    blockStart += used;
    used = 0;
  };
  try {
    for (const entry of [...entries2].sort((a, b) => a.offset - b.offset)) {
      const executable = (entry.mode & 73) !== 0;
      files.push(new UnzippedFile(entry.name, executable, entry.size, unzipped, blockStart + used));
      try {
        if (entry.compressedSize > 0 && (entry.compressedSize > SMALL_ENTRY || entry.size > SMALL_ENTRY)) {
          flush();
          await unzipLarge(file, fd, entry, (chunk) => {
            writeSync(out, chunk, 0, chunk.length, blockStart);
            blockStart += chunk.length;
          });
        } else {
          const data = unzipSmall(fd, entry);
          if (used + data.length > block.length) flush();
          data.copy(block, used);
          used += data.length;
        }
      } catch (error2) {
        throw fail(entry, error2);
      }
    }
    flush();
  } finally {
    closeSync3(out);
  }
  return files;
}

// src/pack/given-zip.ts
var MAX_LINK_HOPS = 40;
var MAX_LINK_TARGET = 4096;
function resolveLinks(input, zip, links, paths) {
  const files = new Set(paths.filter((name) => !links.has(name)));
  const folders = new Set(
    paths.flatMap(
      (name) => name.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/"))
    )
  );
  const resolved = /* @__PURE__ */ new Map();
  for (const [link, target] of links) {
    const fail = (what) => new InputError(input, `${zip}: ${link} is a symbolic link to ${target}, ${what}`);
    const leaves = () => fail(
      "which leaves the layer (Lambda unpacks it in /opt): link to a file inside the layer, or put the file itself in the zip"
    );
    const done = [];
    let pending = link.split("/");
    let hops = 0;
    for (let part = pending.shift(); part !== void 0; part = pending.shift()) {
      if (part === "" || part === ".") continue;
      if (part === "..") {
        if (done.length === 0) throw leaves();
        done.pop();
        continue;
      }
      done.push(part);
      const next = links.get(done.join("/"));
      if (next === void 0) continue;
      if (++hops > MAX_LINK_HOPS) throw fail("which leads back to itself through links: link to the file itself");
      if (next.startsWith("/")) throw leaves();
      done.pop();
      pending = [...next.split("/"), ...pending];
    }
    const found = done.join("/");
    if (target === "" || !(files.has(found) || found === "" || folders.has(found))) {
      throw fail("which the zip does not hold (after exclude): add it to the zip, or leave the link out");
    }
    resolved.set(link, files.has(found) ? found : void 0);
  }
  return resolved;
}
async function readZip(input, file, isExcluded) {
  const zip = path6.basename(file);
  const unreadable = (what, error2) => new InputError(input, `${zip}${what} is not a readable zip (${errorMessage(error2)}): build it again`);
  const fd = openSync4(file, "r");
  try {
    let entries2;
    try {
      entries2 = centralDirectory(fd);
    } catch (error2) {
      throw unreadable("", error2);
    }
    const included = [];
    const names = /* @__PURE__ */ new Set();
    for (const entry of entries2) {
      const { name } = entry;
      if (name.endsWith("/") || (entry.mode & FILE_TYPE) === DIRECTORY) continue;
      if (name.startsWith("/") || /^[a-zA-Z]:/.test(name) || name.split("/").includes("..")) {
        throw new InputError(input, `${zip} holds "${name}", a path that escapes the package`);
      }
      if (names.has(name)) {
        throw new InputError(
          input,
          `${zip} holds "${name}" twice, and Lambda would unpack only one of them: build the zip again without duplicate names`
        );
      }
      names.add(name);
      if (isExcluded(name)) continue;
      if (entry.encrypted) throw new InputError(input, `${zip}: ${name} is encrypted: build the zip again without a password`);
      if (entry.method !== STORED && entry.method !== DEFLATED) {
        throw new InputError(
          input,
          `${zip}: ${name} is compressed with method ${entry.method}, not deflate: build the zip again with deflate`
        );
      }
      included.push(entry);
    }
    if (included.length > ZIP_ENTRY_LIMIT) {
      throw new InputError(
        input,
        `${zip} holds ${included.length} files (after exclude), more than the ${ZIP_ENTRY_LIMIT} a zip holds without zip64: leave some out with exclude`
      );
    }
    const total = included.reduce((sum, entry) => sum + entry.size, 0);
    if (total > UNZIPPED_LIMIT) {
      throw new InputError(input, `${zip} is ${megabytes(total)} unzipped (after exclude), above Lambda's 250 MB limit`);
    }
    const isLink = (entry) => (entry.mode & FILE_TYPE) === SYMLINK;
    const links = included.filter(isLink).map((entry) => {
      try {
        if (entry.size > MAX_LINK_TARGET || entry.compressedSize > 2 * MAX_LINK_TARGET) {
          throw new Error(`a symbolic link of ${entry.size} bytes, longer than any path`);
        }
        const data = unzipSmall(fd, entry);
        return { name: entry.name, data, target: data.toString("utf8") };
      } catch (error2) {
        throw unreadable(`: ${entry.name}`, error2);
      }
    });
    const resolved = input === Input.LayerPath || input === Input.Layers ? resolveLinks(
      input,
      zip,
      new Map(links.map((link) => [link.name, link.target])),
      included.map((entry) => entry.name)
    ) : /* @__PURE__ */ new Map();
    const regular = included.filter((entry) => !isLink(entry));
    const unzipped = await unzipAll(file, fd, regular, (entry, error2) => unreadable(`: ${entry.name}`, error2));
    return [
      ...links.map(({ name, data, target }) => ({
        path: name,
        executable: false,
        size: data.length,
        link: { target, file: resolved.get(name) },
        chunks: () => [data],
        readAt: (offset, length) => data.subarray(offset, offset + length)
      })),
      ...unzipped
    ];
  } finally {
    closeSync4(fd);
  }
}

// src/pack/source.ts
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
async function readSource(input, location, exclude = []) {
  const isExcluded = excluder(exclude);
  const files = (await stat(location)).isDirectory() ? walk(input, location, isExcluded, folderExcluder(exclude)) : await readZip(input, location, isExcluded);
  if (files.length === 0) throw new InputError(input, `${location} holds no files (after exclude)`);
  return files.sort(byPath);
}

// src/pack/zip-writer.ts
import { createHash as createHash3 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once as once2 } from "node:events";
import { crc32 as crc324 } from "node:zlib";
var DOS_TIME = 0;
var DOS_DATE = 0 << 9 | 1 << 5 | 1;
var FLAG_DATA_DESCRIPTOR = 8;
var FLAG_UTF8 = 2048;
var SYMLINK_MODE = SYMLINK | 511;
var VERSION = 20;
var MADE_BY_UNIX = 3 << 8 | VERSION;
var ZIP32_LIMIT = 4294967295;
var BLOCK = 1024 * 1024;
var FIELDS2 = 16;
var ZipWriter = class {
  /** A zip of `entries` entries at `file`. */
  constructor(file, entries2, onWritten) {
    this.onWritten = onWritten;
    this.fields = Buffer.alloc(entries2 * FIELDS2);
    this.stream = createWriteStream(file);
    this.stream.on("error", () => void 0);
  }
  onWritten;
  offset = 0;
  hash = createHash3("sha256");
  stream;
  block = Buffer.allocUnsafe(BLOCK);
  used = 0;
  written = 0;
  fields;
  /** Entries ended so far. */
  count = 0;
  /** Where the deflated entry being written starts, and where its data starts. */
  entryStart = 0;
  dataStart = 0;
  /** The next `length` bytes of the zip (at most BLOCK), to be filled in before anything else is written. */
  async reserve(length) {
    if (this.used + length > BLOCK) await this.flush();
    const part = this.block.subarray(this.used, this.used + length);
    this.used += length;
    this.offset += length;
    return part;
  }
  async write(chunk) {
    if (this.used + chunk.length > BLOCK) await this.flush();
    if (chunk.length > BLOCK) {
      this.offset += chunk.length;
      await this.send(chunk);
      return;
    }
    this.block.set(chunk, this.used);
    this.used += chunk.length;
    this.offset += chunk.length;
  }
  /** A stored entry whose bytes are all at hand (a symbolic link's target). */
  async stored(name, data) {
    const start = this.offset;
    const crc = crc324(data);
    const local = await this.localHeader(name, FLAG_UTF8, STORED);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    await this.write(data);
    this.ended(start, crc, data.length, data.length);
  }
  /** Starts a deflated entry: its data is written next, then endDeflated gives its CRC and size. */
  async startDeflated(name) {
    this.entryStart = this.offset;
    await this.localHeader(name, FLAG_DATA_DESCRIPTOR | FLAG_UTF8, DEFLATED);
    this.dataStart = this.offset;
  }
  /** Ends the deflated entry whose data was just written with its data descriptor. */
  async endDeflated(crc, size) {
    const compressedSize = this.offset - this.dataStart;
    if (this.offset > ZIP32_LIMIT) throw new Error("the package exceeds 4 GiB, more than a zip without zip64 holds");
    const descriptor = await this.reserve(16);
    descriptor.writeUInt32LE(DESCRIPTOR, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressedSize, 8);
    descriptor.writeUInt32LE(size, 12);
    this.ended(this.entryStart, crc, compressedSize, size);
  }
  /** The central directory and the end record, once every entry is written: `files` are the entries, in order. */
  async directory(files) {
    if (files.length !== this.count) throw new Error(`${this.count} entries were written for ${files.length} files`);
    const centralStart = this.offset;
    for (const [index, file] of files.entries()) {
      const at = index * FIELDS2;
      const nameLength = Buffer.byteLength(file.path);
      const entry = await this.reserve(46 + nameLength);
      entry.fill(0, 0, 46);
      entry.writeUInt32LE(CENTRAL, 0);
      entry.writeUInt16LE(MADE_BY_UNIX, 4);
      entry.writeUInt16LE(VERSION, 6);
      entry.writeUInt16LE(file.link ? FLAG_UTF8 : FLAG_DATA_DESCRIPTOR | FLAG_UTF8, 8);
      entry.writeUInt16LE(file.link ? STORED : DEFLATED, 10);
      entry.writeUInt16LE(DOS_TIME, 12);
      entry.writeUInt16LE(DOS_DATE, 14);
      entry.writeUInt32LE(this.fields.readUInt32LE(at), 16);
      entry.writeUInt32LE(this.fields.readUInt32LE(at + 4), 20);
      entry.writeUInt32LE(this.fields.readUInt32LE(at + 8), 24);
      entry.writeUInt16LE(nameLength, 28);
      entry.writeUInt32LE((file.link ? SYMLINK_MODE : file.executable ? 33261 : 33188) << 16 >>> 0, 38);
      entry.writeUInt32LE(this.fields.readUInt32LE(at + 12), 42);
      entry.write(file.path, 46, "utf8");
    }
    const centralSize = this.offset - centralStart;
    const end = await this.reserve(22);
    end.fill(0);
    end.writeUInt32LE(END, 0);
    end.writeUInt16LE(files.length, 8);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(centralStart, 16);
  }
  /** Writes out what is left and gives the base64 sha256 of every byte written. */
  async close() {
    await this.flush();
    if (this.stream.errored) throw this.stream.errored;
    this.stream.end();
    await once2(this.stream, "finish");
    return this.hash.digest("base64");
  }
  /** Closes the file of a pack that failed, without writing what is left. */
  abandon() {
    this.stream.destroy();
  }
  /** Writes an entry's local header, and returns it for the CRC and sizes when they are known before its data. */
  async localHeader(name, flags, method) {
    const nameLength = Buffer.byteLength(name);
    const local = await this.reserve(30 + nameLength);
    local.fill(0, 0, 30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt16LE(nameLength, 26);
    local.write(name, 30, "utf8");
    return local;
  }
  /** Keeps what the central directory needs of the entry just ended. */
  ended(start, crc, compressedSize, size) {
    const at = this.count++ * FIELDS2;
    this.fields.writeUInt32LE(crc, at);
    this.fields.writeUInt32LE(compressedSize, at + 4);
    this.fields.writeUInt32LE(size, at + 8);
    this.fields.writeUInt32LE(start, at + 12);
  }
  async flush() {
    if (this.used === 0) return;
    const block = this.block.subarray(0, this.used);
    this.block = Buffer.allocUnsafe(BLOCK);
    this.used = 0;
    await this.send(block);
  }
  async send(bytes) {
    if (this.stream.errored) throw this.stream.errored;
    this.hash.update(bytes);
    const done = (error2) => {
      if (!error2) this.onWritten?.(this.written += bytes.length);
    };
    if (!this.stream.write(bytes, done)) await once2(this.stream, "drain");
  }
};

// src/pack/zip.ts
var SMALL = 256 * 1024;
var BATCH_BYTES = 1024 * 1024;
var BATCH_FILES = 512;
var AHEAD = 16;
var AHEAD_BYTES = 32 * 1024 * 1024;
var BATCHES_PER_WORKER = 2;
var WORKERS_FROM = 4 * 1024 * 1024;
var MAX_WORKERS = 4;
var packing = Promise.resolve();
function packZip(files, destination, onWritten) {
  const pack = packing.then(() => packOne(files, destination, onWritten));
  packing = pack.catch(() => void 0);
  return pack;
}
async function packOne(files, destination, onWritten) {
  if (files.length > ZIP_ENTRY_LIMIT) {
    throw new Error(`${files.length} files: more than a zip without zip64 holds (${ZIP_ENTRY_LIMIT})`);
  }
  const out = new ZipWriter(destination, files.length, onWritten);
  const smallBytes = files.reduce((sum, file) => sum + (file.size <= SMALL ? file.size : 0), 0);
  const threads = Math.min(os2.availableParallelism() - 1, MAX_WORKERS);
  const pool = smallBytes >= WORKERS_FROM && threads > 0 ? deflatePool(threads) : void 0;
  const deflate = pool?.deflate ?? ((raw, sizes) => Promise.resolve(deflateBatch(zlib2, raw, sizes)));
  const stop = new AbortController();
  try {
    await writeEntries(
      files,
      out,
      new DeflateQueue(jobsOf(files), deflate, BATCHES_PER_WORKER * (pool ? threads : 1), stop.signal)
    );
  } catch (error2) {
    stop.abort();
    out.abandon();
    throw error2;
  } finally {
    await pool?.close();
  }
  const sha256 = await out.close();
  return { path: destination, size: out.offset, sha256, unzippedSize: totalSize(files) };
}
function jobsOf(files) {
  const jobs = [];
  let batch;
  for (const file of files) {
    if (file.link) continue;
    if (file.size > SMALL) {
      batch = void 0;
      jobs.push({ large: true, file, bytes: file.size });
      continue;
    }
    if (!batch) jobs.push(batch = { large: false, files: [], bytes: 0 });
    batch.files.push(file);
    batch.bytes += file.size;
    if (batch.bytes >= BATCH_BYTES || batch.files.length >= BATCH_FILES) batch = void 0;
  }
  return jobs;
}
var DeflateQueue = class {
  constructor(jobs, deflate, batchesAhead, signal) {
    this.deflate = deflate;
    this.batchesAhead = batchesAhead;
    this.signal = signal;
    this.jobs = jobs.values();
    this.waiting = this.jobs.next();
    this.fill();
  }
  deflate;
  batchesAhead;
  signal;
  /** Jobs deflated ahead and not yet written, in file order: the first is the one being written. */
  started = [];
  /** The first job not started. */
  waiting;
  jobs;
  bytes = 0;
  batches = 0;
  /** A large file over the budget being streamed, which counts among the jobs ahead. */
  streaming = false;
  writing;
  /** Writes the next file's deflated bytes into the zip, and gives its sums. */
  async writeNext(out) {
    this.writing ??= await this.first();
    if (!this.writing) return this.stream(out);
    const writing = this.writing;
    const { sums, next } = writing;
    const crc = sums[next] ?? 0;
    const size = sums[next + 1] ?? 0;
    const length = sums[next + 2] ?? 0;
    writing.next += 3;
    await out.write(writing.data.subarray(writing.at, writing.at + length));
    writing.at += length;
    if (writing.next === writing.sums.length) {
      this.writing = void 0;
      this.started.shift();
      this.bytes -= writing.job.bytes;
      if (!writing.job.large) this.batches--;
      this.fill();
    }
    return { crc, size };
  }
  /** Starts jobs in file order until the next one does not fit in the budget. */
  fill() {
    while (!this.waiting.done && this.started.length + (this.streaming ? 1 : 0) < AHEAD) {
      const job = this.waiting.value;
      if (job.large ? this.bytes + job.bytes > AHEAD_BYTES : this.batches === this.batchesAhead) return;
      let deflated;
      if (job.large) {
        deflated = deflateAhead(job.file, this.signal);
      } else {
        this.batches++;
        const { raw, sizes } = readBatch(job.files, job.bytes);
        deflated = this.deflate(raw, sizes);
      }
      this.bytes += job.bytes;
      deflated.catch(() => void 0);
      this.started.push({ job, deflated });
      this.waiting = this.jobs.next();
    }
  }
  /** The first job deflated ahead, to be written; undefined when none was started. */
  async first() {
    const first = this.started[0];
    if (!first) return void 0;
    const { data, sums } = await first.deflated;
    const given = first.job.large ? 1 : first.job.files.length;
    if (sums.length !== 3 * given) {
      throw new Error(`a deflated batch holds ${sums.length / 3} files for the ${given} it was given`);
    }
    return { job: first.job, data, sums, next: 0, at: 0 };
  }
  /** A large file over the budget: streamed now, while the jobs after it are deflated. */
  async stream(out) {
    const job = this.waiting.done ? void 0 : this.waiting.value;
    if (!job?.large) throw new Error("a file came to be written with no deflate job started for it");
    this.waiting = this.jobs.next();
    this.streaming = true;
    this.fill();
    const sums = await deflateStreamed(job.file, (chunk) => out.write(chunk));
    this.streaming = false;
    this.fill();
    return sums;
  }
};
async function writeEntries(files, out, queue) {
  for (const file of files) {
    if (file.link) {
      await out.stored(file.path, Buffer.concat([...file.chunks()]));
      continue;
    }
    await out.startDeflated(file.path);
    const { crc, size } = await queue.writeNext(out);
    await out.endDeflated(crc, size);
  }
  await out.directory(files);
}
var packed = 0;
async function packCode(input, location, exclude) {
  if ((await stat2(location)).isDirectory()) {
    return packZip(await readSource(input, location, exclude), scratch(`code-${++packed}.zip`));
  }
  const files = await readSource(input, location);
  const hash = createHash4("sha256");
  let size = 0;
  for await (const chunk of createReadStream2(location)) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { path: location, size, sha256: hash.digest("base64"), unzippedSize: totalSize(files) };
}

// src/pack/hash.ts
import { createHash as createHash5 } from "node:crypto";
import { setImmediate as yieldToEvents } from "node:timers/promises";
var YIELD_EVERY = 8 * 1024 * 1024;
async function hashContent(files, traits, visit) {
  const hash = createHash5("sha256");
  const buffer = Buffer.allocUnsafe(CHUNK);
  let sinceYield = 0;
  await yieldToEvents();
  hash.update("lambda-layer-deploy content v1\n");
  for (const file of files) {
    hash.update(`${file.path}\0${file.link ? "l" : file.executable ? "x" : "-"}\0${file.size}
`);
    let first = true;
    for (const chunk of file.chunks(buffer)) {
      hash.update(chunk);
      if (first && visit) visit(file, chunk);
      first = false;
      sinceYield += chunk.length;
    }
    if (first && visit) visit(file, Buffer.alloc(0));
    if (sinceYield >= YIELD_EVERY) {
      sinceYield = 0;
      await yieldToEvents();
    }
  }
  const sorted = (values) => [...values].sort().join(",");
  hash.update(`runtimes=${sorted(traits.runtimes)}
architectures=${sorted(traits.architectures)}
license=${traits.license}
`);
  return hash.digest("hex");
}

// src/verify/facts.ts
var HEAD_BYTES = 64 * 1024;
var ELF_MACHINES = { 62: "x86_64", 183: "arm64", 3: "i386", 40: "arm (32-bit)", 8: "mips" };
function word(elf, buffer, offset, size) {
  if (offset + size > buffer.length) throw new RangeError("truncated");
  if (size === 2) return elf.little ? buffer.readUInt16LE(offset) : buffer.readUInt16BE(offset);
  if (size === 4) return elf.little ? buffer.readUInt32LE(offset) : buffer.readUInt32BE(offset);
  return Number(elf.little ? buffer.readBigUInt64LE(offset) : buffer.readBigUInt64BE(offset));
}
function cString(buffer, offset) {
  const end = buffer.indexOf(0, offset);
  return buffer.toString("latin1", offset, end === -1 ? buffer.length : end);
}
var DT_NEEDED = 1;
var DT_STRTAB = 5;
var DT_STRSZ = 10;
var DT_VERNEED = 1879048190;
var DT_VERNEEDNUM = 1879048191;
var PT_LOAD = 1;
var PT_DYNAMIC = 2;
var PT_INTERP = 3;
var MAX_TABLE = 4 * 1024 * 1024;
function compareVersions(a, b) {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
function readElf(head, read, facts) {
  const [elfClass, byteOrder] = [head[4], head[5]];
  if (elfClass !== 1 && elfClass !== 2 || byteOrder !== 1 && byteOrder !== 2) {
    return "an ELF header of unknown class or byte order";
  }
  const elf = { read, little: byteOrder === 1, wide: elfClass === 2 };
  const headerSize = elf.wide ? 64 : 52;
  if (head.length < headerSize) return `its ${headerSize}-byte header is cut short at ${head.length} bytes`;
  const machine = word(elf, head, 18, 2);
  facts.machine = ELF_MACHINES[machine] ?? `machine ${machine}`;
  const size = elf.wide ? 8 : 4;
  const phoff = word(elf, head, elf.wide ? 32 : 28, size);
  const shoff = word(elf, head, elf.wide ? 40 : 32, size);
  const phentsize = word(elf, head, elf.wide ? 54 : 42, 2);
  const phnum = word(elf, head, elf.wide ? 56 : 44, 2);
  const shentsize = word(elf, head, elf.wide ? 58 : 46, 2);
  const shnum = word(elf, head, elf.wide ? 60 : 48, 2);
  const reaches = (end) => end === 0 || Number.isSafeInteger(end) && read(end - 1, 1).length === 1;
  if (!reaches(phnum === 0 ? 0 : phoff + phentsize * phnum)) return "its program headers end past the end of the file";
  if (!reaches(shnum === 0 ? 0 : shoff + shentsize * shnum)) return "its section headers end past the end of the file";
  const table2 = read(phoff, phentsize * phnum);
  const loads = [];
  let dynamic;
  const interpreters = [];
  for (let i = 0; i < phnum; i++) {
    const at = i * phentsize;
    const type = word(elf, table2, at, 4);
    const offset = word(elf, table2, at + (elf.wide ? 8 : 4), size);
    const vaddr = word(elf, table2, at + (elf.wide ? 16 : 8), size);
    const filesz = word(elf, table2, at + (elf.wide ? 32 : 16), size);
    if (type === PT_LOAD) loads.push({ vaddr, offset, filesz });
    if (type === PT_DYNAMIC) dynamic = { offset, size: filesz };
    if (type === PT_INTERP) interpreters.push({ offset, size: filesz });
  }
  if (!reaches(loads.reduce((end, load) => Math.max(end, load.offset + load.filesz), 0))) {
    return "its segments end past the end of the file";
  }
  const names = interpreters.map(({ offset, size: size2 }) => cString(read(offset, Math.min(size2, 4096)), 0));
  if (dynamic && dynamic.size <= MAX_TABLE) {
    const toOffset = (vaddr) => {
      const load = loads.find((segment) => vaddr >= segment.vaddr && vaddr < segment.vaddr + segment.filesz);
      return load ? vaddr - load.vaddr + load.offset : void 0;
    };
    const entries2 = read(dynamic.offset, dynamic.size);
    const tags = /* @__PURE__ */ new Map();
    for (let at = 0; at + 2 * size <= entries2.length; at += 2 * size) {
      const tag = word(elf, entries2, at, size);
      if (tag === 0) break;
      tags.set(tag, [...tags.get(tag) ?? [], word(elf, entries2, at + size, size)]);
    }
    const strtab = toOffset(tags.get(DT_STRTAB)?.[0] ?? -1);
    const strsz = tags.get(DT_STRSZ)?.[0] ?? 0;
    if (strtab !== void 0 && strsz <= MAX_TABLE) {
      const strings = read(strtab, strsz);
      for (const offset of tags.get(DT_NEEDED) ?? []) names.push(cString(strings, offset));
      let verneed = toOffset(tags.get(DT_VERNEED)?.[0] ?? -1);
      const count = Math.min(tags.get(DT_VERNEEDNUM)?.[0] ?? 0, 64);
      for (let n = 0; n < count && verneed !== void 0; n++) {
        const need = read(verneed, 16);
        const auxCount = Math.min(word(elf, need, 2, 2), 64);
        let aux = verneed + word(elf, need, 8, 4);
        for (let k = 0; k < auxCount; k++) {
          const entry = read(aux, 16);
          const version = /^GLIBC_(\d+\.\d+(?:\.\d+)?)$/.exec(cString(strings, word(elf, entry, 8, 4)))?.[1];
          if (version && (!facts.glibc || compareVersions(version, facts.glibc) > 0)) facts.glibc = version;
          const next2 = word(elf, entry, 12, 4);
          if (next2 === 0) break;
          aux += next2;
        }
        const next = word(elf, need, 12, 4);
        verneed = next === 0 ? void 0 : verneed + next;
      }
    }
  }
  const musl = names.find((name) => /(^|\/)(ld-musl-|libc\.musl-)/.test(name));
  if (musl) facts.musl = musl;
  return void 0;
}
var SHARED_OBJECT = /\.(so(\.\d+)*|node)$/;
var WINDOWS_LOADED = /\.(pyd|dll|so(\.\d+)*|node)$/i;
var LINKER_SCRIPT = /^\s*(\/\*[\s\S]*?\*\/\s*)*(INPUT|GROUP|OUTPUT_FORMAT)\s*\(/;
function nativePe(head, read, pe) {
  const header2 = pe + 256 <= head.length ? head.subarray(pe, pe + 256) : read(pe, 256);
  if (header2.length < 26) return true;
  const count = header2.readUInt16LE(24) === 523 ? 24 + 108 : 24 + 92;
  const cli = count + 4 + 14 * 8;
  return cli + 8 > header2.length || header2.readUInt32LE(count) <= 14 || header2.readUInt32LE(cli + 4) === 0;
}
function factsOf(path7, head, read) {
  const facts = { path: path7 };
  if (/\.dist-info\/WHEEL$/.test(path7)) {
    facts.wheelTags = [...head.toString("utf8").matchAll(/^Tag:\s*(\S+)/gm)].flatMap((match2) => match2[1] ?? []);
    return facts;
  }
  const extension = /\.cpython-3\d+-[^/]*\.so$/.test(path7);
  const sharedObject = SHARED_OBJECT.test(path7);
  const magic = head.length >= 4 ? head.readUInt32BE(0) : void 0;
  if (magic === 2135247942) {
    try {
      const broken = readElf(head, read, facts);
      if (broken && sharedObject) facts.notWholeElf = broken;
    } catch {
    }
    return facts.machine || facts.notWholeElf || extension ? facts : void 0;
  }
  const fat = (magic === 3405691582 || magic === 3405691583) && head.length >= 8 && head.readUInt32BE(4) > 0 && head.readUInt32BE(4) < 20;
  if ([4277009102, 4277009103, 3472551422, 3489328638].includes(magic ?? 0) || fat) facts.os = "macOS";
  else if (head.length >= 64 && head.readUInt16BE(0) === 19802) {
    const pe = head.readUInt32LE(60);
    const signature = pe + 4 <= head.length ? head.subarray(pe, pe + 4) : read(pe, 4);
    if (signature.equals(Buffer.from("PE\0\0")) && WINDOWS_LOADED.test(path7) && nativePe(head, read, pe)) {
      facts.os = "Windows";
    }
  }
  if (!facts.os && sharedObject && !LINKER_SCRIPT.test(head.toString("latin1", 0, 4096))) {
    facts.notWholeElf = head.length === 0 ? "0 bytes" : "no ELF header";
  }
  if (!facts.os && !facts.notWholeElf && !extension) return void 0;
  return facts;
}

// src/layers/plan.ts
function zipPath(hash) {
  return scratch(`layer-${hash}.zip`);
}
var LOADED_LAYER_FOLDERS = ["python", "nodejs", "java", "ruby", "bin", "lib", "extensions"];
async function planLayer(regions, layer, input, { exclude, s3Location, dryRun: dryRun2 }, inspected) {
  const files = await readSource(input, layer.path, exclude);
  const unzippedSize = totalSize(files);
  if (unzippedSize > UNZIPPED_LIMIT) {
    throw new InputError(input, `the layer is ${megabytes(unzippedSize)} unzipped, above Lambda's 250 MB limit`);
  }
  if (!files.some((file) => LOADED_LAYER_FOLDERS.some((folder) => file.path.startsWith(`${folder}/`)))) {
    warning(
      `${input}: the layer has none of the folders Lambda loads (${LOADED_LAYER_FOLDERS.join("/, ")}/): its imports will not resolve. Put Python packages under python/, Node modules under nodejs/node_modules/.`
    );
  }
  const facts = [];
  const linksTo = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.link?.file) linksTo.set(file.link.file, [...linksTo.get(file.link.file) ?? [], file]);
  }
  const hashing = hashContent(files, layer, (file, head) => {
    if (file.link) return;
    const read = (offset, length) => file.readAt(offset, length);
    for (const named of [file, ...linksTo.get(file.path) ?? []]) {
      if (!inspected?.(named.path)) continue;
      const found = factsOf(named.path, head.subarray(0, HEAD_BYTES), read);
      if (found) facts.push(named === file ? found : { ...found, link: file.path });
    }
  });
  const existing = await Promise.all(
    regions.map(
      ({ region, lambda }) => naming(regions.length > 1 ? region : void 0, () => findLayerVersion(lambda, layer.id, hashing))
    )
  );
  const hash = await hashing;
  const build = { settings: layer, hash, fileCount: files.length, unzippedSize, files, zip: void 0, facts };
  if (existing.every(Boolean) || s3Location && !dryRun2) return { build, existing };
  const zip = await packZip(files, zipPath(hash));
  if (zip.size > DIRECT_UPLOAD_LIMIT && !s3Location) {
    throw new InputError(
      Input.S3Bucket,
      `the zipped layer is ${megabytes(zip.size)}, above Lambda's 50 MB direct upload limit: set s3-bucket to publish through S3`
    );
  }
  return { build: { ...build, zip }, existing };
}
async function arnIn(ssm, source, parameter, region) {
  const stored = await readParameter(ssm, parameter);
  if (stored === void 0) throw new InputError(Input.Layers, `${source}: no such SSM parameter in ${region}`);
  if (stored.type === "SecureString") {
    throw new InputError(
      Input.Layers,
      `${source} is a SecureString, which this step does not decrypt: store the layer version ARN as a String parameter`
    );
  }
  const value = stored.value.trim();
  const found = LAYER_VERSION_ARN.exec(value)?.groups;
  if (!found) {
    throw new InputError(
      Input.Layers,
      `${source} does not hold a layer version ARN (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION; the value is not shown, as it may be a secret): write the ARN there, or name the parameter that holds it`
    );
  }
  if (found["region"] !== region) {
    throw new InputError(Input.Layers, `${source} holds a layer of ${found["region"]}, not of ${region}`);
  }
  return value;
}
async function resolvePromoted(lambda, ssm, spec, region) {
  const arn = "arn" in spec ? spec.arn : await arnIn(ssm, spec.source, spec.parameter, region);
  const { layerArn, version } = versionArnParts(arn);
  const name = layerNameOf(arn);
  const detail = await awsCall(
    "GetLayerVersion",
    arn,
    () => lambda.send(new GetLayerVersionCommand({ LayerName: layerArn, VersionNumber: version }))
  ).catch((error2) => {
    if (isNamed(error2, "ResourceNotFoundException"))
      throw new InputError(Input.Layers, `${spec.source}: no layer version ${arn}`);
    throw error2;
  });
  const architectures = detail.CompatibleArchitectures ?? [];
  return {
    key: name,
    name,
    variant: architectures.length === 1 ? architectures[0] : void 0,
    build: void 0,
    version: { arn, version },
    parameter: void 0,
    source: spec.source
  };
}
function checkListed(resolved, functions) {
  const planned = resolved.map(
    (layer) => !layer.build && layer.variant && resolved.some((other) => other !== layer && other.name === layer.name) ? { ...layer, key: `${layer.name}@${layer.variant}` } : layer
  );
  for (const layer of planned) {
    const same = planned.filter((other) => other.name === layer.name);
    const variants = same.map((other) => other.variant);
    if (same.length > 1 && (variants.includes(void 0) || new Set(variants).size < same.length)) {
      throw new InputError(
        Input.Layers,
        `"${layer.name}" is listed twice (${same.map((other) => other.source ?? other.key).join(", ")})`
      );
    }
  }
  const names = new Set(planned.map((layer) => layer.name));
  for (const fn of functions) {
    const unknown = fn.layers?.filter((name) => !names.has(name)) ?? [];
    if (unknown.length > 0) {
      throw new InputError(Input.Functions, `"${fn.name}" names ${unknown.join(", ")} in brackets, which layers does not list`);
    }
  }
  return planned;
}
async function planLayers(regions, settings) {
  const skipped = settings.verifyIgnore.map((pattern) => new Minimatch(pattern, { dot: true }));
  const inspected = settings.verify === "off" ? void 0 : (path7) => !skipped.some((pattern) => pattern.match(path7));
  const contentInput = settings.layersInput === Input.LayerName ? Input.LayerPath : Input.Layers;
  const tag = (region) => regions.length > 1 ? region : void 0;
  const listed = [];
  for (const spec of settings.layers) {
    if (spec.kind === "promoted") {
      listed.push(
        await Promise.all(
          regions.map(({ region, lambda, ssm }) => naming(tag(region), () => resolvePromoted(lambda, ssm, spec, region)))
        )
      );
      continue;
    }
    const { build, existing } = await planLayer(regions, spec, contentInput, settings, inspected);
    listed.push(
      regions.map(({ region }, index) => ({
        key: spec.key,
        name: spec.name,
        variant: spec.variant,
        build,
        version: existing[index],
        parameter: spec.parameter?.replaceAll("{region}", region),
        source: void 0
      }))
    );
  }
  return Promise.all(
    regions.map(
      ({ region }, index) => naming(
        tag(region),
        () => checkListed(
          listed.flatMap((layer) => layer[index] ?? []),
          settings.functions
        )
      )
    )
  );
}
function layersFor(fn, architecture, planned) {
  const names = [...new Set(planned.map((layer) => layer.name))].filter((name) => fn.layers?.includes(name) ?? true);
  return names.map((name) => {
    const candidates = planned.filter((layer) => layer.name === name);
    const pick = candidates.find((layer) => layer.variant === void 0 || layer.variant === architecture);
    if (!pick) {
      const listed = candidates.map((layer) => layer.source ?? layer.key).join(", ");
      const add = candidates.every((layer) => layer.build) ? `add ${name}@${architecture}=PATH` : `add a version of ${name} built for ${architecture}`;
      throw new InputError(
        Input.Layers,
        `"${fn.name}" runs on ${architecture}, and layer ${name} has no ${architecture} variant (${listed}): ${add}, or leave ${name} out of ${fn.name}'s brackets`
      );
    }
    return pick;
  });
}

// src/layers/publish.ts
function s3LayerKey(prefix, layerName, hash) {
  return `${prefix}${layerName}/${hash}.zip`;
}
function zipShipment(build) {
  let first;
  return async (s3, { bucket, prefix }, uploads) => {
    const key = s3LayerKey(prefix, build.settings.name, build.hash);
    if (!first) {
      const path7 = zipPath(build.hash);
      first = packAndUpload(s3, bucket, key, path7, (onWritten) => packZip(build.files, path7, onWritten), uploads).then(
        ({ zip, uploaded }) => {
          info(uploaded ? `Uploaded s3://${bucket}/${key}` : `s3://${bucket}/${key} already holds this content`);
          return { bucket, key, zip };
        }
      );
      return first;
    }
    const source = await first.catch((error2) => {
      throw new Error(`the zip was to be copied from another region's bucket, whose upload failed: ${errorMessage(error2)}`);
    });
    const copied = await copyOnce(s3, source, bucket, key);
    const from = `s3://${source.bucket}/${source.key}`;
    info(copied ? `Copied ${from} to s3://${bucket}/${key}` : `s3://${bucket}/${key} already holds this content`);
    return { bucket, key, zip: source.zip };
  };
}
async function publishLayer(lambda, s3, s3Location, build, uploads, ship) {
  const { settings: layer, hash } = build;
  let content;
  let zip;
  if (s3Location) {
    const shipped = await ship(s3, s3Location, uploads);
    zip = shipped.zip;
    content = { S3Bucket: shipped.bucket, S3Key: shipped.key };
  } else {
    if (!build.zip) throw new Error(`${layer.key}: the plan packed no zip to publish directly`);
    zip = build.zip;
    content = { ZipFile: ZIP_PLACEHOLDER };
  }
  const command2 = new PublishLayerVersionCommand({
    LayerName: layer.id,
    Description: layerDescription(layer.description, hash),
    Content: content,
    CompatibleRuntimes: layer.runtimes.length > 0 ? layer.runtimes : void 0,
    CompatibleArchitectures: layer.architectures.length > 0 ? layer.architectures : void 0,
    LicenseInfo: layer.license || void 0
  });
  if (!s3Location) inlineZip(command2, zip);
  const published2 = await awsCall("PublishLayerVersion", layer.id, () => lambda.send(command2));
  if (!published2.LayerVersionArn || published2.Version === void 0) {
    throw new Error(`PublishLayerVersion ${layer.id}: the answer has no version ARN`);
  }
  const held = published2.Content?.CodeSha256;
  if (held !== zip.sha256) {
    const VersionNumber = published2.Version;
    const removed = await awsCall(
      "DeleteLayerVersion",
      `${layer.id}:${VersionNumber}`,
      () => lambda.send(new DeleteLayerVersionCommand({ LayerName: layer.id, VersionNumber }))
    ).then(
      () => "it was deleted",
      (error2) => `deleting it failed (${errorMessage(error2)}): delete it, or the next run reuses it`
    );
    const fix = "S3Bucket" in content ? `s3://${content.S3Bucket}/${content.S3Key} holds another zip under this content's key: delete that object` : "the zip changed on its way to Lambda";
    throw new Error(
      `PublishLayerVersion ${layer.id}: version ${VersionNumber} holds a zip of CodeSha256 ${held ?? "(none)"}, not this run's ${zip.sha256}, and ${removed}. ${fix}, then run again`
    );
  }
  return { version: { arn: published2.LayerVersionArn, version: published2.Version }, zip, codeSha256: zip.sha256 };
}

// src/report/checksums.ts
import { writeFileSync } from "node:fs";
function hex(codeSha256) {
  return Buffer.from(codeSha256, "base64").toString("hex");
}
function reportChecksums(layers, functions) {
  const lines2 = [
    ...[...layers.values()].map(({ version, codeSha256 }) => {
      return `${hex(codeSha256)}  layer:${layerNameOf(version.arn)}:${version.version}`;
    }),
    ...[...functions].flatMap(
      ([plan2, done]) => plan2.fn.code ? [`${hex(done.codeSha256)}  function:${plan2.fn.name}:${done.version}`] : []
    )
  ];
  const file = scratch("checksums.txt");
  writeFileSync(file, lines2.map((line) => `${line}
`).join(""));
  setOutput(Output.Checksums, file);
}

// src/report/deploy.ts
function layerOutcome(layer, published2) {
  if (!layer.build) return "promoted";
  if (layer.version) return "reused (same content)";
  if (!published2) return "would publish";
  return published2.has(layer.key) ? "published" : "not published";
}
function versionOf({ published: published2 }, layer) {
  return layer.version ?? published2?.get(layer.key)?.version;
}
function layerVersions(region) {
  return Object.fromEntries(
    region.layers.map((layer) => [
      layer.key,
      {
        arn: versionOf(region, layer)?.arn ?? null,
        version: versionOf(region, layer)?.version ?? null,
        published: region.published?.has(layer.key) ?? false,
        "content-hash": layer.build?.hash ?? null
      }
    ])
  );
}
function headed(heading2, region, tables) {
  return tables > 1 ? `${heading2} in ${region}` : heading2;
}
function reportLayers(regions) {
  const [first] = regions;
  if (!first || first.layers.length === 0) return;
  setOutput(Output.LayerVersions, JSON.stringify(layerVersions(first)));
  const [only] = first.layers;
  if (first.layers.length === 1 && only) {
    setOutput(Output.ContentHash, only.build?.hash ?? "");
    setOutput(Output.LayerVersionArn, versionOf(first, only)?.arn ?? "");
    setOutput(Output.LayerVersion, String(versionOf(first, only)?.version ?? ""));
    setOutput(Output.LayerPublished, String(first.published?.has(only.key) ?? false));
  }
  for (const region of regions) {
    const { layers, published: published2 } = region;
    const [single] = layers;
    const heading2 = layers.length === 1 && single ? `Layer ${single.key}` : "Layers";
    summary.addHeading(headed(heading2, region.region, regions.length), 3).addTable([
      header("Layer", "Version", "Outcome", "Content hash", "Files", "Unzipped", "Zipped"),
      ...layers.map((layer) => {
        const { build } = layer;
        const zip = published2?.get(layer.key)?.zip ?? build?.zip;
        return [
          layer.key,
          String(versionOf(region, layer)?.version ?? "-"),
          layerOutcome(layer, published2),
          build ? `<code>${build.hash.slice(0, 16)}</code>` : escapeHtml(layer.source ?? "-"),
          build ? String(build.fileCount) : "-",
          build ? megabytes(build.unzippedSize) : "-",
          zip ? megabytes(zip.size) : "-"
        ];
      })
    ]);
  }
}
function reportFunctions(regions, heading2) {
  const rows = regions[0]?.rows ?? [];
  setOutput(Output.FunctionVersions, JSON.stringify(Object.fromEntries(rows.map((row) => [row.id, row.version ?? null]))));
  setOutput(Output.PreviousVersions, JSON.stringify(Object.fromEntries(rows.map((row) => [row.id, row.previous]))));
  for (const region of regions) {
    if (regions.length > 1 && region.rows.length === 0) continue;
    summary.addHeading(headed(heading2, region.region, regions.length), 3).addTable([
      header("Function", "Alias", "Version", "Layers", "Code", "Outcome", "Time"),
      ...region.rows.map((row) => [
        row.id,
        row.alias,
        `${row.previous ?? "none"} \u2192 ${row.version ?? "new"}`,
        row.layers,
        row.code,
        row.outcome,
        row.seconds === void 0 ? "-" : `${row.seconds.toFixed(1)} s`
      ])
    ]);
  }
}
function reportSmokeTest(results) {
  summary.addHeading("Smoke test", 3).addTable([
    header("Function", "Version", "Result", "Time"),
    ...results.map((result) => [
      result.id,
      result.version,
      result.error === void 0 ? "ok" : `<code>${escapeHtml(result.error)}</code>`,
      `${result.seconds.toFixed(1)} s`
    ])
  ]);
}
function reportTraffic(shape, rows) {
  summary.addHeading(`Traffic (${shape})`, 3).addTable([
    header("Stage", "New versions get", "Set at", "Held", "Alarms", "Outcome"),
    ...rows.map((row) => [row.stage, row.weight, row.at, `${row.held} s`, escapeHtml(row.alarms ?? "-"), row.outcome ?? "-"])
  ]);
}
function reportDeploy(regions, deployed, alias, dryRun2) {
  const tables = regions.map(({ region, functions, layers, versions }) => {
    const names = new Map(layers.map((layer) => [layer.key, layer.name]));
    const label = (key) => `${names.get(key) ?? key}:${versions.get(key)?.version ?? "(new)"}`;
    const rows = functions.map((plan2) => {
      const done = deployed.get(plan2);
      const verb = plan2.alias ? "move" : "create";
      return {
        id: plan2.fn.id,
        alias,
        previous: plan2.alias?.version ?? null,
        version: plan2.unchanged ? plan2.alias?.version : done?.version,
        layers: plan2.attach.map(label).join(", ") || "-",
        code: plan2.code ? "changed" : "unchanged",
        outcome: plan2.unchanged ? "unchanged" : dryRun2 ? `would ${verb}` : `${verb}d`,
        seconds: done?.seconds
      };
    });
    return { region, rows };
  });
  if (tables.some(({ rows }) => rows.length > 0)) reportFunctions(tables, `Functions (alias ${alias})`);
  const byRegion = regions.map((region, index) => [
    region.region,
    {
      layers: layerVersions(region),
      functions: Object.fromEntries((tables[index]?.rows ?? []).map((row) => [row.id, row.version ?? null]))
    }
  ]);
  setOutput(Output.Regions, JSON.stringify(Object.fromEntries(byRegion)));
  reportConfiguration(regions.flatMap(({ functions }) => functions));
}
function reportConfiguration(functions) {
  const changed = functions.filter((plan2) => !plan2.unchanged && plan2.configuration.changes.length > 0);
  if (changed.length === 0) return;
  summary.addHeading("Configuration", 3).addTable([
    header("Function", "Change"),
    ...changed.map((plan2) => [plan2.fn.id, escapeHtml(plan2.configuration.changes.join("; "))])
  ]);
}
function reportParameter(name, outcome, arn) {
  summary.addRaw(`SSM parameter <code>${escapeHtml(name)}</code>: ${outcome} (${arn})`, true);
}
var SHOWN_FINDINGS = 20;
function reportFindings(findings, mode) {
  if (findings.length === 0) return;
  const annotate = mode === "error" ? error : warning;
  for (const finding of findings.slice(0, SHOWN_FINDINGS)) {
    const where = finding.layer === "-" ? finding.path : `${finding.layer}: ${finding.path}`;
    annotate(`${where}: ${finding.finding}; expected ${finding.expected}`);
  }
  if (findings.length > SHOWN_FINDINGS) annotate(`... and ${findings.length - SHOWN_FINDINGS} more: see the job summary`);
  summary.addHeading("Content checks", 3).addTable([
    header("Layer", "File", "Finding", "Expected"),
    ...findings.map((finding) => [
      finding.layer,
      escapeHtml(finding.path),
      escapeHtml(finding.finding),
      escapeHtml(finding.expected)
    ])
  ]);
}

// src/report/grants.ts
function reportGrants(outcomes) {
  if (outcomes.length === 0) return;
  summary.addHeading("Layer permissions (lambda:GetLayerVersion)", 3).addTable([
    header("Layer", "Version", "Grant", "Outcome"),
    ...outcomes.map((row) => [row.layer, String(row.version?.version ?? "(new)"), row.grant, row.outcome])
  ]);
}

// src/report/pull-request.ts
var COMMENT_TIMEOUT_MS = 6e4;
var SHOWN_ROWS = 100;
function cell(text2) {
  return escapeHtml(text2).replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}
function table(titles, rows, more) {
  const shown = rows.slice(0, SHOWN_ROWS).map((row) => `| ${row.join(" | ")} |`);
  const rest = rows.length > SHOWN_ROWS ? [`
... and ${rows.length - SHOWN_ROWS} more ${more}: see the job summary.`] : [];
  return [`| ${titles.join(" | ")} |`, `|${titles.map(() => " --- |").join("")}`, ...shown, ...rest, ""];
}
function published(outcome) {
  return outcome.kind === "deployed" ? outcome.published : /* @__PURE__ */ new Map();
}
function layerRows(layers, outcome) {
  return layers.map((layer) => {
    const version = layer.version ?? published(outcome).get(layer.key)?.version;
    const what = !layer.build ? "promoted" : layer.version ? "reused (same content)" : outcome.kind === "deployed" ? "published" : outcome.kind === "dry-run" ? "would publish" : "new content";
    const hash = layer.build ? `\`${layer.build.hash.slice(0, 16)}\`` : cell(layer.source ?? "-");
    return [cell(layer.key), what, version ? String(version.version) : "(new)", hash];
  });
}
function changes(plan2, layers, outcome) {
  if (plan2.unchanged) return "-";
  const moved = plan2.attach.flatMap((key) => {
    const layer = layers.get(key);
    if (!layer) return [];
    const to = String((layer.version ?? published(outcome).get(key)?.version)?.version ?? "new");
    const from = plan2.layers.find((arn) => layerNameOf(arn) === layer.name)?.split(":").pop();
    if (from === to) return [];
    return [from === void 0 ? `+${layer.name}:${to}` : `${layer.name}:${from} \u2192 ${to}`];
  });
  const keys = [
    ...plan2.code ? ["code"] : [],
    ...moved.length > 0 ? [`layers ${moved.join(", ")}`] : [],
    ...plan2.configuration.changes
  ];
  return keys.join("; ") || "$LATEST as it is";
}
function functionRows(plans, layers, outcome) {
  const byKey = new Map(layers.map((layer) => [layer.key, layer]));
  return plans.map((plan2) => {
    const from = plan2.alias?.version ?? "none";
    const done = outcome.kind === "deployed" ? outcome.deployed.get(plan2) : void 0;
    const to = plan2.unchanged ? `stays on ${from}` : done ? `${from} \u2192 ${done.version}` : `${from} \u2192 new version${outcome.kind === "failed" ? " (planned)" : ""}`;
    return [cell(plan2.fn.name), cell(changes(plan2, byKey, outcome)), to];
  });
}
function heading(outcome) {
  if (outcome.kind === "dry-run") return "Lambda deploy plan (dry run: nothing was changed)";
  if (outcome.kind === "deployed") return "Lambda deploy: deployed";
  return outcome.rolledBack ? "Lambda deploy: failed, the aliases it moved were rolled back" : "Lambda deploy: failed";
}
function commentBody(pr, step, plan2, outcome) {
  const lines2 = [
    pr.marker,
    `### ${heading(outcome)}`,
    "",
    `Alias \`${step.alias}\` in ${step.region}, [run](${pr.runUrl}) at ${pr.head}.`,
    ""
  ];
  if (outcome.kind === "failed") lines2.push("The run says why; its job summary has the details.", "");
  if (plan2.layers.length > 0) {
    lines2.push(...table(["Layer", "Outcome", "Version", "Content hash"], layerRows(plan2.layers, outcome), "layers"));
  }
  if (plan2.functions.length > 0) {
    const rows = functionRows(plan2.functions, plan2.layers, outcome);
    lines2.push(...table(["Function", "Changes", `Alias ${step.alias}`], rows, "functions"));
  }
  if (plan2.findings.length > 0) {
    const rows = plan2.findings.map((finding) => [
      finding.layer,
      `\`${cell(finding.path)}\``,
      cell(finding.finding),
      cell(finding.expected)
    ]);
    lines2.push(
      `**Content checks**: ${plan2.findings.length} finding(s)`,
      "",
      ...table(["Layer", "File", "Finding", "Expected"], rows, "findings")
    );
  }
  return lines2.join("\n");
}
async function upsert(pr, body) {
  const { getOctokit } = await import("../chunks/github-J7VXE5U5.js");
  const octokit = getOctokit(pr.token.reveal(), { baseUrl: pr.apiUrl });
  const where = { owner: pr.owner, repo: pr.repo, request: { signal: AbortSignal.timeout(COMMENT_TIMEOUT_MS) } };
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...where,
    issue_number: pr.number,
    per_page: 100
  });
  for await (const page of pages) {
    const mine = page.data.find((comment) => comment.body?.includes(pr.marker));
    if (mine) {
      const { data: data2 } = await octokit.rest.issues.updateComment({ ...where, comment_id: mine.id, body });
      return `updated ${data2.html_url}`;
    }
  }
  const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
  return `created ${data.html_url}`;
}
function reason(pr, error2) {
  const status = typeof error2 === "object" && error2 !== null && "status" in error2 ? Number(error2.status) : void 0;
  const said = errorMessage(error2);
  if (status === 403) {
    return `GitHub answered 403 (${said}): github-token needs pull-requests: write (permissions: pull-requests: write in the job; a pull request from a fork gets a read-only token)`;
  }
  if (status === 404) {
    return `GitHub answered 404 (${said}): pull request #${pr.number} of ${pr.owner}/${pr.repo} was not found (deleted?), or github-token cannot read it`;
  }
  if (status !== void 0 && !Number.isNaN(status)) return `GitHub answered ${status} (${said})`;
  return `GitHub's API at ${pr.apiUrl} could not be reached (${said})`;
}
async function reportPullRequest(pr, step, plan2, outcome) {
  if (!pr) return;
  try {
    const done = await upsert(pr, commentBody(pr, step, plan2, outcome));
    info(`Pull request #${pr.number}: comment ${done}`);
  } catch (error2) {
    warning(`No pull request comment: ${reason(pr, error2)}. The deploy is not affected.`);
  }
}

// src/traffic/alarms.ts
import { setTimeout as sleep } from "node:timers/promises";
var ALARM_POLL_SECONDS = 5;
var AlarmError = class extends Error {
  constructor(alarm) {
    super(`alarm ${alarm.name} is in ALARM: ${alarm.reason || "no reason given"}`);
    this.alarm = alarm;
    this.name = "AlarmError";
  }
  alarm;
};
var BATCH = 100;
async function describeAlarms(cloudwatch, names) {
  const found = /* @__PURE__ */ new Map();
  if (names.length === 0) return found;
  const client = await cloudwatch();
  const { paginateDescribeAlarms } = await import("../chunks/dist-es-EGWBJ4PN.js");
  for (let start = 0; start < names.length; start += BATCH) {
    const AlarmNames = names.slice(start, start + BATCH);
    await awsCall("DescribeAlarms", AlarmNames.join(", "), async () => {
      const pages = paginateDescribeAlarms(
        { client },
        { AlarmNames, AlarmTypes: ["MetricAlarm", "CompositeAlarm"], MaxRecords: 100 }
      );
      for await (const page of pages) {
        for (const alarm of [...page.MetricAlarms ?? [], ...page.CompositeAlarms ?? []]) {
          const name = alarm.AlarmName ?? "";
          found.set(name, { name, state: alarm.StateValue ?? "INSUFFICIENT_DATA", reason: alarm.StateReason ?? "" });
        }
      }
    });
  }
  return found;
}
async function readAlarms(cloudwatch, names) {
  const found = await describeAlarms(cloudwatch, names);
  const missing = names.filter((name) => !found.has(name));
  if (missing.length > 0) {
    throw new InputError(
      Input.Alarms,
      `no CloudWatch alarm named ${missing.map((name) => `"${name}"`).join(", ")} in this region: check the names and aws-region`
    );
  }
  return names.flatMap((name) => found.get(name) ?? []);
}
async function locateAlarms(regions, names) {
  const [only] = regions;
  if (regions.length === 1 && only) return [{ region: void 0, cloudwatch: only.cloudwatch, names }];
  const sources = await Promise.all(
    regions.map(async ({ region, cloudwatch }) => {
      const found = await describeAlarms(cloudwatch, names);
      return { region, cloudwatch, names: names.filter((name) => found.has(name)) };
    })
  );
  const missing = names.filter((name) => !sources.some((source) => source.names.includes(name)));
  if (missing.length > 0) {
    throw new InputError(
      Input.Alarms,
      `no CloudWatch alarm named ${missing.map((name) => `"${name}"`).join(", ")} in any of ${regions.map(({ region }) => region).join(", ")}: check the names and aws-region`
    );
  }
  return sources.filter((source) => source.names.length > 0);
}
async function readSources(sources) {
  const read = await Promise.all(
    sources.map(
      async ({ region, cloudwatch, names }) => (await readAlarms(cloudwatch, names)).map((state) => ({ ...state, name: placed(state.name, region) }))
    )
  );
  return read.flat();
}
function firing(states, ignored) {
  for (const alarm of states) if (alarm.state === "OK") ignored.delete(alarm.name);
  return states.find((alarm) => alarm.state === "ALARM" && !ignored.has(alarm.name));
}
async function requireQuiet(sources, nothingMoved, ignored) {
  const states = await readSources(sources);
  const alarm = firing(states, ignored);
  if (alarm) throw new Error(`${new AlarmError(alarm).message}
${nothingMoved}`);
  return states;
}
function describeStates(states) {
  return states.length === 0 ? "none watched" : states.map((alarm) => `${alarm.name} ${alarm.state}`).join(", ");
}
async function watchAlarms(sources, seconds, ignored) {
  const end = Date.now() + seconds * 1e3;
  for (; ; ) {
    const states = await readSources(sources);
    const alarm = firing(states, ignored);
    if (alarm) throw new AlarmError(alarm);
    const left = end - Date.now();
    if (left <= 0) return states;
    await sleep(Math.min(left, ALARM_POLL_SECONDS * 1e3));
  }
}

// src/traffic/smoke.ts
import { performance } from "node:perf_hooks";
var ERROR_LIMIT = 1e3;
function functionError(kind, payload) {
  const text2 = Buffer.from(payload ?? []).toString("utf8");
  try {
    const { errorType, errorMessage: message } = JSON.parse(text2);
    if (message !== void 0) return `${kind} error: ${errorType ?? "Error"}: ${message}`.slice(0, ERROR_LIMIT);
  } catch {
  }
  return `${kind} error: ${text2}`.slice(0, ERROR_LIMIT);
}
async function invokeOnce(lambda, record, payload) {
  const version = record.published;
  if (version === void 0) throw new Error(`${record.id}: no new version to invoke`);
  const start = performance.now();
  let error2;
  try {
    const result = await awsCall(
      "Invoke",
      `${record.id}:${version}`,
      () => lambda.send(new InvokeCommand({ FunctionName: record.id, Qualifier: version, Payload: Buffer.from(payload) }))
    );
    if (result.FunctionError) error2 = functionError(result.FunctionError, result.Payload);
  } catch (caught) {
    error2 = errorMessage(caught);
  }
  return { id: placed(record.id, record.region), version, error: error2, seconds: (performance.now() - start) / 1e3 };
}
async function smokeTest(lambda, records, payload, maxParallel) {
  const results = await mapSettled(records, maxParallel, (record) => invokeOnce(clientOf(lambda, record), record, payload));
  return results.map((result) => result.value);
}

// src/traffic/release.ts
var percent = (weight) => `${Math.round(weight * 100)} %`;
var clock = (date) => `${date.toISOString().slice(11, 19)} UTC`;
function sourcesOf({ alarmSources, cloudwatch, settings }) {
  return alarmSources ?? [{ region: void 0, cloudwatch, names: settings.alarms }];
}
async function preTraffic(ctx) {
  const { lambda, settings, record } = ctx;
  if (settings.smokeTestPayload !== void 0) {
    const results = await smokeTest(lambda, record.aliases, settings.smokeTestPayload, settings.maxParallel);
    for (const result of results) {
      info(`Smoke test ${result.id} version ${result.version}: ${result.error ?? "ok"} (${result.seconds.toFixed(1)} s)`);
    }
    ctx.report.smokeTest(results);
    const failed = results.filter((result) => result.error !== void 0);
    if (failed.length > 0) {
      const lines2 = failed.map((result) => `${result.id} version ${result.version}: ${result.error}`);
      throw new Error(
        `The smoke test failed for ${failed.length} of ${results.length}:
${lines2.join("\n")}
No alias was moved.`
      );
    }
  }
  await requireQuiet(sourcesOf(ctx), "No alias was moved.", ctx.ignoredAlarms);
}
async function release(ctx) {
  const { lambda, settings, record } = ctx;
  const sources = sourcesOf(ctx);
  await preTraffic(ctx);
  const existing = record.aliases.filter((entry) => entry.previous !== null);
  const stages = existing.length > 0 ? [...settings.traffic.stages, 1] : [1];
  const bake = settings.alarms.length > 0 ? settings.bakeTimeSeconds : 0;
  if (settings.bakeTimeSeconds > 0 && bake === 0) {
    warning(`bake-time: ${settings.bakeTimeSeconds} s skipped: there are no alarms to watch (set alarms)`);
  }
  const staged = settings.traffic.stages.length > 0 || settings.alarms.length > 0;
  const rows = [];
  let started = Date.now();
  const heldSoFar = () => Math.round((Date.now() - started) / 1e3);
  try {
    for (const [index, weight] of stages.entries()) {
      const whole = weight >= 1;
      const hold = whole ? bake : settings.traffic.intervalSeconds;
      started = Date.now();
      const row = { stage: `${index + 1}/${stages.length}`, weight: percent(weight), at: clock(/* @__PURE__ */ new Date()), held: 0 };
      rows.push(row);
      await shiftAliases(lambda, whole ? record.aliases : existing, weight, ctx.origin, settings.maxParallel, {
        onMoved: ctx.save
      });
      const watching = settings.alarms.length > 0 ? `, watching ${settings.alarms.length} alarm(s)` : "";
      info(`${row.at} stage ${row.stage}: ${row.weight} of traffic on the new versions; holding ${hold} s${watching}`);
      const states = await watchAlarms(sources, hold, ctx.ignoredAlarms);
      row.held = heldSoFar();
      row.alarms = describeStates(states);
      row.outcome = "held";
      if (states.length > 0) info(`${clock(/* @__PURE__ */ new Date())} stage ${row.stage} held: ${row.alarms}`);
    }
  } catch (error2) {
    const current = rows[rows.length - 1];
    if (!current) throw error2;
    ctx.save();
    current.held = heldSoFar();
    if (error2 instanceof AlarmError) current.alarms = `${error2.alarm.name} ALARM`;
    const where = staged ? `At stage ${current.stage} (${current.weight} of traffic): ` : "";
    const failure = await failAndRollBack(lambda, record.aliases, settings.maxParallel, `${where}${errorMessage(error2)}`);
    current.outcome = failure.rollback && failure.rollback.rolledBack.length > 0 ? "rolled back" : "failed";
    throw failure;
  } finally {
    if (staged) ctx.report.traffic(settings.traffic.name, rows);
  }
}

// src/functions/plan.ts
async function hasProvisionedConcurrency(lambda, fn, alias) {
  const config = await awsCall(
    "GetProvisionedConcurrencyConfig",
    `${fn.name}:${alias}`,
    () => unlessMissing(
      lambda.send(new GetProvisionedConcurrencyConfigCommand({ FunctionName: fn.id, Qualifier: alias })),
      "ProvisionedConcurrencyConfigNotFoundException"
    )
  );
  return config !== void 0;
}
async function planFunction(ctx, fn, chooseLayers, code, desired) {
  let config = await ctx.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn.id })).catch((error2) => {
    if (isNamed(error2, "ResourceNotFoundException")) {
      throw new InputError(Input.Functions, `"${fn.id}" does not exist in this account and region`);
    }
    throw error2;
  });
  if (config.LastUpdateStatus === "InProgress") {
    const deadline = Date.now() + ctx.waitTimeoutSeconds * 1e3;
    config = await awsCall("Waiting for the update of", fn.name, () => waitUpdated(ctx.lambda, fn.id, deadline));
  }
  if (config.PackageType === "Image") {
    throw new InputError(Input.Functions, `"${fn.id}" is a container image function: it takes neither layers nor zip code`);
  }
  const alias = await readAlias(ctx.lambda, fn.id, ctx.alias);
  if (!alias && !ctx.createAlias) {
    throw new InputError(Input.CreateAlias, `"${fn.name}" has no alias "${ctx.alias}": create it, or set create-alias: true`);
  }
  if (alias && ctx.weighted && await hasProvisionedConcurrency(ctx.lambda, fn, ctx.alias)) {
    throw new InputError(
      Input.Traffic,
      `"${fn.name}:${ctx.alias}" has provisioned concurrency, and Lambda refuses weighted routing on such an alias: use traffic: AllAtOnce for it`
    );
  }
  const layers = layerArns(config);
  const writes = planConfiguration(fn.name, config, desired, code !== void 0);
  const architecture = writes.architecture ?? architectureOf(config);
  const chosen = chooseLayers(architecture);
  const names = /* @__PURE__ */ new Set([...layers.map(layerNameOf), ...chosen.map((layer) => layer.name)]);
  if (names.size > MAX_LAYERS) {
    throw new InputError(
      ctx.layersInput,
      `"${fn.name}" would carry ${names.size} layers (${[...names].join(", ")}), above Lambda's maximum of ${MAX_LAYERS}`
    );
  }
  const codeSha256 = config.CodeSha256 ?? "";
  const newCode = code && (code.sha256 !== codeSha256 || writes.architecture) ? code : void 0;
  if (newCode && newCode.size > DIRECT_UPLOAD_LIMIT && !ctx.s3Location) {
    throw new InputError(Input.S3Bucket, `the code of "${fn.name}" is above Lambda's 50 MB direct upload limit: set s3-bucket`);
  }
  const chosenArns = chosen.flatMap((layer) => layer.version ? [layer.version.arn] : []);
  const layersChanged = chosenArns.length < chosen.length || !sameList(withLayers(layers, chosenArns), layers);
  const nothingToWrite = !newCode && !layersChanged && Object.keys(writes.update).length === 0;
  const settled = alias && Object.keys(alias.weights).length === 0;
  const live = alias && (Object.keys(desired.wanted).length > 0 || nothingToWrite && settled) ? await awsCall(
    "GetFunctionConfiguration",
    `${fn.name}:${alias.version}`,
    () => ctx.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn.id, Qualifier: alias.version }))
  ) : void 0;
  const changes2 = configurationChanges(live ?? config, config, writes);
  const unchanged = nothingToWrite && Boolean(settled) && live?.CodeSha256 === codeSha256 && sameList(layerArns(live), layers) && changes2.length === 0;
  const sameEnvironment = live && sameVariables(live.Environment?.Variables ?? {}, config.Environment?.Variables ?? {});
  const attach = chosen.map((layer) => layer.key);
  return {
    fn,
    revisionId: config.RevisionId,
    codeSha256,
    layers,
    architecture,
    runtime: writes.update.Runtime ?? config.Runtime,
    configuration: { ...writes, changes: changes2, environmentFrom: sameEnvironment && alias ? alias.version : null },
    attach,
    alias,
    code: newCode,
    unchanged
  };
}

// src/verify/checks.ts
function glibcOf(runtime) {
  const python = /^python3\.(\d+)$/.exec(runtime);
  if (python) return Number(python[1]) >= 12 ? "2.34" : "2.26";
  const node = /^nodejs(\d+)\.x$/.exec(runtime);
  if (node) return Number(node[1]) >= 20 ? "2.34" : "2.26";
  const java = /^java(\d+)(\.al2)?$/.exec(runtime);
  if (java) return Number(java[1]) >= 21 ? "2.34" : "2.26";
  const dotnet = /^dotnet(\d+)$/.exec(runtime);
  if (dotnet) return Number(dotnet[1]) >= 8 ? "2.34" : "2.26";
  const ruby = /^ruby3\.(\d+)$/.exec(runtime);
  if (ruby) return Number(ruby[1]) >= 3 ? "2.34" : "2.26";
  if (runtime === "provided.al2023") return "2.34";
  if (runtime === "provided.al2") return "2.26";
  return void 0;
}
var WHEEL_ARCH = { x86_64: /(x86_64|amd64)$/, arm64: /(aarch64|arm64)$/ };
function judge(facts, expect) {
  const findings = [];
  const add = (finding, expected) => findings.push({ path: facts.path, finding, expected });
  if (facts.os) add(`built for ${facts.os}`, "a Linux build (ELF)");
  if (facts.notWholeElf) {
    const wanted = expect.architectures.map(({ value, because }) => ` for ${value} (${because})`).join(",");
    add(`not a whole ELF file: ${facts.notWholeElf}`, `an ELF shared object${wanted}`);
  }
  for (const { value, because } of expect.architectures) {
    if (facts.machine && facts.machine !== value) add(`ELF for ${facts.machine}`, `${value} (${because})`);
  }
  if (facts.musl) add(`linked against musl (Alpine): ${facts.musl}`, "glibc, which Lambda runtimes use");
  for (const { value, because } of expect.runtimes) {
    const glibc = glibcOf(value);
    if (facts.glibc && glibc && compareVersions(facts.glibc, glibc) > 0) {
      add(`needs GLIBC_${facts.glibc}`, `at most GLIBC_${glibc}, the glibc of ${value} (${because})`);
    }
  }
  const abi = /\.cpython-3(\d+)-[^/]*\.so$/.exec(facts.path)?.[1];
  const onlyFor = /(?:^|\/)python\/lib\/python3\.(\d+)\/site-packages\//.exec(facts.path)?.[1];
  for (const { value, because } of expect.runtimes) {
    const minor = /^python3\.(\d+)$/.exec(value)?.[1];
    if (abi && minor && (onlyFor === void 0 || onlyFor === minor) && abi !== minor) {
      add(`a CPython 3.${abi} extension`, `CPython 3.${minor} (${because})`);
    }
  }
  if (facts.wheelTags && facts.wheelTags.length > 0) {
    const platforms = facts.wheelTags.map((tag) => tag.split("-").pop() ?? "");
    const packageName = facts.path.split("/").slice(-2, -1)[0] ?? facts.path;
    const fits = (platform) => platform === "any" || /^(manylinux|linux)/.test(platform) && expect.architectures.every(({ value }) => WHEEL_ARCH[value]?.test(platform) ?? true);
    if (!platforms.some(fits)) {
      const kind = platforms.some((p) => p.startsWith("musllinux")) ? "musllinux (Alpine)" : platforms.some((p) => /^(macosx|win)/.test(p)) ? "another OS" : "another architecture";
      const wanted = expect.architectures.map(({ value, because }) => `${value} (${because})`).join(", ") || "Linux";
      findings.push({
        path: facts.path,
        finding: `${packageName} is a wheel for ${kind}: ${platforms.join(", ")}`,
        expected: `manylinux for ${wanted}`
      });
    }
  }
  return findings;
}
function checkLayers(layers, functions) {
  return layers.flatMap((layer) => {
    const users = functions.filter((user) => user.layers.includes(layer.key));
    const declared = (values) => values.map((value) => ({ value, because: `declared by layer ${layer.key}` }));
    const ofUsers = (value) => users.flatMap((user) => {
      const found = value(user);
      return found === void 0 ? [] : [{ value: found, because: `function ${user.name}` }];
    });
    const expect = {
      architectures: [...declared(layer.architectures), ...ofUsers((user) => user.architecture)],
      runtimes: layer.runtimes.length > 0 ? declared(layer.runtimes) : ofUsers((user) => user.runtime)
    };
    const judged = layer.facts.map((fact) => ({ fact, findings: judge(fact, expect) }));
    const key = (path7, { finding, expected }) => `${path7}\0${finding}\0${expected}`;
    const own = new Set(judged.flatMap(({ fact, findings }) => findings.map((finding) => key(fact.path, finding))));
    return judged.flatMap(
      ({ fact, findings }) => findings.filter((finding) => fact.link === void 0 || !own.has(key(fact.link, finding))).map((finding) => ({ layer: layer.key, ...finding }))
    );
  });
}

// src/verify/sizes.ts
async function unzippedSizeAt(url) {
  const get = async (range2) => {
    const response = await awsFetch(url, { headers: { Range: `bytes=${range2}` }, signal: AbortSignal.timeout(1e4) });
    if (response.status !== 206 && response.status !== 200) return void 0;
    const total = Number(/\/(\d+)$/.exec(response.headers.get("content-range") ?? "")?.[1] ?? NaN);
    return { body: Buffer.from(await response.arrayBuffer()), total };
  };
  try {
    const tail = await get("-65536");
    if (!tail) return void 0;
    const end = tail.body.lastIndexOf(Buffer.from([80, 75, 5, 6]));
    if (end < 0 || end + 22 > tail.body.length) return void 0;
    const entries2 = tail.body.readUInt16LE(end + 10);
    const directorySize = tail.body.readUInt32LE(end + 12);
    const directoryOffset = tail.body.readUInt32LE(end + 16);
    const tailStart = (Number.isNaN(tail.total) ? tail.body.length : tail.total) - tail.body.length;
    const directory = directoryOffset >= tailStart ? tail.body.subarray(directoryOffset - tailStart) : (await get(`${directoryOffset}-${directoryOffset + directorySize - 1}`))?.body;
    if (!directory) return void 0;
    let sum = 0;
    for (let at = 0, n = 0; n < entries2 && at + 46 <= directory.length; n++) {
      if (directory.readUInt32LE(at) !== 33639248) return void 0;
      sum += directory.readUInt32LE(at + 24);
      at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return sum;
  } catch {
    return void 0;
  }
}
function readable(location) {
  if (!location || !/^https?:\/\//.test(location)) return false;
  const endpoint = process.env["AWS_ENDPOINT_URL"];
  return endpoint === void 0 || new URL(location).host === new URL(endpoint).host;
}
async function checkSizes(lambda, functions) {
  const sizes = /* @__PURE__ */ new Map();
  const layerSize = (arn) => {
    const known = sizes.get(arn);
    if (known) return known;
    const { layerArn, version } = versionArnParts(arn);
    const read = lambda.send(new GetLayerVersionCommand({ LayerName: layerArn, VersionNumber: version })).then((out) => readable(out.Content?.Location) ? unzippedSizeAt(out.Content.Location) : void 0).catch(() => void 0);
    sizes.set(arn, read);
    return read;
  };
  const codeSize = (id) => lambda.send(new GetFunctionCommand({ FunctionName: id })).then((out) => readable(out.Code?.Location) ? unzippedSizeAt(out.Code.Location) : void 0).catch(() => void 0);
  const findings = [];
  const unreadable = /* @__PURE__ */ new Set();
  for (const fn of functions) {
    const parts = [
      ["code", fn.codeSize ?? codeSize(fn.id)],
      ...fn.layers.map((layer) => [
        layer.label,
        "size" in layer ? layer.size : layerSize(layer.arn)
      ])
    ];
    const known = await Promise.all(parts.map(async ([label, size]) => [label, await size]));
    for (const [label, size] of known) if (size === void 0) unreadable.add(`${fn.name} ${label}`);
    const total = known.reduce((sum, [, size]) => sum + (size ?? 0), 0);
    if (total > UNZIPPED_LIMIT) {
      findings.push({
        layer: "-",
        path: fn.name,
        finding: `code and layers are ${megabytes(total)} unzipped: ${known.map(([label, size]) => `${label} ${size === void 0 ? "?" : megabytes(size)}`).join(", ")}`,
        expected: "at most 250 MB together, Lambda's limit"
      });
    }
  }
  return { findings, unreadable: [...unreadable] };
}

// src/modes/deploy-verify.ts
function layerContents(layers) {
  return layers.flatMap(
    ({ key, build }) => build ? [{ key, architectures: build.settings.architectures, runtimes: build.settings.runtimes, facts: build.facts }] : []
  );
}
function layerUsers(functions) {
  const users = functions.map((plan2) => ({
    name: plan2.fn.name,
    architecture: plan2.architecture,
    runtime: plan2.runtime,
    layers: plan2.attach
  }));
  return [...new Map(users.map((user) => [JSON.stringify(user), user])).values()];
}
function functionParts(layers, functions, tag) {
  const byKey = new Map(layers.map((layer) => [layer.key, layer]));
  return functions.filter((plan2) => !plan2.unchanged).map((plan2) => {
    const attached = plan2.attach.flatMap((key) => byKey.get(key) ?? []);
    const names = new Set(attached.map((layer) => layer.name));
    const listed = attached.map((layer) => {
      const label = `${layer.name}:${layer.version?.version ?? "new"}`;
      if (layer.build) return { label, size: layer.build.unzippedSize };
      if (layer.version) return { label, arn: layer.version.arn };
      throw new Error(`layer ${layer.key} has neither content nor a version`);
    });
    const kept = plan2.layers.filter((arn) => !names.has(layerNameOf(arn))).map((arn) => ({ label: `${layerNameOf(arn)}:${arn.split(":").pop() ?? ""}`, arn }));
    return { name: placed(plan2.fn.name, tag), id: plan2.fn.id, codeSize: plan2.code?.unzippedSize, layers: [...listed, ...kept] };
  });
}
var FindingsError = class extends Error {
  constructor(message, findings) {
    super(message);
    this.findings = findings;
    this.name = "FindingsError";
  }
  findings;
};
async function verifyContent(settings, regions) {
  const checked = await Promise.all(
    regions.map(({ tag, clients, layers, functions }) => checkSizes(clients.lambda, functionParts(layers, functions, tag)))
  );
  const unreadable = checked.flatMap((sizes) => sizes.unreadable);
  if (unreadable.length > 0) {
    info(`Sizes that cannot be read, not counted toward 250 MB: ${unreadable.join(", ")}`);
  }
  const [first] = regions;
  const users = layerUsers(regions.flatMap(({ functions }) => functions));
  const findings = [...checkLayers(layerContents(first?.layers ?? []), users), ...checked.flatMap((sizes) => sizes.findings)];
  if (findings.length === 0) return findings;
  reportFindings(findings, settings.verify === "error" ? "error" : "warn");
  if (settings.verify === "error") {
    throw new FindingsError(
      `Content checks: ${findings.length} finding(s), listed above and in the job summary. Nothing was published.
Fix the layer, skip files with verify-ignore, or set verify: warn to deploy anyway.`,
      findings
    );
  }
  return findings;
}

// src/modes/deploy-plan.ts
function deployContext(settings, clients, region) {
  return {
    lambda: clients.lambda,
    s3: clients.s3,
    alias: settings.alias,
    createAlias: settings.createAlias,
    s3Location: s3LocationIn(settings.s3Location, region),
    waitTimeoutSeconds: settings.waitTimeoutSeconds,
    layersInput: settings.layersInput,
    weighted: settings.traffic.stages.length > 0
  };
}
async function planFunctions(settings, regions, configs) {
  const zips = /* @__PURE__ */ new Map();
  const zipOf = (code) => {
    let zip = zips.get(code.path);
    if (!zip) {
      zip = packCode(code.input, code.path, settings.exclude);
      zips.set(code.path, zip);
    }
    return zip;
  };
  const work = regions.flatMap(({ region, tag, clients, layers }, index) => {
    const ctx = deployContext(settings, clients, region);
    return functionsIn(settings.functions, region).map((fn) => ({ index, tag, ctx, fn, layers }));
  });
  const results = await mapSettled(
    work,
    settings.maxParallel,
    ({ tag, ctx, fn, layers }) => naming(
      tag,
      async () => planFunction(
        ctx,
        fn,
        (architecture) => layersFor(fn, architecture, layers),
        fn.code === void 0 ? void 0 : await zipOf(fn.code),
        configs(fn)
      )
    )
  );
  const plans = allOrThrow(results, "Reading the functions");
  return regions.map((_, index) => plans.filter((_plan, at) => work[at]?.index === index));
}
function logPlan({ tag, layers, functions }, settings) {
  const info2 = (line) => info(tag === void 0 ? line : `${tag}: ${line}`);
  for (const layer of layers) {
    const { build, version } = layer;
    if (!build)
      info2(
        `Layer ${layer.key}: ${version?.arn ?? ""} promoted${layer.source?.startsWith("ssm:") ? ` (from ${layer.source})` : ""}`
      );
    else if (version) info2(`Layer ${layer.key}: version ${version.version} already holds content ${build.hash}: reused`);
    else info2(`Layer ${layer.key}: content ${build.hash} is new: a version ${settings.dryRun ? "would" : "will"} be published`);
  }
  for (const plan2 of functions) {
    const from = plan2.alias?.version ?? "none (alias created)";
    const what = plan2.unchanged ? "unchanged" : [
      [
        plan2.code ? "new code" : "same code",
        plan2.attach.length > 0 ? `layers ${plan2.attach.join(", ")}` : "same layers"
      ].join(", "),
      // The configuration by key: never a variable's value.
      ...plan2.configuration.changes
    ].join("; ");
    info2(`${plan2.fn.name}: ${what}; ${settings.alias}: ${plan2.unchanged ? `stays on ${from}` : `${from} -> new version`}`);
  }
}
async function checkAccounts(settings, clients) {
  const byArn = [
    ...settings.functions.map((fn) => ({ ...fn, input: Input.Functions })),
    ...settings.layers.flatMap((layer) => layer.kind === "built" ? [{ ...layer, input: Input.LayerName }] : [])
  ].filter((given) => given.account !== void 0);
  if (byArn.length === 0) return;
  const account = await callerAccount(clients.sts);
  const other = byArn.find((given) => given.account !== account);
  if (other) {
    throw new InputError(
      other.input,
      `"${other.id}" is in account ${other.account}, not in ${account} whose credentials this step runs with`
    );
  }
}
async function plan(settings, clientsIn) {
  return group("Plan: hash, pack and read the functions", async () => {
    const listed = settings.regions.map((region) => ({
      region,
      tag: settings.regions.length > 1 ? region : void 0,
      clients: clientsIn(region)
    }));
    await checkAccounts(settings, clientsIn(settings.region));
    const configs = await functionConfigs(settings.configuration, settings.functions);
    const layers = await planLayers(
      listed.map(({ region, clients }) => ({ region, lambda: clients.lambda, ssm: clients.ssm })),
      settings
    );
    const withLayers2 = listed.map((region, index) => ({ ...region, layers: layers[index] ?? [] }));
    const functions = await planFunctions(settings, withLayers2, configs);
    const regions = withLayers2.map((region, index) => {
      const planned = functions[index] ?? [];
      return { ...region, functions: planned, changed: planned.filter((fn) => !fn.unchanged) };
    });
    for (const region of regions) logPlan(region, settings);
    const findings = settings.verify === "off" ? [] : await verifyContent(settings, regions);
    const changed = regions.some((region) => region.changed.length > 0);
    const alarms = changed ? await locateAlarms(
      regions.map(({ region, clients }) => ({ region, cloudwatch: clients.cloudwatch })),
      settings.alarms
    ) : [];
    return { regions, alarms, ignoredAlarms: await alarmsAtStart(settings, alarms), findings };
  });
}
async function alarmsAtStart(settings, sources) {
  if (settings.alarms.length === 0 || sources.length === 0) return /* @__PURE__ */ new Set();
  const states = await readSources(sources);
  info(`Alarms: ${describeStates(states)}`);
  const alarm = firing(states, /* @__PURE__ */ new Set());
  if (!alarm) return /* @__PURE__ */ new Set();
  const inAlarm = states.filter((state) => state.state === "ALARM").map((state) => state.name);
  if (settings.firingAlarms === "ignore") {
    warning(
      `${inAlarm.join(", ")} in ALARM as the deploy starts: not acted on until back to OK, then an ALARM rolls back (firing-alarms: ignore)`
    );
    return new Set(inAlarm);
  }
  if (settings.dryRun) {
    warning(`dry-run: ${inAlarm.join(", ")} in ALARM: a deploy would stop here (or set firing-alarms: ignore)`);
    return /* @__PURE__ */ new Set();
  }
  throw new Error(
    `${new AlarmError(alarm).message}
Nothing was deployed.
To deploy a fix while it fires, set firing-alarms: ignore.`
  );
}

// src/modes/deploy.ts
function inRegionOf(byRegion, region) {
  return byRegion.get(region) ?? /* @__PURE__ */ new Map();
}
async function publish(settings, regions, record) {
  const shipments = /* @__PURE__ */ new Map();
  const missing = regions.flatMap(
    (region) => region.layers.flatMap(({ key, build, version }) => {
      if (!build || version) return [];
      const ship = shipments.get(build) ?? zipShipment(build);
      shipments.set(build, ship);
      return [{ region, key, build, ship }];
    })
  );
  if (missing.length === 0) return /* @__PURE__ */ new Map();
  const across = regions.length > 1 ? ` in ${new Set(missing.map(({ region }) => region.region)).size} region(s)` : "";
  return group(`Publish ${shipments.size} layer(s)${across}`, async () => {
    const results = await mapSettled(
      missing,
      settings.maxParallel,
      ({ region, key, build, ship }) => naming(region.tag, async () => {
        const { clients } = region;
        const uploads = recordList(record, record.uploads, region.tag);
        const location = s3LocationIn(settings.s3Location, region.region);
        const published2 = await publishLayer(clients.lambda, clients.s3, location, build, uploads, ship);
        info(`Published ${published2.version.arn}`);
        return { region: region.region, key, published: published2 };
      })
    );
    const byRegion = /* @__PURE__ */ new Map();
    for (const { region, key, published: published2 } of allOrThrow(results, "Publishing the layers")) {
      byRegion.set(region, inRegionOf(byRegion, region).set(key, published2));
    }
    return byRegion;
  });
}
function attachedVersions(layers, published2) {
  return new Map(
    layers.flatMap((layer) => {
      const version = layer.version ?? published2.get(layer.key)?.version;
      return version ? [[layer.key, version]] : [];
    })
  );
}
function arnOf(versions, key) {
  const version = versions.get(key);
  if (!version) throw new Error(`layer ${key} has no version to attach: it was neither found nor published`);
  return version.arn;
}
async function grantLayers(settings, regions, versions) {
  const built = regions.flatMap((region) => region.layers.filter((layer) => layer.build).map((layer) => ({ region, layer })));
  if (settings.layerPermissions.length === 0 || built.length === 0) return [];
  return group(`Grant lambda:GetLayerVersion on ${built.length} layer version(s)`, async () => {
    const results = await mapSettled(
      built,
      settings.maxParallel,
      ({ region, layer }) => naming(region.tag, async () => {
        const version = inRegionOf(versions, region.region).get(layer.key);
        const outcomes = await grantLayerVersion(
          region.clients.lambda,
          layer.key,
          version,
          settings.layerPermissions,
          settings.dryRun
        );
        for (const { grant, outcome } of outcomes) {
          info(`${version?.arn ?? placed(`${layer.key} (to publish)`, region.tag)}: ${grant} ${outcome}`);
        }
        return outcomes;
      })
    );
    try {
      return allOrThrow(results, "Granting layer-permissions").flat();
    } catch (error2) {
      throw new Error(`${errorMessage(error2)}
No alias was moved.`);
    }
  });
}
async function deployFunctions(settings, regions, versions, record) {
  const changed = regions.flatMap((region) => {
    const ctx = deployContext(settings, region.clients, region.region);
    const latest = recordList(record, record.latest, region.tag);
    const attached = inRegionOf(versions, region.region);
    return region.changed.map((plan2) => ({ tag: region.tag, ctx, latest, attached, plan: plan2 }));
  });
  if (changed.length === 0) return /* @__PURE__ */ new Map();
  return group(`Deploy ${changed.length} function(s), ${settings.maxParallel} at a time`, async () => {
    const results = await mapSettled(
      changed,
      settings.maxParallel,
      ({ tag, ctx, latest, attached, plan: plan2 }) => naming(tag, async () => {
        const arns = plan2.attach.map((key) => arnOf(attached, key));
        const done = await deployFunction(ctx, plan2, arns, `Deployed ${settings.origin}`, latest);
        info(`${placed(plan2.fn.name, tag)}: version ${done.version} published (${done.seconds.toFixed(1)} s)`);
        recordPublished(record, plan2.fn.id, done.version, tag);
        return [plan2, done];
      })
    );
    try {
      return new Map(allOrThrow(results, "Deploying"));
    } catch (error2) {
      throw new Error(`${errorMessage(error2)}
No alias was moved.`);
    }
  });
}
async function moveAliases(settings, clientsIn, record, { alarms, ignoredAlarms }) {
  if (record.aliases.length === 0) return;
  const shape = settings.traffic.stages.length > 0 ? settings.traffic.name : "all at once";
  const across = settings.regions.length > 1 ? ` in ${settings.regions.length} regions` : "";
  const title = `Move alias ${settings.alias} of ${record.aliases.length} function(s)${across}, all or nothing, ${shape}`;
  await group(title, async () => {
    await release({
      lambda: (region) => clientsIn(region ?? settings.region).lambda,
      cloudwatch: clientsIn(settings.region).cloudwatch,
      alarmSources: alarms,
      settings,
      record,
      save: () => saveRecord(record),
      origin: settings.origin,
      // The release's own copy: an alarm that returns to OK counts again from then on.
      ignoredAlarms: new Set(ignoredAlarms),
      report: { smokeTest: reportSmokeTest, traffic: reportTraffic }
    });
    for (const entry of record.aliases) {
      info(`${placed(`${entry.id}:${settings.alias}`, entry.region)} -> ${entry.published ?? "?"}`);
    }
  });
}
async function writeLayerParameters(regions, versions, record) {
  for (const { region, tag, clients, layers } of regions) {
    const written = recordList(record, record.parameters, tag);
    for (const { key, parameter } of layers) {
      if (!parameter) continue;
      const arn = arnOf(inRegionOf(versions, region), key);
      const { outcome, written: change } = await naming(tag, () => writeParameter(clients.ssm, parameter, arn));
      if (change) written.add(change);
      info(`SSM parameter ${placed(parameter, tag)}: ${outcome}`);
      reportParameter(placed(parameter, tag), outcome, arn);
    }
  }
}
function regionReports(regions, published2, versions) {
  return regions.map(({ region, layers, functions }) => ({
    region,
    layers,
    functions,
    // undefined in a dry run, which publishes nothing.
    published: published2 && inRegionOf(published2, region),
    versions: inRegionOf(versions, region)
  }));
}
function attachedEverywhere(regions, published2) {
  return new Map(regions.map(({ region, layers }) => [region, attachedVersions(layers, inRegionOf(published2, region))]));
}
function allPublished(published2) {
  return new Map(
    [...published2].flatMap(([region, layers]) => [...layers].map(([key, layer]) => [`${region} ${key}`, layer]))
  );
}
async function dryRun(settings, planned) {
  notice("dry-run: nothing was written to AWS; the plan is in the log and the job summary.");
  const versions = attachedEverywhere(planned.regions, /* @__PURE__ */ new Map());
  const reports = regionReports(planned.regions, void 0, versions);
  reportLayers(reports);
  reportGrants(await grantLayers(settings, planned.regions, versions));
  reportDeploy(reports, /* @__PURE__ */ new Map(), settings.alias, true);
  reportChecksums(/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map());
  return { kind: "dry-run" };
}
async function deploy(settings, clientsIn) {
  let planned;
  const shown = (deployPlan) => ({
    layers: deployPlan.regions[0]?.layers ?? [],
    functions: deployPlan.regions.flatMap((region) => region.functions),
    findings: deployPlan.findings
  });
  try {
    planned = await plan(settings, clientsIn);
    const outcome = settings.dryRun ? await dryRun(settings, planned) : await deployPlanned(settings, clientsIn, planned);
    await reportPullRequest(settings.pullRequest, settings, shown(planned), outcome);
  } catch (error2) {
    const findings = error2 instanceof FindingsError ? error2.findings : [];
    const failed = planned ? shown(planned) : { layers: [], functions: [], findings };
    await reportPullRequest(settings.pullRequest, settings, failed, { kind: "failed", rolledBack: rolledBackBy(error2) });
    throw error2;
  }
}
async function deployPlanned(settings, clientsIn, planned) {
  const { regions } = planned;
  const record = {
    region: settings.region,
    rollbackOnFailure: settings.rollbackOnFailure,
    maxParallel: settings.maxParallel,
    waitTimeoutSeconds: settings.waitTimeoutSeconds,
    aliases: regions.flatMap(
      ({ tag, changed }) => changed.map((plan2) => aliasRecord(plan2.fn.id, settings.alias, plan2.alias, tag))
    ),
    parameters: [],
    uploads: [],
    latest: []
  };
  saveRecord(record);
  const published2 = await publish(settings, regions, record);
  const versions = attachedEverywhere(regions, published2);
  const reports = regionReports(regions, published2, versions);
  reportLayers(reports);
  reportGrants(await grantLayers(settings, regions, versions));
  const deployed = await deployFunctions(settings, regions, versions, record);
  reportChecksums(allPublished(published2), deployed);
  await moveAliases(settings, clientsIn, record, planned);
  reportDeploy(reports, deployed, settings.alias, false);
  await writeLayerParameters(regions, versions, record);
  return { kind: "deployed", published: inRegionOf(published2, settings.region), deployed };
}

// src/modes/rollback.ts
async function whyMissing(lambda, id, version) {
  const versions = await awsCall(
    "ListVersionsByFunction",
    id,
    () => listAll(paginateListVersionsByFunction({ client: lambda, ...PAGE }, { FunctionName: id }), (page) => page.Versions)
  );
  const newest = Math.max(0, ...versions.map((listed) => Number(listed.Version)).filter(Number.isInteger));
  if (newest === 0) return "it has no published version";
  return version > newest ? `its newest published version is ${newest}` : `it was deleted (the newest is ${newest})`;
}
async function planAlias(lambda, settings, id, tag) {
  const alias = await readAlias(lambda, id, settings.alias);
  if (!alias) throw new InputError(Input.Functions, `"${id}" has no alias "${settings.alias}" to roll back`);
  const back = settings.toVersion ?? recordedPrevious(alias.description);
  if (back === void 0) {
    throw new InputError(
      Input.ToVersion,
      `"${id}:${settings.alias}" carries no record of its previous version (no "previous=N" in its description): set to-version`
    );
  }
  const found = await awsCall(
    "GetFunctionConfiguration",
    `${id}:${back}`,
    () => unlessMissing(
      lambda.send(new GetFunctionConfigurationCommand({ FunctionName: id, Qualifier: back })),
      "ResourceNotFoundException"
    )
  );
  if (!found) {
    const given = settings.toVersion === void 0 ? `recorded in the alias as previous=${back}` : "given as to-version";
    throw new InputError(
      settings.toVersion === void 0 ? Input.Functions : Input.ToVersion,
      `"${id}" has no version ${back} (${given}): ${await whyMissing(lambda, id, Number(back))}; set to-version to a version that exists`
    );
  }
  return { ...aliasRecord(id, settings.alias, alias, tag), published: back };
}
var describe = (previous, by) => `rolled back from ${previous} ${by}`.slice(0, DESCRIPTION_LIMIT);
async function rollbackMode(settings, clientsIn) {
  const tagOf = (region) => settings.regions.length > 1 ? region : void 0;
  const aliases = settings.regions.flatMap((region) => functionsIn(settings.functions, region).map((fn) => ({ region, fn })));
  const records = await group("Read the aliases", async () => {
    const planned = allOrThrow(
      await mapSettled(
        aliases,
        settings.maxParallel,
        ({ region, fn }) => naming(tagOf(region), () => planAlias(clientsIn(region).lambda, settings, fn.id, tagOf(region)))
      ),
      "Planning the rollback"
    );
    for (const record of planned) {
      info(`${placed(`${record.id}:${record.alias}`, record.region)}: ${record.previous} -> ${record.published}`);
    }
    return planned;
  });
  const moving = records.filter(
    (record) => record.previous !== record.published || Object.keys(record.previousWeights).length > 0
  );
  const lambda = (region) => clientsIn(region ?? settings.region).lambda;
  if (settings.dryRun) {
    notice("dry-run: no alias was moved.");
  } else if (moving.length > 0) {
    await group(`Roll back ${moving.length} alias(es), all or nothing`, async () => {
      try {
        await shiftAliases(lambda, moving, 1, settings.origin, settings.maxParallel, { describe });
      } catch (error2) {
        throw new Error((await failAndRollBack(lambda, moving, settings.maxParallel, errorMessage(error2))).message);
      }
    });
  }
  reportFunctions(
    settings.regions.map((region) => ({
      region,
      rows: records.filter((record) => record.region === tagOf(region)).map((record) => ({
        id: record.id,
        alias: record.alias,
        previous: record.previous,
        version: record.published,
        layers: "-",
        code: "unchanged",
        outcome: !moving.includes(record) ? "already there" : settings.dryRun ? "would roll back" : "rolled back",
        seconds: void 0
      }))
    })),
    `Rollback of alias ${settings.alias}${settings.dryRun ? " (dry run)" : ""}`
  );
  return !settings.dryRun && moving.length > 0;
}

// src/main.ts
async function run() {
  let rolledBack = false;
  try {
    const settings = getSettings();
    debug(`Settings: ${JSON.stringify(settings)}`);
    const clientsIn = regionalClients();
    if (settings.mode === "cleanup") await cleanup(settings, clientsIn);
    else if (settings.mode === "rollback") rolledBack = await rollbackMode(settings, clientsIn);
    else await deploy(settings, clientsIn);
  } catch (error2) {
    rolledBack = rolledBackBy(error2);
    reportFailure(error2);
  } finally {
    reportRolledBack(rolledBack);
    await writeSummary();
  }
}

// src/index-main.ts
await run();
