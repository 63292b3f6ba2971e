import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-QKW4HB6J.js";
import {
  eventStreamSerdeProvider2 as eventStreamSerdeProvider,
  resolveEventStreamSerdeConfig
} from "./chunk-E64AM5QI.js";
import {
  AwsRestJsonProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-PZGV5MML.js";
import {
  Sha256Node
} from "./chunk-X3FA5H7Y.js";
import {
  NodeHttpHandler
} from "./chunk-DYR74Z74.js";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  WaiterState,
  awsEndpointFunctions,
  checkExceptions,
  createDefaultUserAgentProvider,
  createWaiter,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-MZYSPR2S.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunk-5SAH4FJ2.js";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-OJSNEOHD.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command2, properties, message) {
  const cmd = new Command(command2, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command2, properties, message) {
    if (!command2) {
      command2 = "missing.command";
    }
    this.command = command2;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command2, message) {
  const filePath = process.env[`GITHUB_${command2}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command2}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e2) {
        reject(e2);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e2) {
        reject(e2);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header: header2, data, colspan, rowspan } = cell;
        const tag = header2 ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e2) {
        reject(e2);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e2) {
        reject(e2);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

// src/common/errors.ts
var InputError = class extends Error {
  constructor(input, message) {
    super(`${input}: ${message}`);
    this.name = "InputError";
  }
};
function errorMessage(error2) {
  if (error2 instanceof Error) return error2.message || error2.name;
  return String(error2);
}

// src/common/parallel.ts
async function mapSettled(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { status: "fulfilled", value: await fn(items[index]) };
      } catch (reason) {
        results[index] = { status: "rejected", reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
function allOrThrow(results, what) {
  const failures = results.flatMap((result) => result.status === "rejected" ? [result.reason] : []);
  if (failures.length > 0) {
    throw new Error(`${what} failed for ${failures.length} of ${results.length}:
${failures.map(errorMessage).join("\n")}`);
  }
  return results.map((result) => result.value);
}
function slots(count) {
  const waiting = [];
  let free = count;
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return async () => {
    if (free > 0) free--;
    else await new Promise((resolve) => waiting.push(resolve));
    return release;
  };
}

// node_modules/@aws-sdk/client-lambda/dist-es/auth/httpAuthSchemeProvider.js
var defaultLambdaHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "lambda",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultLambdaHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-lambda/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "lambda"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-lambda/package.json
var package_default = {
  name: "@aws-sdk/client-lambda",
  version: "3.1164.0",
  description: "AWS SDK for JavaScript Lambda Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-lambda",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-lambda"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.980.1",
    "@aws-sdk/credential-provider-node": "^3.972.94",
    "@aws-sdk/types": "^3.975.0",
    "@smithy/core": "^3.38.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.14.0",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-lambda/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://lambda-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://lambda-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://lambda.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://lambda.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  12,
  3,
  1,
  4,
  r + 11,
  2,
  5,
  r + 11,
  3,
  8,
  6,
  4,
  7,
  r + 10,
  5,
  r + 8,
  r + 9,
  4,
  10,
  9,
  6,
  r + 6,
  r + 7,
  5,
  11,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  13,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-lambda/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-lambda/dist-es/models/LambdaServiceException.js
var LambdaServiceException = class _LambdaServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.lambda#LambdaServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _LambdaServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-lambda/dist-es/models/errors.js
var InvalidParameterValueException = class _InvalidParameterValueException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidParameterValueException";
  name = "InvalidParameterValueException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
    this.Type = opts.Type;
  }
};
var PolicyLengthExceededException = class _PolicyLengthExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#PolicyLengthExceededException";
  name = "PolicyLengthExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "PolicyLengthExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyLengthExceededException.prototype);
    this.Type = opts.Type;
  }
};
var PreconditionFailedException = class _PreconditionFailedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#PreconditionFailedException";
  name = "PreconditionFailedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "PreconditionFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PreconditionFailedException.prototype);
    this.Type = opts.Type;
  }
};
var ResourceConflictException = class _ResourceConflictException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceConflictException";
  name = "ResourceConflictException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "ResourceConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceConflictException.prototype);
    this.Type = opts.Type;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ServiceException2 = class _ServiceException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ServiceException";
  name = "ServiceException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ServiceException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#TooManyRequestsException";
  name = "TooManyRequestsException";
  $fault = "client";
  retryAfterSeconds;
  Type;
  Reason;
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
    this.Type = opts.Type;
    this.Reason = opts.Reason;
  }
};
var PublicPolicyException = class _PublicPolicyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#PublicPolicyException";
  name = "PublicPolicyException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "PublicPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PublicPolicyException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var AliasLimitExceededException = class _AliasLimitExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#AliasLimitExceededException";
  name = "AliasLimitExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "AliasLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AliasLimitExceededException.prototype);
    this.Type = opts.Type;
  }
};
var CapacityProviderLimitExceededException = class _CapacityProviderLimitExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CapacityProviderLimitExceededException";
  name = "CapacityProviderLimitExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CapacityProviderLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CapacityProviderLimitExceededException.prototype);
    this.Type = opts.Type;
  }
};
var KMSAccessDeniedException = class _KMSAccessDeniedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSAccessDeniedException";
  name = "KMSAccessDeniedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSAccessDeniedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSAccessDeniedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var KMSDisabledException = class _KMSDisabledException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSDisabledException";
  name = "KMSDisabledException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSDisabledException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSDisabledException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var KMSInvalidStateException = class _KMSInvalidStateException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSInvalidStateException";
  name = "KMSInvalidStateException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSInvalidStateException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSInvalidStateException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var KMSNotFoundException = class _KMSNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSNotFoundException";
  name = "KMSNotFoundException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSNotFoundException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSNotFoundException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ResourceInUseException = class _ResourceInUseException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceInUseException";
  name = "ResourceInUseException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var CodeSigningConfigNotFoundException = class _CodeSigningConfigNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeSigningConfigNotFoundException";
  name = "CodeSigningConfigNotFoundException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "CodeSigningConfigNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeSigningConfigNotFoundException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var CodeStorageExceededException = class _CodeStorageExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeStorageExceededException";
  name = "CodeStorageExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeStorageExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeStorageExceededException.prototype);
    this.Type = opts.Type;
  }
};
var CodeVerificationFailedException = class _CodeVerificationFailedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeVerificationFailedException";
  name = "CodeVerificationFailedException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "CodeVerificationFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeVerificationFailedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var FunctionVersionsPerCapacityProviderLimitExceededException = class _FunctionVersionsPerCapacityProviderLimitExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#FunctionVersionsPerCapacityProviderLimitExceededException";
  name = "FunctionVersionsPerCapacityProviderLimitExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "FunctionVersionsPerCapacityProviderLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FunctionVersionsPerCapacityProviderLimitExceededException.prototype);
    this.Type = opts.Type;
  }
};
var InvalidCodeSignatureException = class _InvalidCodeSignatureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidCodeSignatureException";
  name = "InvalidCodeSignatureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidCodeSignatureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCodeSignatureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var CodeArtifactUserDeletedException = class _CodeArtifactUserDeletedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeArtifactUserDeletedException";
  name = "CodeArtifactUserDeletedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeArtifactUserDeletedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeArtifactUserDeletedException.prototype);
    this.Type = opts.Type;
  }
};
var CodeArtifactUserFailedException = class _CodeArtifactUserFailedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeArtifactUserFailedException";
  name = "CodeArtifactUserFailedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeArtifactUserFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeArtifactUserFailedException.prototype);
    this.Type = opts.Type;
  }
};
var CodeArtifactUserPendingException = class _CodeArtifactUserPendingException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeArtifactUserPendingException";
  name = "CodeArtifactUserPendingException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeArtifactUserPendingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeArtifactUserPendingException.prototype);
    this.Type = opts.Type;
  }
};
var DurableExecutionAlreadyStartedException = class _DurableExecutionAlreadyStartedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#DurableExecutionAlreadyStartedException";
  name = "DurableExecutionAlreadyStartedException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "DurableExecutionAlreadyStartedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DurableExecutionAlreadyStartedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EC2AccessDeniedException = class _EC2AccessDeniedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EC2AccessDeniedException";
  name = "EC2AccessDeniedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EC2AccessDeniedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _EC2AccessDeniedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EC2ThrottledException = class _EC2ThrottledException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EC2ThrottledException";
  name = "EC2ThrottledException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EC2ThrottledException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _EC2ThrottledException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EC2UnexpectedException = class _EC2UnexpectedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EC2UnexpectedException";
  name = "EC2UnexpectedException";
  $fault = "server";
  Type;
  Message;
  EC2ErrorCode;
  constructor(opts) {
    super({
      name: "EC2UnexpectedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _EC2UnexpectedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
    this.EC2ErrorCode = opts.EC2ErrorCode;
  }
};
var EFSIOException = class _EFSIOException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSIOException";
  name = "EFSIOException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSIOException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSIOException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EFSMountConnectivityException = class _EFSMountConnectivityException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSMountConnectivityException";
  name = "EFSMountConnectivityException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSMountConnectivityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSMountConnectivityException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EFSMountFailureException = class _EFSMountFailureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSMountFailureException";
  name = "EFSMountFailureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSMountFailureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSMountFailureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EFSMountTimeoutException = class _EFSMountTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSMountTimeoutException";
  name = "EFSMountTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSMountTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSMountTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ENILimitReachedException = class _ENILimitReachedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ENILimitReachedException";
  name = "ENILimitReachedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ENILimitReachedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ENILimitReachedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ENINotReadyException = class _ENINotReadyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ENINotReadyException";
  name = "ENINotReadyException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ENINotReadyException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ENINotReadyException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidRequestContentException = class _InvalidRequestContentException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidRequestContentException";
  name = "InvalidRequestContentException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "InvalidRequestContentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRequestContentException.prototype);
    this.Type = opts.Type;
  }
};
var InvalidRuntimeException = class _InvalidRuntimeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidRuntimeException";
  name = "InvalidRuntimeException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidRuntimeException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRuntimeException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidSecurityGroupIDException = class _InvalidSecurityGroupIDException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidSecurityGroupIDException";
  name = "InvalidSecurityGroupIDException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidSecurityGroupIDException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSecurityGroupIDException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidSubnetIDException = class _InvalidSubnetIDException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidSubnetIDException";
  name = "InvalidSubnetIDException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidSubnetIDException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSubnetIDException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidZipFileException = class _InvalidZipFileException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidZipFileException";
  name = "InvalidZipFileException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidZipFileException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidZipFileException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ModeNotSupportedException = class _ModeNotSupportedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ModeNotSupportedException";
  name = "ModeNotSupportedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "ModeNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ModeNotSupportedException.prototype);
    this.Type = opts.Type;
  }
};
var NoPublishedVersionException = class _NoPublishedVersionException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#NoPublishedVersionException";
  name = "NoPublishedVersionException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "NoPublishedVersionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoPublishedVersionException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var RecursiveInvocationException = class _RecursiveInvocationException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#RecursiveInvocationException";
  name = "RecursiveInvocationException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "RecursiveInvocationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RecursiveInvocationException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var RequestTooLargeException = class _RequestTooLargeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#RequestTooLargeException";
  name = "RequestTooLargeException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "RequestTooLargeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RequestTooLargeException.prototype);
    this.Type = opts.Type;
  }
};
var ResourceNotReadyException = class _ResourceNotReadyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceNotReadyException";
  name = "ResourceNotReadyException";
  $fault = "server";
  Type;
  constructor(opts) {
    super({
      name: "ResourceNotReadyException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotReadyException.prototype);
    this.Type = opts.Type;
  }
};
var S3FilesMountConnectivityException = class _S3FilesMountConnectivityException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#S3FilesMountConnectivityException";
  name = "S3FilesMountConnectivityException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "S3FilesMountConnectivityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3FilesMountConnectivityException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var S3FilesMountFailureException = class _S3FilesMountFailureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#S3FilesMountFailureException";
  name = "S3FilesMountFailureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "S3FilesMountFailureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3FilesMountFailureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var S3FilesMountTimeoutException = class _S3FilesMountTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#S3FilesMountTimeoutException";
  name = "S3FilesMountTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "S3FilesMountTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3FilesMountTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SerializedRequestEntityTooLargeException = class _SerializedRequestEntityTooLargeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SerializedRequestEntityTooLargeException";
  name = "SerializedRequestEntityTooLargeException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "SerializedRequestEntityTooLargeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SerializedRequestEntityTooLargeException.prototype);
    this.Type = opts.Type;
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ServiceQuotaExceededException";
  name = "ServiceQuotaExceededException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartException = class _SnapStartException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartException";
  name = "SnapStartException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartNotReadyException = class _SnapStartNotReadyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartNotReadyException";
  name = "SnapStartNotReadyException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartNotReadyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartNotReadyException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartRegenerationFailureException = class _SnapStartRegenerationFailureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartRegenerationFailureException";
  name = "SnapStartRegenerationFailureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartRegenerationFailureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartRegenerationFailureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartTimeoutException = class _SnapStartTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartTimeoutException";
  name = "SnapStartTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SubnetIPAddressLimitReachedException = class _SubnetIPAddressLimitReachedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SubnetIPAddressLimitReachedException";
  name = "SubnetIPAddressLimitReachedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SubnetIPAddressLimitReachedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _SubnetIPAddressLimitReachedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var UnsupportedMediaTypeException = class _UnsupportedMediaTypeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#UnsupportedMediaTypeException";
  name = "UnsupportedMediaTypeException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "UnsupportedMediaTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedMediaTypeException.prototype);
    this.Type = opts.Type;
  }
};
var ProvisionedConcurrencyConfigNotFoundException = class _ProvisionedConcurrencyConfigNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ProvisionedConcurrencyConfigNotFoundException";
  name = "ProvisionedConcurrencyConfigNotFoundException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "ProvisionedConcurrencyConfigNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ProvisionedConcurrencyConfigNotFoundException.prototype);
    this.Type = opts.Type;
  }
};
var CallbackTimeoutException = class _CallbackTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CallbackTimeoutException";
  name = "CallbackTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "CallbackTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CallbackTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-lambda/dist-es/schemas/schemas_0.js
var _A = "Action";
var _AA = "AliasArn";
var _AC = "AliasConfiguration";
var _ACc = "AccessConfigs";
var _ACl = "AllowCredentials";
var _AFSC = "AppliedFunctionScalingConfig";
var _AH = "AllowHeaders";
var _AIT = "AllowedInstanceTypes";
var _AL = "AccountLimit";
var _ALEE = "AliasLimitExceededException";
var _ALL = "ApplicationLogLevel";
var _ALVP = "AddLayerVersionPermission";
var _ALVPR = "AddLayerVersionPermissionRequest";
var _ALVPRd = "AddLayerVersionPermissionResponse";
var _ALl = "AliasList";
var _AM = "AllowMethods";
var _AMKESC = "AmazonManagedKafkaEventSourceConfig";
var _AO = "AllowOrigins";
var _AOp = "ApplyOn";
var _AP = "AllowedPublishers";
var _APCE = "AvailableProvisionedConcurrentExecutions";
var _APCEl = "AllocatedProvisionedConcurrentExecutions";
var _APR = "AddPermissionRequest";
var _APRd = "AddPermissionResponse";
var _APd = "AddPermission";
var _ARC = "AliasRoutingConfiguration";
var _AT = "AuthType";
var _AU = "AccountUsage";
var _AVW = "AdditionalVersionWeights";
var _Al = "Aliases";
var _Ar = "Architectures";
var _Arn = "Arn";
var _At = "Attribute";
var _Att = "Attempt";
var _B = "Blob";
var _BBOFE = "BisectBatchOnFunctionError";
var _BOP = "BinaryOperationPayload";
var _BS = "BlobStream";
var _BSa = "BatchSize";
var _C = "Concurrency";
var _CA = "CompatibleArchitectures";
var _CAR = "CreateAliasRequest";
var _CAUDE = "CodeArtifactUserDeletedException";
var _CAUFE = "CodeArtifactUserFailedException";
var _CAUPE = "CodeArtifactUserPendingException";
var _CAo = "CompatibleArchitecture";
var _CAr = "CreateAlias";
var _CAu = "CurrentAttempt";
var _CC = "ClientContext";
var _CCP = "CreateCapacityProvider";
var _CCPR = "CreateCapacityProviderRequest";
var _CCPRr = "CreateCapacityProviderResponse";
var _CCSC = "CreateCodeSigningConfig";
var _CCSCR = "CreateCodeSigningConfigRequest";
var _CCSCRr = "CreateCodeSigningConfigResponse";
var _CD = "CallbackDetails";
var _CDE = "CheckpointDurableExecution";
var _CDER = "CheckpointDurableExecutionRequest";
var _CDERh = "CheckpointDurableExecutionResponse";
var _CDo = "ContextDetails";
var _CDr = "CreatedDate";
var _CE = "ConcurrentExecutions";
var _CESM = "CreateEventSourceMapping";
var _CESMR = "CreateEventSourceMappingRequest";
var _CF = "CreateFunction";
var _CFD = "CallbackFailedDetails";
var _CFDo = "ContextFailedDetails";
var _CFR = "CreateFunctionRequest";
var _CFUC = "CreateFunctionUrlConfig";
var _CFUCR = "CreateFunctionUrlConfigRequest";
var _CFUCRr = "CreateFunctionUrlConfigResponse";
var _CGI = "ConsumerGroupId";
var _CI = "CallbackId";
var _CID = "ChainedInvokeDetails";
var _CIFD = "ChainedInvokeFailedDetails";
var _CIO = "ChainedInvokeOptions";
var _CISD = "ChainedInvokeStartedDetails";
var _CISDh = "ChainedInvokeStoppedDetails";
var _CISDha = "ChainedInvokeSucceededDetails";
var _CITOD = "ChainedInvokeTimedOutDetails";
var _CM = "ConsumptionMode";
var _CN = "CollectionName";
var _CO = "CallbackOptions";
var _COo = "ContextOptions";
var _CP = "CapacityProvider";
var _CPA = "CapacityProviderArn";
var _CPC = "CapacityProviderConfig";
var _CPL = "CapacityProvidersList";
var _CPLC = "CapacityProviderLoggingConfig";
var _CPLEE = "CapacityProviderLimitExceededException";
var _CPN = "CapacityProviderName";
var _CPORA = "CapacityProviderOperatorRoleArn";
var _CPPC = "CapacityProviderPermissionsConfig";
var _CPSC = "CapacityProviderScalingConfig";
var _CPSPL = "CapacityProviderScalingPoliciesList";
var _CPTC = "CapacityProviderTelemetryConfig";
var _CPVC = "CapacityProviderVpcConfig";
var _CPa = "CapacityProviders";
var _CR = "CompatibleRuntimes";
var _CRo = "CompatibleRuntime";
var _CS = "CodeSize";
var _CSC = "CodeSigningConfig";
var _CSCA = "CodeSigningConfigArn";
var _CSCI = "CodeSigningConfigId";
var _CSCL = "CodeSigningConfigList";
var _CSCNFE = "CodeSigningConfigNotFoundException";
var _CSCo = "CodeSigningConfigs";
var _CSD = "CallbackStartedDetails";
var _CSDa = "CallbackSucceededDetails";
var _CSDo = "ContextStartedDetails";
var _CSDon = "ContextSucceededDetails";
var _CSEE = "CodeStorageExceededException";
var _CSP = "CodeSigningPolicies";
var _CSU = "CodeSizeUnzipped";
var _CSZ = "CodeSizeZipped";
var _CSo = "CodeSha256";
var _CSon = "ConfigSha256";
var _CT = "CheckpointToken";
var _CTE = "CallbackTimeoutException";
var _CTOD = "CallbackTimedOutDetails";
var _CT_ = "Content-Type";
var _CTl = "ClientToken";
var _CTr = "CreationTime";
var _CUES = "CheckpointUpdatedExecutionState";
var _CVFE = "CodeVerificationFailedException";
var _Co = "Cors";
var _Cod = "Code";
var _Com = "Command";
var _Con = "Configuration";
var _Cont = "Content";
var _D = "Description";
var _DA = "DeleteAlias";
var _DAR = "DeleteAliasRequest";
var _DC = "DestinationConfig";
var _DCP = "DeleteCapacityProvider";
var _DCPR = "DeleteCapacityProviderRequest";
var _DCPRe = "DeleteCapacityProviderResponse";
var _DCSC = "DeleteCodeSigningConfig";
var _DCSCR = "DeleteCodeSigningConfigRequest";
var _DCSCRe = "DeleteCodeSigningConfigResponse";
var _DCu = "DurableConfig";
var _DDBESC = "DocumentDBEventSourceConfig";
var _DE = "DurableExecutions";
var _DEA = "DurableExecutionArn";
var _DEASE = "DurableExecutionAlreadyStartedException";
var _DEN = "DurableExecutionName";
var _DESM = "DeleteEventSourceMapping";
var _DESMR = "DeleteEventSourceMappingRequest";
var _DF = "DeleteFunction";
var _DFC = "DeleteFunctionConcurrency";
var _DFCR = "DeleteFunctionConcurrencyRequest";
var _DFCSC = "DeleteFunctionCodeSigningConfig";
var _DFCSCR = "DeleteFunctionCodeSigningConfigRequest";
var _DFEIC = "DeleteFunctionEventInvokeConfig";
var _DFEICR = "DeleteFunctionEventInvokeConfigRequest";
var _DFR = "DeleteFunctionRequest";
var _DFRe = "DeleteFunctionResponse";
var _DFUC = "DeleteFunctionUrlConfig";
var _DFUCR = "DeleteFunctionUrlConfigRequest";
var _DLC = "DeadLetterConfig";
var _DLV = "DeleteLayerVersion";
var _DLVR = "DeleteLayerVersionRequest";
var _DN = "DatabaseName";
var _DPCC = "DeleteProvisionedConcurrencyConfig";
var _DPCCR = "DeleteProvisionedConcurrencyConfigRequest";
var _DR = "DryRun";
var _DRP = "DeleteResourcePolicy";
var _DRPR = "DeleteResourcePolicyRequest";
var _DSR = "DirectS3Read";
var _De = "Destination";
var _Du = "Duration";
var _E = "Error";
var _EC = "ErrorCode";
var _ECADE = "EC2AccessDeniedException";
var _ECEC = "EC2ErrorCode";
var _ECTE = "EC2ThrottledException";
var _ECUE = "EC2UnexpectedException";
var _ED = "ErrorData";
var _EDI = "ExecutionDataIncluded";
var _EDr = "ErrorDetails";
var _EDx = "ExecutionDetails";
var _EE = "EnvironmentError";
var _EEMGBPVC = "ExecutionEnvironmentMemoryGiBPerVCpu";
var _EEv = "EventError";
var _EFD = "ExecutionFailedDetails";
var _EFSIOE = "EFSIOException";
var _EFSMCE = "EFSMountConnectivityException";
var _EFSMFE = "EFSMountFailureException";
var _EFSMTE = "EFSMountTimeoutException";
var _EH = "ExposeHeaders";
var _EI = "EventId";
var _EIT = "ExcludedInstanceTypes";
var _EIv = "EventInput";
var _EM = "ErrorMessage";
var _ENILRE = "ENILimitReachedException";
var _ENINRE = "ENINotReadyException";
var _EO = "ErrorObject";
var _EP = "EntryPoint";
var _ER = "EnvironmentResponse";
var _ERF = "EventRecordFormat";
var _ERv = "EventResult";
var _ES = "EphemeralStorage";
var _ESA = "EventSourceArn";
var _ESD = "ExecutionStartedDetails";
var _ESDx = "ExecutionSucceededDetails";
var _ESDxe = "ExecutionStoppedDetails";
var _ESM = "EventSourceMappings";
var _ESMA = "EventSourceMappingArn";
var _ESMC = "EventSourceMappingConfiguration";
var _ESML = "EventSourceMappingsList";
var _ESMLC = "EventSourceMappingLoggingConfig";
var _ESMMC = "EventSourceMappingMetricsConfig";
var _EST = "EventSourceToken";
var _ESv = "EventStream";
var _ET = "ErrorType";
var _ETOD = "ExecutionTimedOutDetails";
var _ETn = "EndTimestamp";
var _ETv = "EventType";
var _ETve = "EventTimestamp";
var _ETx = "ExecutionTimeout";
var _ETxp = "ExplicitTags";
var _EV = "ExecutedVersion";
var _EVN = "EnvironmentVariableName";
var _EVV = "EnvironmentVariableValue";
var _EVn = "EnvironmentVariables";
var _En = "Enabled";
var _End = "Endpoints";
var _Env = "Environment";
var _Ev = "Event";
var _Eve = "Events";
var _Ex = "Execution";
var _F = "Filter";
var _FA = "FunctionArn";
var _FAu = "FunctionArns";
var _FC = "FunctionCount";
var _FCE = "FilterCriteriaError";
var _FCL = "FunctionCodeLocation";
var _FCLE = "FunctionCodeLocationError";
var _FCi = "FilterCriteria";
var _FCu = "FunctionCode";
var _FCun = "FunctionConfiguration";
var _FD = "FullDocument";
var _FE = "FunctionError";
var _FEIC = "FunctionEventInvokeConfig";
var _FEICL = "FunctionEventInvokeConfigList";
var _FEICu = "FunctionEventInvokeConfigs";
var _FL = "FilterList";
var _FLu = "FunctionList";
var _FN = "FunctionName";
var _FRT = "FunctionResponseTypes";
var _FS = "FunctionState";
var _FSC = "FileSystemConfigs";
var _FSCL = "FileSystemConfigList";
var _FSCi = "FileSystemConfig";
var _FSCu = "FunctionScalingConfig";
var _FU = "FunctionUrl";
var _FUAT = "FunctionUrlAuthType";
var _FUC = "FunctionUrlConfig";
var _FUCL = "FunctionUrlConfigList";
var _FUCu = "FunctionUrlConfigs";
var _FV = "FunctionVersion";
var _FVBCPL = "FunctionVersionsByCapacityProviderList";
var _FVBCPLI = "FunctionVersionsByCapacityProviderListItem";
var _FVPCPLEE = "FunctionVersionsPerCapacityProviderLimitExceededException";
var _FVu = "FunctionVersions";
var _Fi = "Filters";
var _Fu = "Functions";
var _GA = "GetAlias";
var _GAR = "GetAliasRequest";
var _GAS = "GetAccountSettings";
var _GASR = "GetAccountSettingsRequest";
var _GASRe = "GetAccountSettingsResponse";
var _GCP = "GetCapacityProvider";
var _GCPR = "GetCapacityProviderRequest";
var _GCPRe = "GetCapacityProviderResponse";
var _GCSC = "GetCodeSigningConfig";
var _GCSCR = "GetCodeSigningConfigRequest";
var _GCSCRe = "GetCodeSigningConfigResponse";
var _GDE = "GetDurableExecution";
var _GDEH = "GetDurableExecutionHistory";
var _GDEHR = "GetDurableExecutionHistoryRequest";
var _GDEHRe = "GetDurableExecutionHistoryResponse";
var _GDER = "GetDurableExecutionRequest";
var _GDERe = "GetDurableExecutionResponse";
var _GDES = "GetDurableExecutionState";
var _GDESR = "GetDurableExecutionStateRequest";
var _GDESRe = "GetDurableExecutionStateResponse";
var _GESM = "GetEventSourceMapping";
var _GESMR = "GetEventSourceMappingRequest";
var _GF = "GetFunction";
var _GFC = "GetFunctionConcurrency";
var _GFCR = "GetFunctionConcurrencyRequest";
var _GFCRe = "GetFunctionConcurrencyResponse";
var _GFCRet = "GetFunctionConfigurationRequest";
var _GFCSC = "GetFunctionCodeSigningConfig";
var _GFCSCR = "GetFunctionCodeSigningConfigRequest";
var _GFCSCRe = "GetFunctionCodeSigningConfigResponse";
var _GFCe = "GetFunctionConfiguration";
var _GFEIC = "GetFunctionEventInvokeConfig";
var _GFEICR = "GetFunctionEventInvokeConfigRequest";
var _GFR = "GetFunctionRequest";
var _GFRC = "GetFunctionRecursionConfig";
var _GFRCR = "GetFunctionRecursionConfigRequest";
var _GFRCRe = "GetFunctionRecursionConfigResponse";
var _GFRe = "GetFunctionResponse";
var _GFSC = "GetFunctionScalingConfig";
var _GFSCR = "GetFunctionScalingConfigRequest";
var _GFSCRe = "GetFunctionScalingConfigResponse";
var _GFUC = "GetFunctionUrlConfig";
var _GFUCR = "GetFunctionUrlConfigRequest";
var _GFUCRe = "GetFunctionUrlConfigResponse";
var _GLV = "GetLayerVersion";
var _GLVBA = "GetLayerVersionByArn";
var _GLVBAR = "GetLayerVersionByArnRequest";
var _GLVP = "GetLayerVersionPolicy";
var _GLVPR = "GetLayerVersionPolicyRequest";
var _GLVPRe = "GetLayerVersionPolicyResponse";
var _GLVR = "GetLayerVersionRequest";
var _GLVRe = "GetLayerVersionResponse";
var _GP = "GetPolicy";
var _GPCC = "GetProvisionedConcurrencyConfig";
var _GPCCR = "GetProvisionedConcurrencyConfigRequest";
var _GPCCRe = "GetProvisionedConcurrencyConfigResponse";
var _GPR = "GetPolicyRequest";
var _GPRe = "GetPolicyResponse";
var _GRMC = "GetRuntimeManagementConfig";
var _GRMCR = "GetRuntimeManagementConfigRequest";
var _GRMCRe = "GetRuntimeManagementConfigResponse";
var _GRP = "GetResourcePolicy";
var _GRPR = "GetResourcePolicyRequest";
var _GRPRe = "GetResourcePolicyResponse";
var _H = "Handler";
var _HT = "HeartbeatTimeout";
var _HTS = "HeartbeatTimeoutSeconds";
var _I = "Input";
var _IA = "InvokeArgs";
var _IAFDS = "Ipv6AllowedForDualStack";
var _IAR = "InvokeAsyncRequest";
var _IARn = "InvokeAsyncResponse";
var _IAn = "InvokeAsync";
var _IC = "ImageConfig";
var _ICD = "InvocationCompletedDetails";
var _ICE = "ImageConfigError";
var _ICR = "ImageConfigResponse";
var _ICSE = "InvalidCodeSignatureException";
var _ICn = "InvokeComplete";
var _IED = "IncludeExecutionData";
var _IM = "InvokeMode";
var _IP = "InputPayload";
var _IPVE = "InvalidParameterValueException";
var _IR = "InstanceRequirements";
var _IRCE = "InvalidRequestContentException";
var _IRE = "InvalidRuntimeException";
var _IRSU = "InvokeResponseStreamUpdate";
var _IRn = "InvocationRequest";
var _IRnv = "InvocationResponse";
var _ISGIDE = "InvalidSecurityGroupIDException";
var _ISIDE = "InvalidSubnetIDException";
var _IT = "InvocationType";
var _IU = "ImageUri";
var _IVFU = "InvokedViaFunctionUrl";
var _IWRS = "InvokeWithResponseStream";
var _IWRSCE = "InvokeWithResponseStreamCompleteEvent";
var _IWRSR = "InvokeWithResponseStreamRequest";
var _IWRSRE = "InvokeWithResponseStreamResponseEvent";
var _IWRSRn = "InvokeWithResponseStreamResponse";
var _IZFE = "InvalidZipFileException";
var _Id = "Id";
var _In = "Invoke";
var _K = "Key";
var _KKA = "KmsKeyArn";
var _KMSADE = "KMSAccessDeniedException";
var _KMSDE = "KMSDisabledException";
var _KMSISE = "KMSInvalidStateException";
var _KMSKA = "KMSKeyArn";
var _KMSNFE = "KMSNotFoundException";
var _KSRAC = "KafkaSchemaRegistryAccessConfig";
var _KSRACL = "KafkaSchemaRegistryAccessConfigList";
var _KSRC = "KafkaSchemaRegistryConfig";
var _KSVC = "KafkaSchemaValidationConfig";
var _KSVCL = "KafkaSchemaValidationConfigList";
var _L = "Layers";
var _LA = "LayerArn";
var _LAR = "ListAliasesRequest";
var _LARi = "ListAliasesResponse";
var _LAi = "ListAliases";
var _LC = "LoggingConfig";
var _LCP = "ListCapacityProviders";
var _LCPR = "ListCapacityProvidersRequest";
var _LCPRi = "ListCapacityProvidersResponse";
var _LCSC = "ListCodeSigningConfigs";
var _LCSCR = "ListCodeSigningConfigsRequest";
var _LCSCRi = "ListCodeSigningConfigsResponse";
var _LDEBF = "ListDurableExecutionsByFunction";
var _LDEBFR = "ListDurableExecutionsByFunctionRequest";
var _LDEBFRi = "ListDurableExecutionsByFunctionResponse";
var _LESM = "ListEventSourceMappings";
var _LESMR = "ListEventSourceMappingsRequest";
var _LESMRi = "ListEventSourceMappingsResponse";
var _LF = "LogFormat";
var _LFBCSC = "ListFunctionsByCodeSigningConfig";
var _LFBCSCR = "ListFunctionsByCodeSigningConfigRequest";
var _LFBCSCRi = "ListFunctionsByCodeSigningConfigResponse";
var _LFEIC = "ListFunctionEventInvokeConfigs";
var _LFEICR = "ListFunctionEventInvokeConfigsRequest";
var _LFEICRi = "ListFunctionEventInvokeConfigsResponse";
var _LFR = "ListFunctionsRequest";
var _LFRi = "ListFunctionsResponse";
var _LFUC = "ListFunctionUrlConfigs";
var _LFUCR = "ListFunctionUrlConfigsRequest";
var _LFUCRi = "ListFunctionUrlConfigsResponse";
var _LFVBCP = "ListFunctionVersionsByCapacityProvider";
var _LFVBCPR = "ListFunctionVersionsByCapacityProviderRequest";
var _LFVBCPRi = "ListFunctionVersionsByCapacityProviderResponse";
var _LFi = "ListFunctions";
var _LG = "LogGroup";
var _LI = "LicenseInfo";
var _LL = "LayersList";
var _LLI = "LayersListItem";
var _LLR = "ListLayersRequest";
var _LLRi = "ListLayersResponse";
var _LLV = "ListLayerVersions";
var _LLVR = "ListLayerVersionsRequest";
var _LLVRi = "ListLayerVersionsResponse";
var _LLi = "ListLayers";
var _LM = "LastModified";
var _LMICPC = "LambdaManagedInstancesCapacityProviderConfig";
var _LMP = "LocalMountPath";
var _LMT = "LastModifiedTime";
var _LMV = "LatestMatchingVersion";
var _LN = "LayerName";
var _LPCC = "ListProvisionedConcurrencyConfigs";
var _LPCCR = "ListProvisionedConcurrencyConfigsRequest";
var _LPCCRi = "ListProvisionedConcurrencyConfigsResponse";
var _LPR = "LastProcessingResult";
var _LR = "LogResult";
var _LRL = "LayersReferenceList";
var _LT = "LogType";
var _LTR = "ListTagsRequest";
var _LTRi = "ListTagsResponse";
var _LTi = "ListTags";
var _LUS = "LastUpdateStatus";
var _LUSR = "LastUpdateStatusReason";
var _LUSRC = "LastUpdateStatusReasonCode";
var _LV = "LayerVersions";
var _LVA = "LayerVersionArn";
var _LVBF = "ListVersionsByFunction";
var _LVBFR = "ListVersionsByFunctionRequest";
var _LVBFRi = "ListVersionsByFunctionResponse";
var _LVCI = "LayerVersionContentInput";
var _LVCO = "LayerVersionContentOutput";
var _LVL = "LayerVersionsList";
var _LVLI = "LayerVersionsListItem";
var _La = "Layer";
var _Lo = "Location";
var _M = "Message";
var _MA = "MaxAge";
var _MAa = "MasterArn";
var _MBWIS = "MaximumBatchingWindowInSeconds";
var _MC = "MetricsConfig";
var _MCa = "MaximumConcurrency";
var _MEAIS = "MaximumEventAgeInSeconds";
var _MEE = "MinExecutionEnvironments";
var _MEEa = "MaxExecutionEnvironments";
var _MI = "MaxItems";
var _MNSE = "ModeNotSupportedException";
var _MP = "MinimumPollers";
var _MPa = "MaximumPollers";
var _MR = "MasterRegion";
var _MRA = "MaximumRetryAttempts";
var _MRAIS = "MaximumRecordAgeInSeconds";
var _MS = "MemorySize";
var _MVCC = "MaxVCpuCount";
var _Ma = "Marker";
var _Me = "Metrics";
var _Mo = "Mode";
var _N = "Name";
var _NADS = "NextAttemptDelaySeconds";
var _NAT = "NextAttemptTimestamp";
var _NES = "NewExecutionState";
var _NM = "NextMarker";
var _NPVE = "NoPublishedVersionException";
var _O = "Operations";
var _OF = "OnFailure";
var _OI = "OrganizationId";
var _OP = "OperationPayload";
var _OPu = "OutputPayload";
var _OS = "OnSuccess";
var _OSp = "OptimizationStatus";
var _OU = "OperationUpdate";
var _OUp = "OperationUpdates";
var _Op = "Operation";
var _P = "Principal";
var _PC = "PermissionsConfig";
var _PCC = "ProvisionedConcurrencyConfigs";
var _PCCL = "ProvisionedConcurrencyConfigList";
var _PCCLI = "ProvisionedConcurrencyConfigListItem";
var _PCCNFE = "ProvisionedConcurrencyConfigNotFoundException";
var _PCE = "ProvisionedConcurrentExecutions";
var _PCa = "PayloadChunk";
var _PEEMC = "PerExecutionEnvironmentMaxConcurrency";
var _PF = "ParallelizationFactor";
var _PFC = "PutFunctionConcurrency";
var _PFCR = "PutFunctionConcurrencyRequest";
var _PFCSC = "PutFunctionCodeSigningConfig";
var _PFCSCR = "PutFunctionCodeSigningConfigRequest";
var _PFCSCRu = "PutFunctionCodeSigningConfigResponse";
var _PFE = "PreconditionFailedException";
var _PFEIC = "PutFunctionEventInvokeConfig";
var _PFEICR = "PutFunctionEventInvokeConfigRequest";
var _PFRC = "PutFunctionRecursionConfig";
var _PFRCR = "PutFunctionRecursionConfigRequest";
var _PFRCRu = "PutFunctionRecursionConfigResponse";
var _PFSC = "PutFunctionScalingConfig";
var _PFSCR = "PutFunctionScalingConfigRequest";
var _PFSCRu = "PutFunctionScalingConfigResponse";
var _PGN = "PollerGroupName";
var _PI = "ParentId";
var _PLEE = "PolicyLengthExceededException";
var _PLV = "PublishLayerVersion";
var _PLVR = "PublishLayerVersionRequest";
var _PLVRu = "PublishLayerVersionResponse";
var _PMT = "PredefinedMetricType";
var _POID = "PrincipalOrgID";
var _PPC = "ProvisionedPollerConfig";
var _PPCC = "PutProvisionedConcurrencyConfig";
var _PPCCR = "PutProvisionedConcurrencyConfigRequest";
var _PPCCRu = "PutProvisionedConcurrencyConfigResponse";
var _PPE = "PublicPolicyException";
var _PRMC = "PutRuntimeManagementConfig";
var _PRMCR = "PutRuntimeManagementConfigRequest";
var _PRMCRu = "PutRuntimeManagementConfigResponse";
var _PRP = "PutResourcePolicy";
var _PRPR = "PutResourcePolicyRequest";
var _PRPRu = "PutResourcePolicyResponse";
var _PT = "PropagateTags";
var _PTa = "PackageType";
var _PTu = "PublishTo";
var _PV = "PublishVersion";
var _PVR = "PublishVersionRequest";
var _Pa = "Payload";
var _Pat = "Pattern";
var _Po = "Policy";
var _Pu = "Publish";
var _Q = "Qualifier";
var _Qu = "Queues";
var _R = "Reason";
var _RA = "Retry-After";
var _RAe = "ResourceArn";
var _RC = "RoutingConfig";
var _RCE = "ResourceConflictException";
var _RCEe = "ReservedConcurrentExecutions";
var _RCe = "ReplayChildren";
var _RD = "RetryDetails";
var _RFSC = "RequestedFunctionScalingConfig";
var _RI = "RevisionId";
var _RIE = "RecursiveInvocationException";
var _RIU = "ResolvedImageUri";
var _RIUE = "ResourceInUseException";
var _RIe = "RequestId";
var _RL = "RecursiveLoop";
var _RLVP = "RemoveLayerVersionPermission";
var _RLVPR = "RemoveLayerVersionPermissionRequest";
var _RNFE = "ResourceNotFoundException";
var _RNRE = "ResourceNotReadyException";
var _RO = "ReverseOrder";
var _RP = "RemovePermission";
var _RPCE = "RequestedProvisionedConcurrentExecutions";
var _RPID = "RetentionPeriodInDays";
var _RPR = "RemovePermissionRequest";
var _RSCT = "ResponseStreamContentType";
var _RSO = "ResolvedS3Object";
var _RT = "RepositoryType";
var _RTLE = "RequestTooLargeException";
var _RVA = "RuntimeVersionArn";
var _RVC = "RuntimeVersionConfig";
var _RVE = "RuntimeVersionError";
var _Re = "Result";
var _Res = "Resource";
var _Ro = "Role";
var _Ru = "Runtime";
var _S = "Statement";
var _SA = "SourceArn";
var _SAC = "SourceAccessConfigurations";
var _SACo = "SourceAccessConfiguration";
var _SAo = "SourceAccount";
var _SAt = "StartedAfter";
var _SB = "S3Bucket";
var _SBt = "StartedBefore";
var _SC = "ScalingConfig";
var _SCt = "StatusCode";
var _SD = "StepDetails";
var _SDE = "StopDurableExecution";
var _SDECF = "SendDurableExecutionCallbackFailure";
var _SDECFR = "SendDurableExecutionCallbackFailureRequest";
var _SDECFRe = "SendDurableExecutionCallbackFailureResponse";
var _SDECH = "SendDurableExecutionCallbackHeartbeat";
var _SDECHR = "SendDurableExecutionCallbackHeartbeatRequest";
var _SDECHRe = "SendDurableExecutionCallbackHeartbeatResponse";
var _SDECS = "SendDurableExecutionCallbackSuccess";
var _SDECSR = "SendDurableExecutionCallbackSuccessRequest";
var _SDECSRe = "SendDurableExecutionCallbackSuccessResponse";
var _SDER = "StopDurableExecutionRequest";
var _SDERt = "StopDurableExecutionResponse";
var _SE = "ServiceException";
var _SET = "ScheduledEndTimestamp";
var _SFC = "S3FilesConfig";
var _SFD = "StepFailedDetails";
var _SFMCE = "S3FilesMountConnectivityException";
var _SFMFE = "S3FilesMountFailureException";
var _SFMTE = "S3FilesMountTimeoutException";
var _SGI = "SecurityGroupIds";
var _SI = "StatementId";
var _SIPALRE = "SubnetIPAddressLimitReachedException";
var _SIu = "SubnetIds";
var _SJA = "SigningJobArn";
var _SK = "S3Key";
var _SKMSKA = "SourceKMSKeyArn";
var _SLL = "SystemLogLevel";
var _SM = "ScalingMode";
var _SMES = "SelfManagedEventSource";
var _SMKESC = "SelfManagedKafkaEventSourceConfig";
var _SO = "StepOptions";
var _SOSM = "S3ObjectStorageMode";
var _SOV = "S3ObjectVersion";
var _SP = "ScalingPolicies";
var _SPT = "StartingPositionTimestamp";
var _SPVA = "SigningProfileVersionArns";
var _SPVAi = "SigningProfileVersionArn";
var _SPt = "StartingPosition";
var _SQEE = "ServiceQuotaExceededException";
var _SR = "StateReason";
var _SRC = "SchemaRegistryConfig";
var _SRCt = "StateReasonCode";
var _SRETLE = "SerializedRequestEntityTooLargeException";
var _SRURI = "SchemaRegistryURI";
var _SRt = "StatusReason";
var _SS = "SensitiveString";
var _SSD = "StepStartedDetails";
var _SSDt = "StepSucceededDetails";
var _SSE = "SnapStartException";
var _SSNRE = "SnapStartNotReadyException";
var _SSR = "SnapStartResponse";
var _SSRFE = "SnapStartRegenerationFailureException";
var _SSTE = "SnapStartTimeoutException";
var _SSn = "SnapStart";
var _ST = "StackTrace";
var _STE = "StackTraceEntry";
var _STEt = "StackTraceEntries";
var _STR = "StateTransitionReason";
var _STt = "StartTimestamp";
var _STto = "StopTimestamp";
var _STu = "SubType";
var _SVC = "SchemaValidationConfigs";
var _Si = "Size";
var _St = "State";
var _Sta = "Status";
var _Stat = "Statuses";
var _T = "Type";
var _TA = "TargetArn";
var _TC = "TelemetryConfig";
var _TCR = "TracingConfigResponse";
var _TCS = "TotalCodeSize";
var _TCe = "TenancyConfig";
var _TCr = "TracingConfig";
var _TE = "TagsError";
var _TH = "TraceHeader";
var _TI = "TenantId";
var _TIM = "TenantIsolationMode";
var _TK = "TagKeys";
var _TKL = "TagKeyList";
var _TMRE = "TooManyRequestsException";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TS = "TimeoutSeconds";
var _TTSP = "TargetTrackingScalingPolicy";
var _TV = "TargetValue";
var _TWIS = "TumblingWindowInSeconds";
var _Ta = "Tags";
var _Ti = "Timeout";
var _To = "Topics";
var _Tr = "Truncated";
var _U = "Updates";
var _UA = "UpdateAlias";
var _UAOD = "UntrustedArtifactOnDeployment";
var _UAR = "UpdateAliasRequest";
var _UCE = "UnreservedConcurrentExecutions";
var _UCP = "UpdateCapacityProvider";
var _UCPR = "UpdateCapacityProviderRequest";
var _UCPRp = "UpdateCapacityProviderResponse";
var _UCSC = "UpdateCodeSigningConfig";
var _UCSCR = "UpdateCodeSigningConfigRequest";
var _UCSCRp = "UpdateCodeSigningConfigResponse";
var _UESM = "UpdateEventSourceMapping";
var _UESMR = "UpdateEventSourceMappingRequest";
var _UFC = "UpdateFunctionCode";
var _UFCR = "UpdateFunctionCodeRequest";
var _UFCRp = "UpdateFunctionConfigurationRequest";
var _UFCp = "UpdateFunctionConfiguration";
var _UFEIC = "UpdateFunctionEventInvokeConfig";
var _UFEICR = "UpdateFunctionEventInvokeConfigRequest";
var _UFUC = "UpdateFunctionUrlConfig";
var _UFUCR = "UpdateFunctionUrlConfigRequest";
var _UFUCRp = "UpdateFunctionUrlConfigResponse";
var _UMTE = "UnsupportedMediaTypeException";
var _UR = "UntagResource";
var _URI = "URI";
var _URO = "UpdateRuntimeOn";
var _URR = "UntagResourceRequest";
var _UUID = "UUID";
var _V = "Variables";
var _VC = "VpcConfig";
var _VCR = "VpcConfigResponse";
var _VI = "VpcId";
var _VN = "VersionNumber";
var _Ve = "Version";
var _Ver = "Versions";
var _WCD = "WaitCancelledDetails";
var _WD = "WorkingDirectory";
var _WDa = "WaitDetails";
var _WO = "WaitOptions";
var _WS = "WaitSeconds";
var _WSD = "WaitStartedDetails";
var _WSDa = "WaitSucceededDetails";
var _XACC = "X-Amz-Client-Context";
var _XADEA = "X-Amz-Durable-Execution-Arn";
var _XADEN = "X-Amz-Durable-Execution-Name";
var _XAEV = "X-Amz-Executed-Version";
var _XAFE = "X-Amz-Function-Error";
var _XAIT = "X-Amz-Invocation-Type";
var _XALR = "X-Amz-Log-Result";
var _XALT = "X-Amz-Log-Type";
var _XATI = "XAmznTraceId";
var _XATI_ = "X-Amz-Tenant-Id";
var _ZF = "ZipFile";
var _c = "client";
var _e = "error";
var _eP = "eventPayload";
var _h = "http";
var _hE = "httpError";
var _hH = "httpHeader";
var _hQ = "httpQuery";
var _m = "message";
var _rAS = "retryAfterSeconds";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.lambda";
var _se = "server";
var _st = "streaming";
var _tK = "tagKeys";
var _xN = "xmlName";
var n0 = "com.amazonaws.lambda";
var _s_registry = new TypeRegistry(_s);
var LambdaServiceException$ = [-3, _s, "LambdaServiceException", 0, [], []];
_s_registry.registerError(LambdaServiceException$, LambdaServiceException);
var n0_registry = new TypeRegistry(n0);
var AliasLimitExceededException$ = [
  -3,
  n0,
  _ALEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(AliasLimitExceededException$, AliasLimitExceededException);
var CallbackTimeoutException$ = [
  -3,
  n0,
  _CTE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(CallbackTimeoutException$, CallbackTimeoutException);
var CapacityProviderLimitExceededException$ = [
  -3,
  n0,
  _CPLEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CapacityProviderLimitExceededException$, CapacityProviderLimitExceededException);
var CodeArtifactUserDeletedException$ = [
  -3,
  n0,
  _CAUDE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeArtifactUserDeletedException$, CodeArtifactUserDeletedException);
var CodeArtifactUserFailedException$ = [
  -3,
  n0,
  _CAUFE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeArtifactUserFailedException$, CodeArtifactUserFailedException);
var CodeArtifactUserPendingException$ = [
  -3,
  n0,
  _CAUPE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeArtifactUserPendingException$, CodeArtifactUserPendingException);
var CodeSigningConfigNotFoundException$ = [
  -3,
  n0,
  _CSCNFE,
  { [_e]: _c, [_hE]: 404 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(CodeSigningConfigNotFoundException$, CodeSigningConfigNotFoundException);
var CodeStorageExceededException$ = [
  -3,
  n0,
  _CSEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeStorageExceededException$, CodeStorageExceededException);
var CodeVerificationFailedException$ = [
  -3,
  n0,
  _CVFE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(CodeVerificationFailedException$, CodeVerificationFailedException);
var DurableExecutionAlreadyStartedException$ = [
  -3,
  n0,
  _DEASE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(DurableExecutionAlreadyStartedException$, DurableExecutionAlreadyStartedException);
var EC2AccessDeniedException$ = [
  -3,
  n0,
  _ECADE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EC2AccessDeniedException$, EC2AccessDeniedException);
var EC2ThrottledException$ = [
  -3,
  n0,
  _ECTE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EC2ThrottledException$, EC2ThrottledException);
var EC2UnexpectedException$ = [
  -3,
  n0,
  _ECUE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M, _ECEC],
  [0, 0, 0]
];
n0_registry.registerError(EC2UnexpectedException$, EC2UnexpectedException);
var EFSIOException$ = [
  -3,
  n0,
  _EFSIOE,
  { [_e]: _c, [_hE]: 410 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSIOException$, EFSIOException);
var EFSMountConnectivityException$ = [
  -3,
  n0,
  _EFSMCE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSMountConnectivityException$, EFSMountConnectivityException);
var EFSMountFailureException$ = [
  -3,
  n0,
  _EFSMFE,
  { [_e]: _c, [_hE]: 403 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSMountFailureException$, EFSMountFailureException);
var EFSMountTimeoutException$ = [
  -3,
  n0,
  _EFSMTE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSMountTimeoutException$, EFSMountTimeoutException);
var ENILimitReachedException$ = [
  -3,
  n0,
  _ENILRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ENILimitReachedException$, ENILimitReachedException);
var ENINotReadyException$ = [
  -3,
  n0,
  _ENINRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ENINotReadyException$, ENINotReadyException);
var FunctionVersionsPerCapacityProviderLimitExceededException$ = [
  -3,
  n0,
  _FVPCPLEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(FunctionVersionsPerCapacityProviderLimitExceededException$, FunctionVersionsPerCapacityProviderLimitExceededException);
var InvalidCodeSignatureException$ = [
  -3,
  n0,
  _ICSE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidCodeSignatureException$, InvalidCodeSignatureException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidRequestContentException$ = [
  -3,
  n0,
  _IRCE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(InvalidRequestContentException$, InvalidRequestContentException);
var InvalidRuntimeException$ = [
  -3,
  n0,
  _IRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidRuntimeException$, InvalidRuntimeException);
var InvalidSecurityGroupIDException$ = [
  -3,
  n0,
  _ISGIDE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidSecurityGroupIDException$, InvalidSecurityGroupIDException);
var InvalidSubnetIDException$ = [
  -3,
  n0,
  _ISIDE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidSubnetIDException$, InvalidSubnetIDException);
var InvalidZipFileException$ = [
  -3,
  n0,
  _IZFE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidZipFileException$, InvalidZipFileException);
var KMSAccessDeniedException$ = [
  -3,
  n0,
  _KMSADE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
var KMSDisabledException$ = [
  -3,
  n0,
  _KMSDE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSDisabledException$, KMSDisabledException);
var KMSInvalidStateException$ = [
  -3,
  n0,
  _KMSISE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
var KMSNotFoundException$ = [
  -3,
  n0,
  _KMSNFE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSNotFoundException$, KMSNotFoundException);
var ModeNotSupportedException$ = [
  -3,
  n0,
  _MNSE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ModeNotSupportedException$, ModeNotSupportedException);
var NoPublishedVersionException$ = [
  -3,
  n0,
  _NPVE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(NoPublishedVersionException$, NoPublishedVersionException);
var PolicyLengthExceededException$ = [
  -3,
  n0,
  _PLEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(PolicyLengthExceededException$, PolicyLengthExceededException);
var PreconditionFailedException$ = [
  -3,
  n0,
  _PFE,
  { [_e]: _c, [_hE]: 412 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(PreconditionFailedException$, PreconditionFailedException);
var ProvisionedConcurrencyConfigNotFoundException$ = [
  -3,
  n0,
  _PCCNFE,
  { [_e]: _c, [_hE]: 404 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ProvisionedConcurrencyConfigNotFoundException$, ProvisionedConcurrencyConfigNotFoundException);
var PublicPolicyException$ = [
  -3,
  n0,
  _PPE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(PublicPolicyException$, PublicPolicyException);
var RecursiveInvocationException$ = [
  -3,
  n0,
  _RIE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(RecursiveInvocationException$, RecursiveInvocationException);
var RequestTooLargeException$ = [
  -3,
  n0,
  _RTLE,
  { [_e]: _c, [_hE]: 413 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(RequestTooLargeException$, RequestTooLargeException);
var ResourceConflictException$ = [
  -3,
  n0,
  _RCE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ResourceConflictException$, ResourceConflictException);
var ResourceInUseException$ = [
  -3,
  n0,
  _RIUE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_e]: _c, [_hE]: 404 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourceNotReadyException$ = [
  -3,
  n0,
  _RNRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ResourceNotReadyException$, ResourceNotReadyException);
var S3FilesMountConnectivityException$ = [
  -3,
  n0,
  _SFMCE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(S3FilesMountConnectivityException$, S3FilesMountConnectivityException);
var S3FilesMountFailureException$ = [
  -3,
  n0,
  _SFMFE,
  { [_e]: _c, [_hE]: 403 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(S3FilesMountFailureException$, S3FilesMountFailureException);
var S3FilesMountTimeoutException$ = [
  -3,
  n0,
  _SFMTE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(S3FilesMountTimeoutException$, S3FilesMountTimeoutException);
var SerializedRequestEntityTooLargeException$ = [
  -3,
  n0,
  _SRETLE,
  { [_e]: _c, [_hE]: 413 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(SerializedRequestEntityTooLargeException$, SerializedRequestEntityTooLargeException);
var ServiceException$ = [
  -3,
  n0,
  _SE,
  { [_e]: _se, [_hE]: 500 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ServiceException$, ServiceException2);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { [_e]: _c, [_hE]: 402 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var SnapStartException$ = [
  -3,
  n0,
  _SSE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartException$, SnapStartException);
var SnapStartNotReadyException$ = [
  -3,
  n0,
  _SSNRE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartNotReadyException$, SnapStartNotReadyException);
var SnapStartRegenerationFailureException$ = [
  -3,
  n0,
  _SSRFE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartRegenerationFailureException$, SnapStartRegenerationFailureException);
var SnapStartTimeoutException$ = [
  -3,
  n0,
  _SSTE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartTimeoutException$, SnapStartTimeoutException);
var SubnetIPAddressLimitReachedException$ = [
  -3,
  n0,
  _SIPALRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SubnetIPAddressLimitReachedException$, SubnetIPAddressLimitReachedException);
var TooManyRequestsException$ = [
  -3,
  n0,
  _TMRE,
  { [_e]: _c, [_hE]: 429 },
  [_rAS, _T, _m, _R],
  [[0, { [_hH]: _RA }], 0, 0, 0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var UnsupportedMediaTypeException$ = [
  -3,
  n0,
  _UMTE,
  { [_e]: _c, [_hE]: 415 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(UnsupportedMediaTypeException$, UnsupportedMediaTypeException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var BinaryOperationPayload = [0, n0, _BOP, 8, 21];
var _Blob = [0, n0, _B, 8, 21];
var BlobStream = [0, n0, _BS, { [_st]: 1 }, 42];
var EnvironmentVariableName = [0, n0, _EVN, 8, 0];
var EnvironmentVariableValue = [0, n0, _EVV, 8, 0];
var ErrorData = [0, n0, _ED, 8, 0];
var ErrorMessage = [0, n0, _EM, 8, 0];
var ErrorType = [0, n0, _ET, 8, 0];
var InputPayload = [0, n0, _IP, 8, 0];
var OperationPayload = [0, n0, _OP, 8, 0];
var OutputPayload = [0, n0, _OPu, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var StackTraceEntry = [0, n0, _STE, 8, 0];
var AccountLimit$ = [
  3,
  n0,
  _AL,
  0,
  [_TCS, _CSU, _CSZ, _CE, _UCE],
  [1, 1, 1, 1, 1]
];
var AccountUsage$ = [
  3,
  n0,
  _AU,
  0,
  [_TCS, _FC],
  [1, 1]
];
var AddLayerVersionPermissionRequest$ = [
  3,
  n0,
  _ALVPR,
  0,
  [_LN, _VN, _SI, _A, _P, _OI, _RI],
  [[0, 1], [1, 1], 0, 0, 0, 0, [0, { [_hQ]: _RI }]],
  5
];
var AddLayerVersionPermissionResponse$ = [
  3,
  n0,
  _ALVPRd,
  0,
  [_S, _RI],
  [0, 0]
];
var AddPermissionRequest$ = [
  3,
  n0,
  _APR,
  0,
  [_FN, _SI, _A, _P, _SA, _FUAT, _IVFU, _SAo, _EST, _Q, _RI, _POID],
  [[0, 1], 0, 0, 0, 0, 0, 2, 0, 0, [0, { [_hQ]: _Q }], 0, 0],
  4
];
var AddPermissionResponse$ = [
  3,
  n0,
  _APRd,
  0,
  [_S],
  [0]
];
var AliasConfiguration$ = [
  3,
  n0,
  _AC,
  0,
  [_AA, _N, _FV, _D, _RC, _RI],
  [0, 0, 0, 0, () => AliasRoutingConfiguration$, 0]
];
var AliasRoutingConfiguration$ = [
  3,
  n0,
  _ARC,
  0,
  [_AVW],
  [128 | 1]
];
var AllowedPublishers$ = [
  3,
  n0,
  _AP,
  0,
  [_SPVA],
  [64 | 0],
  1
];
var AmazonManagedKafkaEventSourceConfig$ = [
  3,
  n0,
  _AMKESC,
  0,
  [_CGI, _SRC],
  [0, () => KafkaSchemaRegistryConfig$]
];
var CallbackDetails$ = [
  3,
  n0,
  _CD,
  0,
  [_CI, _Re, _E],
  [0, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var CallbackFailedDetails$ = [
  3,
  n0,
  _CFD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var CallbackOptions$ = [
  3,
  n0,
  _CO,
  0,
  [_TS, _HTS],
  [1, 1]
];
var CallbackStartedDetails$ = [
  3,
  n0,
  _CSD,
  0,
  [_CI, _HT, _Ti],
  [0, 1, 1],
  1
];
var CallbackSucceededDetails$ = [
  3,
  n0,
  _CSDa,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var CallbackTimedOutDetails$ = [
  3,
  n0,
  _CTOD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var CapacityProvider$ = [
  3,
  n0,
  _CP,
  0,
  [_CPA, _St, _VC, _PC, _IR, _CPSC, _KKA, _LM, _PT, _TC],
  [0, 0, () => CapacityProviderVpcConfig$, () => CapacityProviderPermissionsConfig$, () => InstanceRequirements$, () => CapacityProviderScalingConfig$, 0, 0, () => PropagateTags$, () => CapacityProviderTelemetryConfig$],
  4
];
var CapacityProviderConfig$ = [
  3,
  n0,
  _CPC,
  0,
  [_LMICPC],
  [() => LambdaManagedInstancesCapacityProviderConfig$],
  1
];
var CapacityProviderLoggingConfig$ = [
  3,
  n0,
  _CPLC,
  0,
  [_SLL, _LG],
  [0, 0]
];
var CapacityProviderPermissionsConfig$ = [
  3,
  n0,
  _CPPC,
  0,
  [_CPORA],
  [0],
  1
];
var CapacityProviderScalingConfig$ = [
  3,
  n0,
  _CPSC,
  0,
  [_MVCC, _SM, _SP],
  [1, 0, () => CapacityProviderScalingPoliciesList]
];
var CapacityProviderTelemetryConfig$ = [
  3,
  n0,
  _CPTC,
  0,
  [_LC],
  [() => CapacityProviderLoggingConfig$]
];
var CapacityProviderVpcConfig$ = [
  3,
  n0,
  _CPVC,
  0,
  [_SIu, _SGI],
  [64 | 0, 64 | 0],
  2
];
var ChainedInvokeDetails$ = [
  3,
  n0,
  _CID,
  0,
  [_Re, _E],
  [[() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var ChainedInvokeFailedDetails$ = [
  3,
  n0,
  _CIFD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ChainedInvokeOptions$ = [
  3,
  n0,
  _CIO,
  0,
  [_FN, _TI, _XATI],
  [0, 0, 0],
  1
];
var ChainedInvokeStartedDetails$ = [
  3,
  n0,
  _CISD,
  0,
  [_FN, _TI, _I, _EV, _DEA],
  [0, 0, [() => EventInput$, 0], 0, 0],
  1
];
var ChainedInvokeStoppedDetails$ = [
  3,
  n0,
  _CISDh,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ChainedInvokeSucceededDetails$ = [
  3,
  n0,
  _CISDha,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var ChainedInvokeTimedOutDetails$ = [
  3,
  n0,
  _CITOD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var CheckpointDurableExecutionRequest$ = [
  3,
  n0,
  _CDER,
  0,
  [_DEA, _CT, _U, _CTl],
  [[0, 1], 0, [() => OperationUpdates, 0], [0, 4]],
  2
];
var CheckpointDurableExecutionResponse$ = [
  3,
  n0,
  _CDERh,
  0,
  [_NES, _CT],
  [[() => CheckpointUpdatedExecutionState$, 0], 0],
  1
];
var CheckpointUpdatedExecutionState$ = [
  3,
  n0,
  _CUES,
  0,
  [_O, _NM],
  [[() => Operations, 0], 0]
];
var CodeSigningConfig$ = [
  3,
  n0,
  _CSC,
  0,
  [_CSCI, _CSCA, _AP, _CSP, _LM, _D],
  [0, 0, () => AllowedPublishers$, () => CodeSigningPolicies$, 0, 0],
  5
];
var CodeSigningPolicies$ = [
  3,
  n0,
  _CSP,
  0,
  [_UAOD],
  [0]
];
var Concurrency$ = [
  3,
  n0,
  _C,
  0,
  [_RCEe],
  [1]
];
var ContextDetails$ = [
  3,
  n0,
  _CDo,
  0,
  [_RCe, _Re, _E],
  [2, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var ContextFailedDetails$ = [
  3,
  n0,
  _CFDo,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ContextOptions$ = [
  3,
  n0,
  _COo,
  0,
  [_RCe],
  [2]
];
var ContextStartedDetails$ = [
  3,
  n0,
  _CSDo,
  0,
  [],
  []
];
var ContextSucceededDetails$ = [
  3,
  n0,
  _CSDon,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var Cors$ = [
  3,
  n0,
  _Co,
  0,
  [_ACl, _AH, _AM, _AO, _EH, _MA],
  [2, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 1]
];
var CreateAliasRequest$ = [
  3,
  n0,
  _CAR,
  0,
  [_FN, _N, _FV, _D, _RC],
  [[0, 1], 0, 0, 0, () => AliasRoutingConfiguration$],
  3
];
var CreateCapacityProviderRequest$ = [
  3,
  n0,
  _CCPR,
  0,
  [_CPN, _VC, _PC, _IR, _CPSC, _KKA, _Ta, _PT, _TC],
  [0, () => CapacityProviderVpcConfig$, () => CapacityProviderPermissionsConfig$, () => InstanceRequirements$, () => CapacityProviderScalingConfig$, 0, 128 | 0, () => PropagateTags$, () => CapacityProviderTelemetryConfig$],
  3
];
var CreateCapacityProviderResponse$ = [
  3,
  n0,
  _CCPRr,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var CreateCodeSigningConfigRequest$ = [
  3,
  n0,
  _CCSCR,
  0,
  [_AP, _D, _CSP, _Ta],
  [() => AllowedPublishers$, 0, () => CodeSigningPolicies$, 128 | 0],
  1
];
var CreateCodeSigningConfigResponse$ = [
  3,
  n0,
  _CCSCRr,
  0,
  [_CSC],
  [() => CodeSigningConfig$],
  1
];
var CreateEventSourceMappingRequest$ = [
  3,
  n0,
  _CESMR,
  0,
  [_FN, _ESA, _En, _BSa, _FCi, _KMSKA, _MC, _LC, _SC, _MBWIS, _PF, _SPt, _SPT, _DC, _MRAIS, _BBOFE, _MRA, _Ta, _TWIS, _To, _Qu, _SAC, _SMES, _FRT, _AMKESC, _SMKESC, _DDBESC, _PPC],
  [0, 0, 2, 1, () => FilterCriteria$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 1, 1, 0, 4, () => DestinationConfig$, 1, 2, 1, 128 | 0, 1, 64 | 0, 64 | 0, () => SourceAccessConfigurations, () => SelfManagedEventSource$, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, () => ProvisionedPollerConfig$],
  1
];
var CreateFunctionRequest$ = [
  3,
  n0,
  _CFR,
  0,
  [_FN, _Ro, _Cod, _Ru, _H, _D, _Ti, _MS, _Pu, _PTu, _VC, _PTa, _DLC, _Env, _KMSKA, _TCr, _Ta, _L, _FSC, _CSCA, _IC, _Ar, _ES, _SSn, _LC, _TCe, _CPC, _DCu],
  [0, 0, [() => FunctionCode$, 0], 0, 0, 0, 1, 1, 2, 0, () => VpcConfig$, 0, () => DeadLetterConfig$, [() => Environment$, 0], 0, () => TracingConfig$, 128 | 0, 64 | 0, () => FileSystemConfigList, 0, () => ImageConfig$, 64 | 0, () => EphemeralStorage$, () => SnapStart$, () => LoggingConfig$, () => TenancyConfig$, () => CapacityProviderConfig$, () => DurableConfig$],
  3
];
var CreateFunctionUrlConfigRequest$ = [
  3,
  n0,
  _CFUCR,
  0,
  [_FN, _AT, _Q, _Co, _IM],
  [[0, 1], 0, [0, { [_hQ]: _Q }], () => Cors$, 0],
  2
];
var CreateFunctionUrlConfigResponse$ = [
  3,
  n0,
  _CFUCRr,
  0,
  [_FU, _FA, _AT, _CTr, _Co, _IM],
  [0, 0, 0, 0, () => Cors$, 0],
  4
];
var DeadLetterConfig$ = [
  3,
  n0,
  _DLC,
  0,
  [_TA],
  [0]
];
var DeleteAliasRequest$ = [
  3,
  n0,
  _DAR,
  0,
  [_FN, _N],
  [[0, 1], [0, 1]],
  2
];
var DeleteCapacityProviderRequest$ = [
  3,
  n0,
  _DCPR,
  0,
  [_CPN],
  [[0, 1]],
  1
];
var DeleteCapacityProviderResponse$ = [
  3,
  n0,
  _DCPRe,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var DeleteCodeSigningConfigRequest$ = [
  3,
  n0,
  _DCSCR,
  0,
  [_CSCA],
  [[0, 1]],
  1
];
var DeleteCodeSigningConfigResponse$ = [
  3,
  n0,
  _DCSCRe,
  0,
  [],
  []
];
var DeleteEventSourceMappingRequest$ = [
  3,
  n0,
  _DESMR,
  0,
  [_UUID],
  [[0, 1]],
  1
];
var DeleteFunctionCodeSigningConfigRequest$ = [
  3,
  n0,
  _DFCSCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var DeleteFunctionConcurrencyRequest$ = [
  3,
  n0,
  _DFCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var DeleteFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _DFEICR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var DeleteFunctionRequest$ = [
  3,
  n0,
  _DFR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var DeleteFunctionResponse$ = [
  3,
  n0,
  _DFRe,
  0,
  [_SCt],
  [[1, 32]]
];
var DeleteFunctionUrlConfigRequest$ = [
  3,
  n0,
  _DFUCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var DeleteLayerVersionRequest$ = [
  3,
  n0,
  _DLVR,
  0,
  [_LN, _VN],
  [[0, 1], [1, 1]],
  2
];
var DeleteProvisionedConcurrencyConfigRequest$ = [
  3,
  n0,
  _DPCCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  2
];
var DeleteResourcePolicyRequest$ = [
  3,
  n0,
  _DRPR,
  0,
  [_RAe, _RI],
  [[0, 1], [0, { [_hQ]: _RI }]],
  1
];
var DestinationConfig$ = [
  3,
  n0,
  _DC,
  0,
  [_OS, _OF],
  [() => OnSuccess$, () => OnFailure$]
];
var DocumentDBEventSourceConfig$ = [
  3,
  n0,
  _DDBESC,
  0,
  [_DN, _CN, _FD],
  [0, 0, 0]
];
var DurableConfig$ = [
  3,
  n0,
  _DCu,
  0,
  [_KMSKA, _RPID, _ETx],
  [0, 1, 1]
];
var Environment$ = [
  3,
  n0,
  _Env,
  0,
  [_V],
  [[() => EnvironmentVariables, 0]]
];
var EnvironmentError$ = [
  3,
  n0,
  _EE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var EnvironmentResponse$ = [
  3,
  n0,
  _ER,
  0,
  [_V, _E],
  [[() => EnvironmentVariables, 0], [() => EnvironmentError$, 0]]
];
var EphemeralStorage$ = [
  3,
  n0,
  _ES,
  0,
  [_Si],
  [1],
  1
];
var ErrorObject$ = [
  3,
  n0,
  _EO,
  0,
  [_EM, _ET, _ED, _ST],
  [[() => ErrorMessage, 0], [() => ErrorType, 0], [() => ErrorData, 0], [() => StackTraceEntries, 0]]
];
var Event$ = [
  3,
  n0,
  _Ev,
  0,
  [_ETv, _STu, _EI, _Id, _N, _ETve, _PI, _ESD, _ESDx, _EFD, _ETOD, _ESDxe, _CSDo, _CSDon, _CFDo, _WSD, _WSDa, _WCD, _SSD, _SSDt, _SFD, _CISD, _CISDha, _CIFD, _CITOD, _CISDh, _CSD, _CSDa, _CFD, _CTOD, _ICD],
  [0, 0, 1, 0, 0, 4, 0, [() => ExecutionStartedDetails$, 0], [() => ExecutionSucceededDetails$, 0], [() => ExecutionFailedDetails$, 0], [() => ExecutionTimedOutDetails$, 0], [() => ExecutionStoppedDetails$, 0], () => ContextStartedDetails$, [() => ContextSucceededDetails$, 0], [() => ContextFailedDetails$, 0], () => WaitStartedDetails$, () => WaitSucceededDetails$, [() => WaitCancelledDetails$, 0], () => StepStartedDetails$, [() => StepSucceededDetails$, 0], [() => StepFailedDetails$, 0], [() => ChainedInvokeStartedDetails$, 0], [() => ChainedInvokeSucceededDetails$, 0], [() => ChainedInvokeFailedDetails$, 0], [() => ChainedInvokeTimedOutDetails$, 0], [() => ChainedInvokeStoppedDetails$, 0], () => CallbackStartedDetails$, [() => CallbackSucceededDetails$, 0], [() => CallbackFailedDetails$, 0], [() => CallbackTimedOutDetails$, 0], [() => InvocationCompletedDetails$, 0]]
];
var EventError$ = [
  3,
  n0,
  _EEv,
  0,
  [_Pa, _Tr],
  [[() => ErrorObject$, 0], 2]
];
var EventInput$ = [
  3,
  n0,
  _EIv,
  0,
  [_Pa, _Tr],
  [[() => InputPayload, 0], 2]
];
var EventResult$ = [
  3,
  n0,
  _ERv,
  0,
  [_Pa, _Tr],
  [[() => OperationPayload, 0], 2]
];
var EventSourceMappingConfiguration$ = [
  3,
  n0,
  _ESMC,
  0,
  [_UUID, _SPt, _SPT, _BSa, _MBWIS, _PF, _ESA, _FCi, _FCE, _KMSKA, _MC, _LC, _SC, _FA, _LM, _LPR, _St, _STR, _DC, _To, _Qu, _SAC, _SMES, _MRAIS, _BBOFE, _MRA, _TWIS, _FRT, _AMKESC, _SMKESC, _DDBESC, _ESMA, _PPC],
  [0, 0, 4, 1, 1, 1, 0, () => FilterCriteria$, () => FilterCriteriaError$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 0, 4, 0, 0, 0, () => DestinationConfig$, 64 | 0, 64 | 0, () => SourceAccessConfigurations, () => SelfManagedEventSource$, 1, 2, 1, 1, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, 0, () => ProvisionedPollerConfig$]
];
var EventSourceMappingLoggingConfig$ = [
  3,
  n0,
  _ESMLC,
  0,
  [_SLL],
  [0]
];
var EventSourceMappingMetricsConfig$ = [
  3,
  n0,
  _ESMMC,
  0,
  [_Me],
  [64 | 0]
];
var Execution$ = [
  3,
  n0,
  _Ex,
  0,
  [_DEA, _DEN, _FA, _Sta, _STt, _ETn, _KMSKA],
  [0, 0, 0, 0, 4, 4, 0],
  5
];
var ExecutionDetails$ = [
  3,
  n0,
  _EDx,
  0,
  [_IP],
  [[() => InputPayload, 0]]
];
var ExecutionFailedDetails$ = [
  3,
  n0,
  _EFD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ExecutionStartedDetails$ = [
  3,
  n0,
  _ESD,
  0,
  [_I, _ETx],
  [[() => EventInput$, 0], 1],
  2
];
var ExecutionStoppedDetails$ = [
  3,
  n0,
  _ESDxe,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ExecutionSucceededDetails$ = [
  3,
  n0,
  _ESDx,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var ExecutionTimedOutDetails$ = [
  3,
  n0,
  _ETOD,
  0,
  [_E],
  [[() => EventError$, 0]]
];
var FileSystemConfig$ = [
  3,
  n0,
  _FSCi,
  0,
  [_Arn, _LMP, _SFC],
  [0, 0, () => S3FilesConfig$],
  2
];
var Filter$ = [
  3,
  n0,
  _F,
  0,
  [_Pat],
  [0]
];
var FilterCriteria$ = [
  3,
  n0,
  _FCi,
  0,
  [_Fi],
  [() => FilterList]
];
var FilterCriteriaError$ = [
  3,
  n0,
  _FCE,
  0,
  [_EC, _M],
  [0, 0]
];
var FunctionCode$ = [
  3,
  n0,
  _FCu,
  0,
  [_ZF, _SB, _SK, _SOV, _SOSM, _IU, _SKMSKA],
  [[() => _Blob, 0], 0, 0, 0, 0, 0, 0]
];
var FunctionCodeLocation$ = [
  3,
  n0,
  _FCL,
  0,
  [_RT, _Lo, _IU, _RIU, _RSO, _SKMSKA, _E],
  [0, 0, 0, 0, () => ResolvedS3Object$, 0, [() => FunctionCodeLocationError$, 0]]
];
var FunctionCodeLocationError$ = [
  3,
  n0,
  _FCLE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var FunctionConfiguration$ = [
  3,
  n0,
  _FCun,
  0,
  [_FN, _FA, _Ru, _Ro, _H, _CS, _D, _Ti, _MS, _LM, _CSo, _Ve, _VC, _DLC, _Env, _KMSKA, _TCr, _MAa, _RI, _L, _St, _SR, _SRCt, _LUS, _LUSR, _LUSRC, _FSC, _SPVAi, _SJA, _PTa, _ICR, _Ar, _ES, _SSn, _RVC, _LC, _TCe, _CPC, _CSon, _DCu],
  [0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, () => VpcConfigResponse$, () => DeadLetterConfig$, [() => EnvironmentResponse$, 0], 0, () => TracingConfigResponse$, 0, 0, () => LayersReferenceList, 0, 0, 0, 0, 0, 0, () => FileSystemConfigList, 0, 0, 0, [() => ImageConfigResponse$, 0], 64 | 0, () => EphemeralStorage$, () => SnapStartResponse$, [() => RuntimeVersionConfig$, 0], () => LoggingConfig$, () => TenancyConfig$, () => CapacityProviderConfig$, 0, () => DurableConfig$]
];
var FunctionEventInvokeConfig$ = [
  3,
  n0,
  _FEIC,
  0,
  [_LM, _FA, _MRA, _MEAIS, _DC],
  [4, 0, 1, 1, () => DestinationConfig$]
];
var FunctionScalingConfig$ = [
  3,
  n0,
  _FSCu,
  0,
  [_MEE, _MEEa],
  [1, 1]
];
var FunctionUrlConfig$ = [
  3,
  n0,
  _FUC,
  0,
  [_FU, _FA, _CTr, _LMT, _AT, _Co, _IM],
  [0, 0, 0, 0, 0, () => Cors$, 0],
  5
];
var FunctionVersionsByCapacityProviderListItem$ = [
  3,
  n0,
  _FVBCPLI,
  0,
  [_FA, _St],
  [0, 0],
  2
];
var GetAccountSettingsRequest$ = [
  3,
  n0,
  _GASR,
  0,
  [],
  []
];
var GetAccountSettingsResponse$ = [
  3,
  n0,
  _GASRe,
  0,
  [_AL, _AU],
  [() => AccountLimit$, () => AccountUsage$]
];
var GetAliasRequest$ = [
  3,
  n0,
  _GAR,
  0,
  [_FN, _N],
  [[0, 1], [0, 1]],
  2
];
var GetCapacityProviderRequest$ = [
  3,
  n0,
  _GCPR,
  0,
  [_CPN],
  [[0, 1]],
  1
];
var GetCapacityProviderResponse$ = [
  3,
  n0,
  _GCPRe,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var GetCodeSigningConfigRequest$ = [
  3,
  n0,
  _GCSCR,
  0,
  [_CSCA],
  [[0, 1]],
  1
];
var GetCodeSigningConfigResponse$ = [
  3,
  n0,
  _GCSCRe,
  0,
  [_CSC],
  [() => CodeSigningConfig$],
  1
];
var GetDurableExecutionHistoryRequest$ = [
  3,
  n0,
  _GDEHR,
  0,
  [_DEA, _IED, _MI, _Ma, _RO],
  [[0, 1], [2, { [_hQ]: _IED }], [1, { [_hQ]: _MI }], [0, { [_hQ]: _Ma }], [2, { [_hQ]: _RO }]],
  1
];
var GetDurableExecutionHistoryResponse$ = [
  3,
  n0,
  _GDEHRe,
  0,
  [_Eve, _NM],
  [[() => Events, 0], 0],
  1
];
var GetDurableExecutionRequest$ = [
  3,
  n0,
  _GDER,
  0,
  [_DEA, _IED],
  [[0, 1], [2, { [_hQ]: _IED }]],
  1
];
var GetDurableExecutionResponse$ = [
  3,
  n0,
  _GDERe,
  0,
  [_DEA, _DEN, _FA, _STt, _Sta, _IP, _Re, _E, _ETn, _Ve, _TH, _EDI, _DCu],
  [0, 0, 0, 4, 0, [() => InputPayload, 0], [() => OutputPayload, 0], [() => ErrorObject$, 0], 4, 0, () => TraceHeader$, 2, () => DurableConfig$],
  5
];
var GetDurableExecutionStateRequest$ = [
  3,
  n0,
  _GDESR,
  0,
  [_DEA, _CT, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _CT }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  2
];
var GetDurableExecutionStateResponse$ = [
  3,
  n0,
  _GDESRe,
  0,
  [_O, _NM],
  [[() => Operations, 0], 0],
  1
];
var GetEventSourceMappingRequest$ = [
  3,
  n0,
  _GESMR,
  0,
  [_UUID],
  [[0, 1]],
  1
];
var GetFunctionCodeSigningConfigRequest$ = [
  3,
  n0,
  _GFCSCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var GetFunctionCodeSigningConfigResponse$ = [
  3,
  n0,
  _GFCSCRe,
  0,
  [_CSCA, _FN],
  [0, 0],
  2
];
var GetFunctionConcurrencyRequest$ = [
  3,
  n0,
  _GFCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var GetFunctionConcurrencyResponse$ = [
  3,
  n0,
  _GFCRe,
  0,
  [_RCEe],
  [1]
];
var GetFunctionConfigurationRequest$ = [
  3,
  n0,
  _GFCRet,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _GFEICR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionRecursionConfigRequest$ = [
  3,
  n0,
  _GFRCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var GetFunctionRecursionConfigResponse$ = [
  3,
  n0,
  _GFRCRe,
  0,
  [_RL],
  [0]
];
var GetFunctionRequest$ = [
  3,
  n0,
  _GFR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionResponse$ = [
  3,
  n0,
  _GFRe,
  0,
  [_Con, _Cod, _Ta, _TE, _C],
  [[() => FunctionConfiguration$, 0], [() => FunctionCodeLocation$, 0], 128 | 0, () => TagsError$, () => Concurrency$]
];
var GetFunctionScalingConfigRequest$ = [
  3,
  n0,
  _GFSCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  2
];
var GetFunctionScalingConfigResponse$ = [
  3,
  n0,
  _GFSCRe,
  0,
  [_FA, _AFSC, _RFSC],
  [0, () => FunctionScalingConfig$, () => FunctionScalingConfig$]
];
var GetFunctionUrlConfigRequest$ = [
  3,
  n0,
  _GFUCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionUrlConfigResponse$ = [
  3,
  n0,
  _GFUCRe,
  0,
  [_FU, _FA, _AT, _CTr, _LMT, _Co, _IM],
  [0, 0, 0, 0, 0, () => Cors$, 0],
  5
];
var GetLayerVersionByArnRequest$ = [
  3,
  n0,
  _GLVBAR,
  0,
  [_Arn],
  [[0, { [_hQ]: _Arn }]],
  1
];
var GetLayerVersionPolicyRequest$ = [
  3,
  n0,
  _GLVPR,
  0,
  [_LN, _VN],
  [[0, 1], [1, 1]],
  2
];
var GetLayerVersionPolicyResponse$ = [
  3,
  n0,
  _GLVPRe,
  0,
  [_Po, _RI],
  [0, 0]
];
var GetLayerVersionRequest$ = [
  3,
  n0,
  _GLVR,
  0,
  [_LN, _VN],
  [[0, 1], [1, 1]],
  2
];
var GetLayerVersionResponse$ = [
  3,
  n0,
  _GLVRe,
  0,
  [_Cont, _LA, _LVA, _D, _CDr, _Ve, _CA, _CR, _LI],
  [() => LayerVersionContentOutput$, 0, 0, 0, 0, 1, 64 | 0, 64 | 0, 0]
];
var GetPolicyRequest$ = [
  3,
  n0,
  _GPR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetPolicyResponse$ = [
  3,
  n0,
  _GPRe,
  0,
  [_Po, _RI],
  [0, 0]
];
var GetProvisionedConcurrencyConfigRequest$ = [
  3,
  n0,
  _GPCCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  2
];
var GetProvisionedConcurrencyConfigResponse$ = [
  3,
  n0,
  _GPCCRe,
  0,
  [_RPCE, _APCE, _APCEl, _Sta, _SRt, _LM],
  [1, 1, 1, 0, 0, 0]
];
var GetResourcePolicyRequest$ = [
  3,
  n0,
  _GRPR,
  0,
  [_RAe],
  [[0, 1]],
  1
];
var GetResourcePolicyResponse$ = [
  3,
  n0,
  _GRPRe,
  0,
  [_Po, _RI],
  [0, 0]
];
var GetRuntimeManagementConfigRequest$ = [
  3,
  n0,
  _GRMCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetRuntimeManagementConfigResponse$ = [
  3,
  n0,
  _GRMCRe,
  0,
  [_URO, _FA, _RVA],
  [0, 0, 0]
];
var ImageConfig$ = [
  3,
  n0,
  _IC,
  0,
  [_EP, _Com, _WD],
  [64 | 0, 64 | 0, 0]
];
var ImageConfigError$ = [
  3,
  n0,
  _ICE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var ImageConfigResponse$ = [
  3,
  n0,
  _ICR,
  0,
  [_IC, _E],
  [() => ImageConfig$, [() => ImageConfigError$, 0]]
];
var InstanceRequirements$ = [
  3,
  n0,
  _IR,
  0,
  [_Ar, _AIT, _EIT],
  [64 | 0, 64 | 0, 64 | 0]
];
var InvocationCompletedDetails$ = [
  3,
  n0,
  _ICD,
  0,
  [_STt, _ETn, _RIe, _E],
  [4, 4, 0, [() => EventError$, 0]],
  3
];
var InvocationRequest$ = [
  3,
  n0,
  _IRn,
  0,
  [_FN, _IT, _LT, _CC, _DEN, _Pa, _Q, _TI],
  [[0, 1], [0, { [_hH]: _XAIT }], [0, { [_hH]: _XALT }], [0, { [_hH]: _XACC }], [0, { [_hH]: _XADEN }], [() => _Blob, 16], [0, { [_hQ]: _Q }], [0, { [_hH]: _XATI_ }]],
  1
];
var InvocationResponse$ = [
  3,
  n0,
  _IRnv,
  0,
  [_SCt, _FE, _LR, _Pa, _EV, _DEA],
  [[1, 32], [0, { [_hH]: _XAFE }], [0, { [_hH]: _XALR }], [() => _Blob, 16], [0, { [_hH]: _XAEV }], [0, { [_hH]: _XADEA }]]
];
var InvokeAsyncRequest$ = [
  3,
  n0,
  _IAR,
  0,
  [_FN, _IA],
  [[0, 1], [() => BlobStream, 16]],
  2
];
var InvokeAsyncResponse$ = [
  3,
  n0,
  _IARn,
  0,
  [_Sta],
  [[1, 32]]
];
var InvokeResponseStreamUpdate$ = [
  3,
  n0,
  _IRSU,
  0,
  [_Pa],
  [[() => _Blob, { [_eP]: 1 }]]
];
var InvokeWithResponseStreamCompleteEvent$ = [
  3,
  n0,
  _IWRSCE,
  0,
  [_EC, _EDr, _LR],
  [0, 0, 0]
];
var InvokeWithResponseStreamRequest$ = [
  3,
  n0,
  _IWRSR,
  0,
  [_FN, _LT, _CC, _Q, _Pa, _TI, _IT],
  [[0, 1], [0, { [_hH]: _XALT }], [0, { [_hH]: _XACC }], [0, { [_hQ]: _Q }], [() => _Blob, 16], [0, { [_hH]: _XATI_ }], [0, { [_hH]: _XAIT }]],
  1
];
var InvokeWithResponseStreamResponse$ = [
  3,
  n0,
  _IWRSRn,
  0,
  [_SCt, _EV, _ESv, _RSCT],
  [[1, 32], [0, { [_hH]: _XAEV }], [() => InvokeWithResponseStreamResponseEvent$, 16], [0, { [_hH]: _CT_ }]]
];
var KafkaSchemaRegistryAccessConfig$ = [
  3,
  n0,
  _KSRAC,
  0,
  [_T, _URI],
  [0, 0]
];
var KafkaSchemaRegistryConfig$ = [
  3,
  n0,
  _KSRC,
  0,
  [_SRURI, _ERF, _ACc, _SVC],
  [0, 0, () => KafkaSchemaRegistryAccessConfigList, () => KafkaSchemaValidationConfigList]
];
var KafkaSchemaValidationConfig$ = [
  3,
  n0,
  _KSVC,
  0,
  [_At],
  [0]
];
var LambdaManagedInstancesCapacityProviderConfig$ = [
  3,
  n0,
  _LMICPC,
  0,
  [_CPA, _PEEMC, _EEMGBPVC],
  [0, 1, 1],
  1
];
var Layer$ = [
  3,
  n0,
  _La,
  0,
  [_Arn, _CS, _SPVAi, _SJA],
  [0, 1, 0, 0]
];
var LayersListItem$ = [
  3,
  n0,
  _LLI,
  0,
  [_LN, _LA, _LMV],
  [0, 0, () => LayerVersionsListItem$]
];
var LayerVersionContentInput$ = [
  3,
  n0,
  _LVCI,
  0,
  [_SB, _SK, _SOV, _SOSM, _ZF],
  [0, 0, 0, 0, [() => _Blob, 0]]
];
var LayerVersionContentOutput$ = [
  3,
  n0,
  _LVCO,
  0,
  [_Lo, _CSo, _CS, _SPVAi, _SJA, _RSO],
  [0, 0, 1, 0, 0, () => ResolvedS3Object$]
];
var LayerVersionsListItem$ = [
  3,
  n0,
  _LVLI,
  0,
  [_LVA, _Ve, _D, _CDr, _CA, _CR, _LI],
  [0, 1, 0, 0, 64 | 0, 64 | 0, 0]
];
var ListAliasesRequest$ = [
  3,
  n0,
  _LAR,
  0,
  [_FN, _FV, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _FV }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListAliasesResponse$ = [
  3,
  n0,
  _LARi,
  0,
  [_NM, _Al],
  [0, () => AliasList]
];
var ListCapacityProvidersRequest$ = [
  3,
  n0,
  _LCPR,
  0,
  [_St, _Ma, _MI],
  [[0, { [_hQ]: _St }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListCapacityProvidersResponse$ = [
  3,
  n0,
  _LCPRi,
  0,
  [_CPa, _NM],
  [() => CapacityProvidersList, 0],
  1
];
var ListCodeSigningConfigsRequest$ = [
  3,
  n0,
  _LCSCR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListCodeSigningConfigsResponse$ = [
  3,
  n0,
  _LCSCRi,
  0,
  [_NM, _CSCo],
  [0, () => CodeSigningConfigList]
];
var ListDurableExecutionsByFunctionRequest$ = [
  3,
  n0,
  _LDEBFR,
  0,
  [_FN, _Q, _DEN, _Stat, _SAt, _SBt, _RO, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Q }], [0, { [_hQ]: _DEN }], [64 | 0, { [_hQ]: _Stat }], [4, { [_hQ]: _SAt }], [4, { [_hQ]: _SBt }], [2, { [_hQ]: _RO }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDurableExecutionsByFunctionResponse$ = [
  3,
  n0,
  _LDEBFRi,
  0,
  [_DE, _NM],
  [() => DurableExecutions, 0]
];
var ListEventSourceMappingsRequest$ = [
  3,
  n0,
  _LESMR,
  0,
  [_ESA, _FN, _Ma, _MI],
  [[0, { [_hQ]: _ESA }], [0, { [_hQ]: _FN }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListEventSourceMappingsResponse$ = [
  3,
  n0,
  _LESMRi,
  0,
  [_NM, _ESM],
  [0, () => EventSourceMappingsList]
];
var ListFunctionEventInvokeConfigsRequest$ = [
  3,
  n0,
  _LFEICR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionEventInvokeConfigsResponse$ = [
  3,
  n0,
  _LFEICRi,
  0,
  [_FEICu, _NM],
  [() => FunctionEventInvokeConfigList, 0]
];
var ListFunctionsByCodeSigningConfigRequest$ = [
  3,
  n0,
  _LFBCSCR,
  0,
  [_CSCA, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionsByCodeSigningConfigResponse$ = [
  3,
  n0,
  _LFBCSCRi,
  0,
  [_NM, _FAu],
  [0, 64 | 0]
];
var ListFunctionsRequest$ = [
  3,
  n0,
  _LFR,
  0,
  [_MR, _FV, _Ma, _MI],
  [[0, { [_hQ]: _MR }], [0, { [_hQ]: _FV }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListFunctionsResponse$ = [
  3,
  n0,
  _LFRi,
  0,
  [_NM, _Fu],
  [0, [() => FunctionList, 0]]
];
var ListFunctionUrlConfigsRequest$ = [
  3,
  n0,
  _LFUCR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionUrlConfigsResponse$ = [
  3,
  n0,
  _LFUCRi,
  0,
  [_FUCu, _NM],
  [() => FunctionUrlConfigList, 0],
  1
];
var ListFunctionVersionsByCapacityProviderRequest$ = [
  3,
  n0,
  _LFVBCPR,
  0,
  [_CPN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionVersionsByCapacityProviderResponse$ = [
  3,
  n0,
  _LFVBCPRi,
  0,
  [_CPA, _FVu, _NM],
  [0, () => FunctionVersionsByCapacityProviderList, 0],
  2
];
var ListLayersRequest$ = [
  3,
  n0,
  _LLR,
  0,
  [_CAo, _CRo, _Ma, _MI],
  [[0, { [_hQ]: _CAo }], [0, { [_hQ]: _CRo }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListLayersResponse$ = [
  3,
  n0,
  _LLRi,
  0,
  [_NM, _L],
  [0, () => LayersList]
];
var ListLayerVersionsRequest$ = [
  3,
  n0,
  _LLVR,
  0,
  [_LN, _CAo, _CRo, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _CAo }], [0, { [_hQ]: _CRo }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListLayerVersionsResponse$ = [
  3,
  n0,
  _LLVRi,
  0,
  [_NM, _LV],
  [0, () => LayerVersionsList]
];
var ListProvisionedConcurrencyConfigsRequest$ = [
  3,
  n0,
  _LPCCR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListProvisionedConcurrencyConfigsResponse$ = [
  3,
  n0,
  _LPCCRi,
  0,
  [_PCC, _NM],
  [() => ProvisionedConcurrencyConfigList, 0]
];
var ListTagsRequest$ = [
  3,
  n0,
  _LTR,
  0,
  [_Res],
  [[0, 1]],
  1
];
var ListTagsResponse$ = [
  3,
  n0,
  _LTRi,
  0,
  [_Ta],
  [128 | 0]
];
var ListVersionsByFunctionRequest$ = [
  3,
  n0,
  _LVBFR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListVersionsByFunctionResponse$ = [
  3,
  n0,
  _LVBFRi,
  0,
  [_NM, _Ver],
  [0, [() => FunctionList, 0]]
];
var LoggingConfig$ = [
  3,
  n0,
  _LC,
  0,
  [_LF, _ALL, _SLL, _LG],
  [0, 0, 0, 0]
];
var OnFailure$ = [
  3,
  n0,
  _OF,
  0,
  [_De],
  [0]
];
var OnSuccess$ = [
  3,
  n0,
  _OS,
  0,
  [_De],
  [0]
];
var Operation$ = [
  3,
  n0,
  _Op,
  0,
  [_Id, _T, _STt, _Sta, _PI, _N, _STu, _ETn, _EDx, _CDo, _SD, _WDa, _CD, _CID],
  [0, 0, 4, 0, 0, 0, 0, 4, [() => ExecutionDetails$, 0], [() => ContextDetails$, 0], [() => StepDetails$, 0], () => WaitDetails$, [() => CallbackDetails$, 0], [() => ChainedInvokeDetails$, 0]],
  4
];
var OperationUpdate$ = [
  3,
  n0,
  _OU,
  0,
  [_Id, _T, _A, _PI, _N, _STu, _Pa, _E, _COo, _SO, _WO, _CO, _CIO],
  [0, 0, 0, 0, 0, 0, [() => OperationPayload, 0], [() => ErrorObject$, 0], () => ContextOptions$, () => StepOptions$, () => WaitOptions$, () => CallbackOptions$, () => ChainedInvokeOptions$],
  3
];
var PropagateTags$ = [
  3,
  n0,
  _PT,
  0,
  [_Mo, _ETxp],
  [0, 128 | 0]
];
var ProvisionedConcurrencyConfigListItem$ = [
  3,
  n0,
  _PCCLI,
  0,
  [_FA, _RPCE, _APCE, _APCEl, _Sta, _SRt, _LM],
  [0, 1, 1, 1, 0, 0, 0]
];
var ProvisionedPollerConfig$ = [
  3,
  n0,
  _PPC,
  0,
  [_MP, _MPa, _PGN],
  [1, 1, 0]
];
var PublishLayerVersionRequest$ = [
  3,
  n0,
  _PLVR,
  0,
  [_LN, _Cont, _D, _CA, _CR, _LI],
  [[0, 1], [() => LayerVersionContentInput$, 0], 0, 64 | 0, 64 | 0, 0],
  2
];
var PublishLayerVersionResponse$ = [
  3,
  n0,
  _PLVRu,
  0,
  [_Cont, _LA, _LVA, _D, _CDr, _Ve, _CA, _CR, _LI],
  [() => LayerVersionContentOutput$, 0, 0, 0, 0, 1, 64 | 0, 64 | 0, 0]
];
var PublishVersionRequest$ = [
  3,
  n0,
  _PVR,
  0,
  [_FN, _CSo, _D, _RI, _PTu],
  [[0, 1], 0, 0, 0, 0],
  1
];
var PutFunctionCodeSigningConfigRequest$ = [
  3,
  n0,
  _PFCSCR,
  0,
  [_CSCA, _FN],
  [0, [0, 1]],
  2
];
var PutFunctionCodeSigningConfigResponse$ = [
  3,
  n0,
  _PFCSCRu,
  0,
  [_CSCA, _FN],
  [0, 0],
  2
];
var PutFunctionConcurrencyRequest$ = [
  3,
  n0,
  _PFCR,
  0,
  [_FN, _RCEe],
  [[0, 1], 1],
  2
];
var PutFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _PFEICR,
  0,
  [_FN, _Q, _MRA, _MEAIS, _DC],
  [[0, 1], [0, { [_hQ]: _Q }], 1, 1, () => DestinationConfig$],
  1
];
var PutFunctionRecursionConfigRequest$ = [
  3,
  n0,
  _PFRCR,
  0,
  [_FN, _RL],
  [[0, 1], 0],
  2
];
var PutFunctionRecursionConfigResponse$ = [
  3,
  n0,
  _PFRCRu,
  0,
  [_RL],
  [0]
];
var PutFunctionScalingConfigRequest$ = [
  3,
  n0,
  _PFSCR,
  0,
  [_FN, _Q, _FSCu],
  [[0, 1], [0, { [_hQ]: _Q }], () => FunctionScalingConfig$],
  2
];
var PutFunctionScalingConfigResponse$ = [
  3,
  n0,
  _PFSCRu,
  0,
  [_FS],
  [0]
];
var PutProvisionedConcurrencyConfigRequest$ = [
  3,
  n0,
  _PPCCR,
  0,
  [_FN, _Q, _PCE],
  [[0, 1], [0, { [_hQ]: _Q }], 1],
  3
];
var PutProvisionedConcurrencyConfigResponse$ = [
  3,
  n0,
  _PPCCRu,
  0,
  [_RPCE, _APCEl, _APCE, _Sta, _SRt, _LM],
  [1, 1, 1, 0, 0, 0]
];
var PutResourcePolicyRequest$ = [
  3,
  n0,
  _PRPR,
  0,
  [_RAe, _Po, _RI],
  [[0, 1], 0, 0],
  2
];
var PutResourcePolicyResponse$ = [
  3,
  n0,
  _PRPRu,
  0,
  [_Po, _RI],
  [0, 0]
];
var PutRuntimeManagementConfigRequest$ = [
  3,
  n0,
  _PRMCR,
  0,
  [_FN, _URO, _Q, _RVA],
  [[0, 1], 0, [0, { [_hQ]: _Q }], 0],
  2
];
var PutRuntimeManagementConfigResponse$ = [
  3,
  n0,
  _PRMCRu,
  0,
  [_URO, _FA, _RVA],
  [0, 0, 0],
  2
];
var RemoveLayerVersionPermissionRequest$ = [
  3,
  n0,
  _RLVPR,
  0,
  [_LN, _VN, _SI, _RI],
  [[0, 1], [1, 1], [0, 1], [0, { [_hQ]: _RI }]],
  3
];
var RemovePermissionRequest$ = [
  3,
  n0,
  _RPR,
  0,
  [_FN, _SI, _Q, _RI],
  [[0, 1], [0, 1], [0, { [_hQ]: _Q }], [0, { [_hQ]: _RI }]],
  2
];
var ResolvedS3Object$ = [
  3,
  n0,
  _RSO,
  0,
  [_SB, _SK, _SOV],
  [0, 0, 0]
];
var RetryDetails$ = [
  3,
  n0,
  _RD,
  0,
  [_CAu, _NADS],
  [1, 1]
];
var RuntimeVersionConfig$ = [
  3,
  n0,
  _RVC,
  0,
  [_RVA, _E],
  [0, [() => RuntimeVersionError$, 0]]
];
var RuntimeVersionError$ = [
  3,
  n0,
  _RVE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var S3FilesConfig$ = [
  3,
  n0,
  _SFC,
  0,
  [_DSR],
  [0]
];
var ScalingConfig$ = [
  3,
  n0,
  _SC,
  0,
  [_MCa],
  [1]
];
var SelfManagedEventSource$ = [
  3,
  n0,
  _SMES,
  0,
  [_End],
  [[2, n0, _End, 0, 0, 64 | 0]]
];
var SelfManagedKafkaEventSourceConfig$ = [
  3,
  n0,
  _SMKESC,
  0,
  [_CGI, _SRC, _CM],
  [0, () => KafkaSchemaRegistryConfig$, 0]
];
var SendDurableExecutionCallbackFailureRequest$ = [
  3,
  n0,
  _SDECFR,
  0,
  [_CI, _E],
  [[0, 1], [() => ErrorObject$, 16]],
  1
];
var SendDurableExecutionCallbackFailureResponse$ = [
  3,
  n0,
  _SDECFRe,
  0,
  [],
  []
];
var SendDurableExecutionCallbackHeartbeatRequest$ = [
  3,
  n0,
  _SDECHR,
  0,
  [_CI],
  [[0, 1]],
  1
];
var SendDurableExecutionCallbackHeartbeatResponse$ = [
  3,
  n0,
  _SDECHRe,
  0,
  [],
  []
];
var SendDurableExecutionCallbackSuccessRequest$ = [
  3,
  n0,
  _SDECSR,
  0,
  [_CI, _Re],
  [[0, 1], [() => BinaryOperationPayload, 16]],
  1
];
var SendDurableExecutionCallbackSuccessResponse$ = [
  3,
  n0,
  _SDECSRe,
  0,
  [],
  []
];
var SnapStart$ = [
  3,
  n0,
  _SSn,
  0,
  [_AOp],
  [0]
];
var SnapStartResponse$ = [
  3,
  n0,
  _SSR,
  0,
  [_AOp, _OSp],
  [0, 0]
];
var SourceAccessConfiguration$ = [
  3,
  n0,
  _SACo,
  0,
  [_T, _URI],
  [0, 0]
];
var StepDetails$ = [
  3,
  n0,
  _SD,
  0,
  [_Att, _NAT, _Re, _E],
  [1, 4, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var StepFailedDetails$ = [
  3,
  n0,
  _SFD,
  0,
  [_E, _RD],
  [[() => EventError$, 0], () => RetryDetails$],
  2
];
var StepOptions$ = [
  3,
  n0,
  _SO,
  0,
  [_NADS],
  [1]
];
var StepStartedDetails$ = [
  3,
  n0,
  _SSD,
  0,
  [],
  []
];
var StepSucceededDetails$ = [
  3,
  n0,
  _SSDt,
  0,
  [_Re, _RD],
  [[() => EventResult$, 0], () => RetryDetails$],
  2
];
var StopDurableExecutionRequest$ = [
  3,
  n0,
  _SDER,
  0,
  [_DEA, _E],
  [[0, 1], [() => ErrorObject$, 16]],
  1
];
var StopDurableExecutionResponse$ = [
  3,
  n0,
  _SDERt,
  0,
  [_STto],
  [4],
  1
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_Res, _Ta],
  [[0, 1], 128 | 0],
  2
];
var TagsError$ = [
  3,
  n0,
  _TE,
  0,
  [_EC, _M],
  [0, 0],
  2
];
var TargetTrackingScalingPolicy$ = [
  3,
  n0,
  _TTSP,
  0,
  [_PMT, _TV],
  [0, 1],
  2
];
var TenancyConfig$ = [
  3,
  n0,
  _TCe,
  0,
  [_TIM],
  [0],
  1
];
var TraceHeader$ = [
  3,
  n0,
  _TH,
  0,
  [_XATI],
  [0]
];
var TracingConfig$ = [
  3,
  n0,
  _TCr,
  0,
  [_Mo],
  [0]
];
var TracingConfigResponse$ = [
  3,
  n0,
  _TCR,
  0,
  [_Mo],
  [0]
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_Res, _TK],
  [[0, 1], [() => TagKeyList, { [_hQ]: _tK }]],
  2
];
var UpdateAliasRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_FN, _N, _FV, _D, _RC, _RI],
  [[0, 1], [0, 1], 0, 0, () => AliasRoutingConfiguration$, 0],
  2
];
var UpdateCapacityProviderRequest$ = [
  3,
  n0,
  _UCPR,
  0,
  [_CPN, _CPSC, _PT, _TC],
  [[0, 1], () => CapacityProviderScalingConfig$, () => PropagateTags$, () => CapacityProviderTelemetryConfig$],
  1
];
var UpdateCapacityProviderResponse$ = [
  3,
  n0,
  _UCPRp,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var UpdateCodeSigningConfigRequest$ = [
  3,
  n0,
  _UCSCR,
  0,
  [_CSCA, _D, _AP, _CSP],
  [[0, 1], 0, () => AllowedPublishers$, () => CodeSigningPolicies$],
  1
];
var UpdateCodeSigningConfigResponse$ = [
  3,
  n0,
  _UCSCRp,
  0,
  [_CSC],
  [() => CodeSigningConfig$],
  1
];
var UpdateEventSourceMappingRequest$ = [
  3,
  n0,
  _UESMR,
  0,
  [_UUID, _FN, _En, _BSa, _FCi, _KMSKA, _MC, _LC, _SC, _MBWIS, _PF, _DC, _MRAIS, _BBOFE, _MRA, _TWIS, _SAC, _FRT, _AMKESC, _SMKESC, _DDBESC, _PPC],
  [[0, 1], 0, 2, 1, () => FilterCriteria$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 1, 1, () => DestinationConfig$, 1, 2, 1, 1, () => SourceAccessConfigurations, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, () => ProvisionedPollerConfig$],
  1
];
var UpdateFunctionCodeRequest$ = [
  3,
  n0,
  _UFCR,
  0,
  [_FN, _ZF, _SB, _SK, _SOV, _SOSM, _IU, _Ar, _Pu, _PTu, _DR, _RI, _SKMSKA],
  [[0, 1], [() => _Blob, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 0, 2, 0, 0],
  1
];
var UpdateFunctionConfigurationRequest$ = [
  3,
  n0,
  _UFCRp,
  0,
  [_FN, _Ro, _H, _D, _Ti, _MS, _VC, _Env, _Ru, _DLC, _KMSKA, _TCr, _RI, _L, _FSC, _IC, _ES, _SSn, _LC, _CPC, _DCu],
  [[0, 1], 0, 0, 0, 1, 1, () => VpcConfig$, [() => Environment$, 0], 0, () => DeadLetterConfig$, 0, () => TracingConfig$, 0, 64 | 0, () => FileSystemConfigList, () => ImageConfig$, () => EphemeralStorage$, () => SnapStart$, () => LoggingConfig$, () => CapacityProviderConfig$, () => DurableConfig$],
  1
];
var UpdateFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _UFEICR,
  0,
  [_FN, _Q, _MRA, _MEAIS, _DC],
  [[0, 1], [0, { [_hQ]: _Q }], 1, 1, () => DestinationConfig$],
  1
];
var UpdateFunctionUrlConfigRequest$ = [
  3,
  n0,
  _UFUCR,
  0,
  [_FN, _Q, _AT, _Co, _IM],
  [[0, 1], [0, { [_hQ]: _Q }], 0, () => Cors$, 0],
  1
];
var UpdateFunctionUrlConfigResponse$ = [
  3,
  n0,
  _UFUCRp,
  0,
  [_FU, _FA, _AT, _CTr, _LMT, _Co, _IM],
  [0, 0, 0, 0, 0, () => Cors$, 0],
  5
];
var VpcConfig$ = [
  3,
  n0,
  _VC,
  0,
  [_SIu, _SGI, _IAFDS],
  [64 | 0, 64 | 0, 2]
];
var VpcConfigResponse$ = [
  3,
  n0,
  _VCR,
  0,
  [_SIu, _SGI, _VI, _IAFDS],
  [64 | 0, 64 | 0, 0, 2]
];
var WaitCancelledDetails$ = [
  3,
  n0,
  _WCD,
  0,
  [_E],
  [[() => EventError$, 0]]
];
var WaitDetails$ = [
  3,
  n0,
  _WDa,
  0,
  [_SET],
  [4]
];
var WaitOptions$ = [
  3,
  n0,
  _WO,
  0,
  [_WS],
  [1]
];
var WaitStartedDetails$ = [
  3,
  n0,
  _WSD,
  0,
  [_Du, _SET],
  [1, 4],
  2
];
var WaitSucceededDetails$ = [
  3,
  n0,
  _WSDa,
  0,
  [_Du],
  [1]
];
var __Unit = "unit";
var AliasList = [
  1,
  n0,
  _ALl,
  0,
  () => AliasConfiguration$
];
var AllowMethodsList = 64 | 0;
var AllowOriginsList = 64 | 0;
var ArchitecturesList = 64 | 0;
var CapacityProviderScalingPoliciesList = [
  1,
  n0,
  _CPSPL,
  0,
  () => TargetTrackingScalingPolicy$
];
var CapacityProviderSecurityGroupIds = 64 | 0;
var CapacityProvidersList = [
  1,
  n0,
  _CPL,
  0,
  () => CapacityProvider$
];
var CapacityProviderSubnetIds = 64 | 0;
var CodeSigningConfigList = [
  1,
  n0,
  _CSCL,
  0,
  () => CodeSigningConfig$
];
var CompatibleArchitectures = 64 | 0;
var CompatibleRuntimes = 64 | 0;
var DurableExecutions = [
  1,
  n0,
  _DE,
  0,
  () => Execution$
];
var EndpointLists = 64 | 0;
var Events = [
  1,
  n0,
  _Eve,
  0,
  [
    () => Event$,
    0
  ]
];
var EventSourceMappingMetricList = 64 | 0;
var EventSourceMappingsList = [
  1,
  n0,
  _ESML,
  0,
  () => EventSourceMappingConfiguration$
];
var ExecutionStatusList = 64 | 0;
var FileSystemConfigList = [
  1,
  n0,
  _FSCL,
  0,
  () => FileSystemConfig$
];
var FilterList = [
  1,
  n0,
  _FL,
  0,
  () => Filter$
];
var FunctionArnList = 64 | 0;
var FunctionEventInvokeConfigList = [
  1,
  n0,
  _FEICL,
  0,
  () => FunctionEventInvokeConfig$
];
var FunctionList = [
  1,
  n0,
  _FLu,
  0,
  [
    () => FunctionConfiguration$,
    0
  ]
];
var FunctionResponseTypeList = 64 | 0;
var FunctionUrlConfigList = [
  1,
  n0,
  _FUCL,
  0,
  () => FunctionUrlConfig$
];
var FunctionVersionsByCapacityProviderList = [
  1,
  n0,
  _FVBCPL,
  0,
  () => FunctionVersionsByCapacityProviderListItem$
];
var HeadersList = 64 | 0;
var InstanceTypeSet = 64 | 0;
var KafkaSchemaRegistryAccessConfigList = [
  1,
  n0,
  _KSRACL,
  0,
  () => KafkaSchemaRegistryAccessConfig$
];
var KafkaSchemaValidationConfigList = [
  1,
  n0,
  _KSVCL,
  0,
  () => KafkaSchemaValidationConfig$
];
var LayerList = 64 | 0;
var LayersList = [
  1,
  n0,
  _LL,
  0,
  () => LayersListItem$
];
var LayersReferenceList = [
  1,
  n0,
  _LRL,
  0,
  () => Layer$
];
var LayerVersionsList = [
  1,
  n0,
  _LVL,
  0,
  () => LayerVersionsListItem$
];
var Operations = [
  1,
  n0,
  _O,
  0,
  [
    () => Operation$,
    0
  ]
];
var OperationUpdates = [
  1,
  n0,
  _OUp,
  0,
  [
    () => OperationUpdate$,
    0
  ]
];
var ProvisionedConcurrencyConfigList = [
  1,
  n0,
  _PCCL,
  0,
  () => ProvisionedConcurrencyConfigListItem$
];
var Queues = 64 | 0;
var SecurityGroupIds = 64 | 0;
var SigningProfileVersionArns = 64 | 0;
var SourceAccessConfigurations = [
  1,
  n0,
  _SAC,
  0,
  () => SourceAccessConfiguration$
];
var StackTraceEntries = [
  1,
  n0,
  _STEt,
  0,
  [
    () => StackTraceEntry,
    0
  ]
];
var StringList = 64 | 0;
var SubnetIds = 64 | 0;
var TagKeyList = [
  1,
  n0,
  _TKL,
  0,
  [
    0,
    { [_xN]: _K }
  ]
];
var Topics = 64 | 0;
var AdditionalVersionWeights = 128 | 1;
var Endpoints = [
  2,
  n0,
  _End,
  0,
  0,
  64 | 0
];
var EnvironmentVariables = [
  2,
  n0,
  _EVn,
  8,
  [
    () => EnvironmentVariableName,
    0
  ],
  [
    () => EnvironmentVariableValue,
    0
  ]
];
var Tags = 128 | 0;
var InvokeWithResponseStreamResponseEvent$ = [
  4,
  n0,
  _IWRSRE,
  { [_st]: 1 },
  [_PCa, _ICn],
  [[() => InvokeResponseStreamUpdate$, 0], () => InvokeWithResponseStreamCompleteEvent$]
];
var AddLayerVersionPermission$ = [
  9,
  n0,
  _ALVP,
  { [_h]: ["POST", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 201] },
  () => AddLayerVersionPermissionRequest$,
  () => AddLayerVersionPermissionResponse$
];
var AddPermission$ = [
  9,
  n0,
  _APd,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/policy", 201] },
  () => AddPermissionRequest$,
  () => AddPermissionResponse$
];
var CheckpointDurableExecution$ = [
  9,
  n0,
  _CDE,
  { [_h]: ["POST", "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint", 200] },
  () => CheckpointDurableExecutionRequest$,
  () => CheckpointDurableExecutionResponse$
];
var CreateAlias$ = [
  9,
  n0,
  _CAr,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/aliases", 201] },
  () => CreateAliasRequest$,
  () => AliasConfiguration$
];
var CreateCapacityProvider$ = [
  9,
  n0,
  _CCP,
  { [_h]: ["POST", "/2025-11-30/capacity-providers", 202] },
  () => CreateCapacityProviderRequest$,
  () => CreateCapacityProviderResponse$
];
var CreateCodeSigningConfig$ = [
  9,
  n0,
  _CCSC,
  { [_h]: ["POST", "/2020-04-22/code-signing-configs", 201] },
  () => CreateCodeSigningConfigRequest$,
  () => CreateCodeSigningConfigResponse$
];
var CreateEventSourceMapping$ = [
  9,
  n0,
  _CESM,
  { [_h]: ["POST", "/2015-03-31/event-source-mappings", 202] },
  () => CreateEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var CreateFunction$ = [
  9,
  n0,
  _CF,
  { [_h]: ["POST", "/2015-03-31/functions", 201] },
  () => CreateFunctionRequest$,
  () => FunctionConfiguration$
];
var CreateFunctionUrlConfig$ = [
  9,
  n0,
  _CFUC,
  { [_h]: ["POST", "/2021-10-31/functions/{FunctionName}/url", 201] },
  () => CreateFunctionUrlConfigRequest$,
  () => CreateFunctionUrlConfigResponse$
];
var DeleteAlias$ = [
  9,
  n0,
  _DA,
  { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 204] },
  () => DeleteAliasRequest$,
  () => __Unit
];
var DeleteCapacityProvider$ = [
  9,
  n0,
  _DCP,
  { [_h]: ["DELETE", "/2025-11-30/capacity-providers/{CapacityProviderName}", 202] },
  () => DeleteCapacityProviderRequest$,
  () => DeleteCapacityProviderResponse$
];
var DeleteCodeSigningConfig$ = [
  9,
  n0,
  _DCSC,
  { [_h]: ["DELETE", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 204] },
  () => DeleteCodeSigningConfigRequest$,
  () => DeleteCodeSigningConfigResponse$
];
var DeleteEventSourceMapping$ = [
  9,
  n0,
  _DESM,
  { [_h]: ["DELETE", "/2015-03-31/event-source-mappings/{UUID}", 202] },
  () => DeleteEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var DeleteFunction$ = [
  9,
  n0,
  _DF,
  { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}", 200] },
  () => DeleteFunctionRequest$,
  () => DeleteFunctionResponse$
];
var DeleteFunctionCodeSigningConfig$ = [
  9,
  n0,
  _DFCSC,
  { [_h]: ["DELETE", "/2020-06-30/functions/{FunctionName}/code-signing-config", 204] },
  () => DeleteFunctionCodeSigningConfigRequest$,
  () => __Unit
];
var DeleteFunctionConcurrency$ = [
  9,
  n0,
  _DFC,
  { [_h]: ["DELETE", "/2017-10-31/functions/{FunctionName}/concurrency", 204] },
  () => DeleteFunctionConcurrencyRequest$,
  () => __Unit
];
var DeleteFunctionEventInvokeConfig$ = [
  9,
  n0,
  _DFEIC,
  { [_h]: ["DELETE", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 204] },
  () => DeleteFunctionEventInvokeConfigRequest$,
  () => __Unit
];
var DeleteFunctionUrlConfig$ = [
  9,
  n0,
  _DFUC,
  { [_h]: ["DELETE", "/2021-10-31/functions/{FunctionName}/url", 204] },
  () => DeleteFunctionUrlConfigRequest$,
  () => __Unit
];
var DeleteLayerVersion$ = [
  9,
  n0,
  _DLV,
  { [_h]: ["DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 204] },
  () => DeleteLayerVersionRequest$,
  () => __Unit
];
var DeleteProvisionedConcurrencyConfig$ = [
  9,
  n0,
  _DPCC,
  { [_h]: ["DELETE", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 204] },
  () => DeleteProvisionedConcurrencyConfigRequest$,
  () => __Unit
];
var DeleteResourcePolicy$ = [
  9,
  n0,
  _DRP,
  { [_h]: ["DELETE", "/2026-07-09/resource-policy/{ResourceArn}", 204] },
  () => DeleteResourcePolicyRequest$,
  () => __Unit
];
var GetAccountSettings$ = [
  9,
  n0,
  _GAS,
  { [_h]: ["GET", "/2016-08-19/account-settings", 200] },
  () => GetAccountSettingsRequest$,
  () => GetAccountSettingsResponse$
];
var GetAlias$ = [
  9,
  n0,
  _GA,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 200] },
  () => GetAliasRequest$,
  () => AliasConfiguration$
];
var GetCapacityProvider$ = [
  9,
  n0,
  _GCP,
  { [_h]: ["GET", "/2025-11-30/capacity-providers/{CapacityProviderName}", 200] },
  () => GetCapacityProviderRequest$,
  () => GetCapacityProviderResponse$
];
var GetCodeSigningConfig$ = [
  9,
  n0,
  _GCSC,
  { [_h]: ["GET", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 200] },
  () => GetCodeSigningConfigRequest$,
  () => GetCodeSigningConfigResponse$
];
var GetDurableExecution$ = [
  9,
  n0,
  _GDE,
  { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}", 200] },
  () => GetDurableExecutionRequest$,
  () => GetDurableExecutionResponse$
];
var GetDurableExecutionHistory$ = [
  9,
  n0,
  _GDEH,
  { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}/history", 200] },
  () => GetDurableExecutionHistoryRequest$,
  () => GetDurableExecutionHistoryResponse$
];
var GetDurableExecutionState$ = [
  9,
  n0,
  _GDES,
  { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}/state", 200] },
  () => GetDurableExecutionStateRequest$,
  () => GetDurableExecutionStateResponse$
];
var GetEventSourceMapping$ = [
  9,
  n0,
  _GESM,
  { [_h]: ["GET", "/2015-03-31/event-source-mappings/{UUID}", 200] },
  () => GetEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var GetFunction$ = [
  9,
  n0,
  _GF,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}", 200] },
  () => GetFunctionRequest$,
  () => GetFunctionResponse$
];
var GetFunctionCodeSigningConfig$ = [
  9,
  n0,
  _GFCSC,
  { [_h]: ["GET", "/2020-06-30/functions/{FunctionName}/code-signing-config", 200] },
  () => GetFunctionCodeSigningConfigRequest$,
  () => GetFunctionCodeSigningConfigResponse$
];
var GetFunctionConcurrency$ = [
  9,
  n0,
  _GFC,
  { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/concurrency", 200] },
  () => GetFunctionConcurrencyRequest$,
  () => GetFunctionConcurrencyResponse$
];
var GetFunctionConfiguration$ = [
  9,
  n0,
  _GFCe,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/configuration", 200] },
  () => GetFunctionConfigurationRequest$,
  () => FunctionConfiguration$
];
var GetFunctionEventInvokeConfig$ = [
  9,
  n0,
  _GFEIC,
  { [_h]: ["GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] },
  () => GetFunctionEventInvokeConfigRequest$,
  () => FunctionEventInvokeConfig$
];
var GetFunctionRecursionConfig$ = [
  9,
  n0,
  _GFRC,
  { [_h]: ["GET", "/2024-08-31/functions/{FunctionName}/recursion-config", 200] },
  () => GetFunctionRecursionConfigRequest$,
  () => GetFunctionRecursionConfigResponse$
];
var GetFunctionScalingConfig$ = [
  9,
  n0,
  _GFSC,
  { [_h]: ["GET", "/2025-11-30/functions/{FunctionName}/function-scaling-config", 200] },
  () => GetFunctionScalingConfigRequest$,
  () => GetFunctionScalingConfigResponse$
];
var GetFunctionUrlConfig$ = [
  9,
  n0,
  _GFUC,
  { [_h]: ["GET", "/2021-10-31/functions/{FunctionName}/url", 200] },
  () => GetFunctionUrlConfigRequest$,
  () => GetFunctionUrlConfigResponse$
];
var GetLayerVersion$ = [
  9,
  n0,
  _GLV,
  { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 200] },
  () => GetLayerVersionRequest$,
  () => GetLayerVersionResponse$
];
var GetLayerVersionByArn$ = [
  9,
  n0,
  _GLVBA,
  { [_h]: ["GET", "/2018-10-31/layers?find=LayerVersion", 200] },
  () => GetLayerVersionByArnRequest$,
  () => GetLayerVersionResponse$
];
var GetLayerVersionPolicy$ = [
  9,
  n0,
  _GLVP,
  { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 200] },
  () => GetLayerVersionPolicyRequest$,
  () => GetLayerVersionPolicyResponse$
];
var GetPolicy$ = [
  9,
  n0,
  _GP,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/policy", 200] },
  () => GetPolicyRequest$,
  () => GetPolicyResponse$
];
var GetProvisionedConcurrencyConfig$ = [
  9,
  n0,
  _GPCC,
  { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 200] },
  () => GetProvisionedConcurrencyConfigRequest$,
  () => GetProvisionedConcurrencyConfigResponse$
];
var GetResourcePolicy$ = [
  9,
  n0,
  _GRP,
  { [_h]: ["GET", "/2026-07-09/resource-policy/{ResourceArn}", 200] },
  () => GetResourcePolicyRequest$,
  () => GetResourcePolicyResponse$
];
var GetRuntimeManagementConfig$ = [
  9,
  n0,
  _GRMC,
  { [_h]: ["GET", "/2021-07-20/functions/{FunctionName}/runtime-management-config", 200] },
  () => GetRuntimeManagementConfigRequest$,
  () => GetRuntimeManagementConfigResponse$
];
var Invoke$ = [
  9,
  n0,
  _In,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/invocations", 200] },
  () => InvocationRequest$,
  () => InvocationResponse$
];
var InvokeAsync$ = [
  9,
  n0,
  _IAn,
  { [_h]: ["POST", "/2014-11-13/functions/{FunctionName}/invoke-async", 202] },
  () => InvokeAsyncRequest$,
  () => InvokeAsyncResponse$
];
var InvokeWithResponseStream$ = [
  9,
  n0,
  _IWRS,
  { [_h]: ["POST", "/2021-11-15/functions/{FunctionName}/response-streaming-invocations", 200] },
  () => InvokeWithResponseStreamRequest$,
  () => InvokeWithResponseStreamResponse$
];
var ListAliases$ = [
  9,
  n0,
  _LAi,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/aliases", 200] },
  () => ListAliasesRequest$,
  () => ListAliasesResponse$
];
var ListCapacityProviders$ = [
  9,
  n0,
  _LCP,
  { [_h]: ["GET", "/2025-11-30/capacity-providers", 200] },
  () => ListCapacityProvidersRequest$,
  () => ListCapacityProvidersResponse$
];
var ListCodeSigningConfigs$ = [
  9,
  n0,
  _LCSC,
  { [_h]: ["GET", "/2020-04-22/code-signing-configs", 200] },
  () => ListCodeSigningConfigsRequest$,
  () => ListCodeSigningConfigsResponse$
];
var ListDurableExecutionsByFunction$ = [
  9,
  n0,
  _LDEBF,
  { [_h]: ["GET", "/2025-12-01/functions/{FunctionName}/durable-executions", 200] },
  () => ListDurableExecutionsByFunctionRequest$,
  () => ListDurableExecutionsByFunctionResponse$
];
var ListEventSourceMappings$ = [
  9,
  n0,
  _LESM,
  { [_h]: ["GET", "/2015-03-31/event-source-mappings", 200] },
  () => ListEventSourceMappingsRequest$,
  () => ListEventSourceMappingsResponse$
];
var ListFunctionEventInvokeConfigs$ = [
  9,
  n0,
  _LFEIC,
  { [_h]: ["GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config/list", 200] },
  () => ListFunctionEventInvokeConfigsRequest$,
  () => ListFunctionEventInvokeConfigsResponse$
];
var ListFunctions$ = [
  9,
  n0,
  _LFi,
  { [_h]: ["GET", "/2015-03-31/functions", 200] },
  () => ListFunctionsRequest$,
  () => ListFunctionsResponse$
];
var ListFunctionsByCodeSigningConfig$ = [
  9,
  n0,
  _LFBCSC,
  { [_h]: ["GET", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions", 200] },
  () => ListFunctionsByCodeSigningConfigRequest$,
  () => ListFunctionsByCodeSigningConfigResponse$
];
var ListFunctionUrlConfigs$ = [
  9,
  n0,
  _LFUC,
  { [_h]: ["GET", "/2021-10-31/functions/{FunctionName}/urls", 200] },
  () => ListFunctionUrlConfigsRequest$,
  () => ListFunctionUrlConfigsResponse$
];
var ListFunctionVersionsByCapacityProvider$ = [
  9,
  n0,
  _LFVBCP,
  { [_h]: ["GET", "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions", 200] },
  () => ListFunctionVersionsByCapacityProviderRequest$,
  () => ListFunctionVersionsByCapacityProviderResponse$
];
var ListLayers$ = [
  9,
  n0,
  _LLi,
  { [_h]: ["GET", "/2018-10-31/layers", 200] },
  () => ListLayersRequest$,
  () => ListLayersResponse$
];
var ListLayerVersions$ = [
  9,
  n0,
  _LLV,
  { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions", 200] },
  () => ListLayerVersionsRequest$,
  () => ListLayerVersionsResponse$
];
var ListProvisionedConcurrencyConfigs$ = [
  9,
  n0,
  _LPCC,
  { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL", 200] },
  () => ListProvisionedConcurrencyConfigsRequest$,
  () => ListProvisionedConcurrencyConfigsResponse$
];
var ListTags$ = [
  9,
  n0,
  _LTi,
  { [_h]: ["GET", "/2017-03-31/tags/{Resource}", 200] },
  () => ListTagsRequest$,
  () => ListTagsResponse$
];
var ListVersionsByFunction$ = [
  9,
  n0,
  _LVBF,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/versions", 200] },
  () => ListVersionsByFunctionRequest$,
  () => ListVersionsByFunctionResponse$
];
var PublishLayerVersion$ = [
  9,
  n0,
  _PLV,
  { [_h]: ["POST", "/2018-10-31/layers/{LayerName}/versions", 201] },
  () => PublishLayerVersionRequest$,
  () => PublishLayerVersionResponse$
];
var PublishVersion$ = [
  9,
  n0,
  _PV,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/versions", 201] },
  () => PublishVersionRequest$,
  () => FunctionConfiguration$
];
var PutFunctionCodeSigningConfig$ = [
  9,
  n0,
  _PFCSC,
  { [_h]: ["PUT", "/2020-06-30/functions/{FunctionName}/code-signing-config", 200] },
  () => PutFunctionCodeSigningConfigRequest$,
  () => PutFunctionCodeSigningConfigResponse$
];
var PutFunctionConcurrency$ = [
  9,
  n0,
  _PFC,
  { [_h]: ["PUT", "/2017-10-31/functions/{FunctionName}/concurrency", 200] },
  () => PutFunctionConcurrencyRequest$,
  () => Concurrency$
];
var PutFunctionEventInvokeConfig$ = [
  9,
  n0,
  _PFEIC,
  { [_h]: ["PUT", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] },
  () => PutFunctionEventInvokeConfigRequest$,
  () => FunctionEventInvokeConfig$
];
var PutFunctionRecursionConfig$ = [
  9,
  n0,
  _PFRC,
  { [_h]: ["PUT", "/2024-08-31/functions/{FunctionName}/recursion-config", 200] },
  () => PutFunctionRecursionConfigRequest$,
  () => PutFunctionRecursionConfigResponse$
];
var PutFunctionScalingConfig$ = [
  9,
  n0,
  _PFSC,
  { [_h]: ["PUT", "/2025-11-30/functions/{FunctionName}/function-scaling-config", 202] },
  () => PutFunctionScalingConfigRequest$,
  () => PutFunctionScalingConfigResponse$
];
var PutProvisionedConcurrencyConfig$ = [
  9,
  n0,
  _PPCC,
  { [_h]: ["PUT", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 202] },
  () => PutProvisionedConcurrencyConfigRequest$,
  () => PutProvisionedConcurrencyConfigResponse$
];
var PutResourcePolicy$ = [
  9,
  n0,
  _PRP,
  { [_h]: ["PUT", "/2026-07-09/resource-policy/{ResourceArn}", 200] },
  () => PutResourcePolicyRequest$,
  () => PutResourcePolicyResponse$
];
var PutRuntimeManagementConfig$ = [
  9,
  n0,
  _PRMC,
  { [_h]: ["PUT", "/2021-07-20/functions/{FunctionName}/runtime-management-config", 200] },
  () => PutRuntimeManagementConfigRequest$,
  () => PutRuntimeManagementConfigResponse$
];
var RemoveLayerVersionPermission$ = [
  9,
  n0,
  _RLVP,
  { [_h]: ["DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}", 204] },
  () => RemoveLayerVersionPermissionRequest$,
  () => __Unit
];
var RemovePermission$ = [
  9,
  n0,
  _RP,
  { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}/policy/{StatementId}", 204] },
  () => RemovePermissionRequest$,
  () => __Unit
];
var SendDurableExecutionCallbackFailure$ = [
  9,
  n0,
  _SDECF,
  { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail", 200] },
  () => SendDurableExecutionCallbackFailureRequest$,
  () => SendDurableExecutionCallbackFailureResponse$
];
var SendDurableExecutionCallbackHeartbeat$ = [
  9,
  n0,
  _SDECH,
  { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat", 200] },
  () => SendDurableExecutionCallbackHeartbeatRequest$,
  () => SendDurableExecutionCallbackHeartbeatResponse$
];
var SendDurableExecutionCallbackSuccess$ = [
  9,
  n0,
  _SDECS,
  { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed", 200] },
  () => SendDurableExecutionCallbackSuccessRequest$,
  () => SendDurableExecutionCallbackSuccessResponse$
];
var StopDurableExecution$ = [
  9,
  n0,
  _SDE,
  { [_h]: ["POST", "/2025-12-01/durable-executions/{DurableExecutionArn}/stop", 200] },
  () => StopDurableExecutionRequest$,
  () => StopDurableExecutionResponse$
];
var TagResource$ = [
  9,
  n0,
  _TR,
  { [_h]: ["POST", "/2017-03-31/tags/{Resource}", 204] },
  () => TagResourceRequest$,
  () => __Unit
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  { [_h]: ["DELETE", "/2017-03-31/tags/{Resource}", 204] },
  () => UntagResourceRequest$,
  () => __Unit
];
var UpdateAlias$ = [
  9,
  n0,
  _UA,
  { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 200] },
  () => UpdateAliasRequest$,
  () => AliasConfiguration$
];
var UpdateCapacityProvider$ = [
  9,
  n0,
  _UCP,
  { [_h]: ["PUT", "/2025-11-30/capacity-providers/{CapacityProviderName}", 202] },
  () => UpdateCapacityProviderRequest$,
  () => UpdateCapacityProviderResponse$
];
var UpdateCodeSigningConfig$ = [
  9,
  n0,
  _UCSC,
  { [_h]: ["PUT", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 200] },
  () => UpdateCodeSigningConfigRequest$,
  () => UpdateCodeSigningConfigResponse$
];
var UpdateEventSourceMapping$ = [
  9,
  n0,
  _UESM,
  { [_h]: ["PUT", "/2015-03-31/event-source-mappings/{UUID}", 202] },
  () => UpdateEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var UpdateFunctionCode$ = [
  9,
  n0,
  _UFC,
  { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/code", 200] },
  () => UpdateFunctionCodeRequest$,
  () => FunctionConfiguration$
];
var UpdateFunctionConfiguration$ = [
  9,
  n0,
  _UFCp,
  { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/configuration", 200] },
  () => UpdateFunctionConfigurationRequest$,
  () => FunctionConfiguration$
];
var UpdateFunctionEventInvokeConfig$ = [
  9,
  n0,
  _UFEIC,
  { [_h]: ["POST", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] },
  () => UpdateFunctionEventInvokeConfigRequest$,
  () => FunctionEventInvokeConfig$
];
var UpdateFunctionUrlConfig$ = [
  9,
  n0,
  _UFUC,
  { [_h]: ["PUT", "/2021-10-31/functions/{FunctionName}/url", 200] },
  () => UpdateFunctionUrlConfigRequest$,
  () => UpdateFunctionUrlConfigResponse$
];

// node_modules/@aws-sdk/client-lambda/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2015-03-31",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultLambdaHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.lambda",
      errorTypeRegistries,
      version: "2015-03-31",
      serviceTarget: "AWSGirApiService"
    },
    serviceId: config?.serviceId ?? "Lambda",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-lambda/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-lambda/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-lambda/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-lambda/dist-es/LambdaClient.js
var LambdaClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveEventStreamSerdeConfig(_config_6);
    const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
    const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
    this.config = _config_9;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultLambdaHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-lambda/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSGirApiService", "LambdaClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/@aws-sdk/client-lambda/dist-es/commands/CreateAliasCommand.js
var CreateAliasCommand = class extends command(_ep0, _mw0, "CreateAlias", CreateAlias$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/DeleteAliasCommand.js
var DeleteAliasCommand = class extends command(_ep0, _mw0, "DeleteAlias", DeleteAlias$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetAliasCommand.js
var GetAliasCommand = class extends command(_ep0, _mw0, "GetAlias", GetAlias$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetFunctionCommand.js
var GetFunctionCommand = class extends command(_ep0, _mw0, "GetFunction", GetFunction$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetFunctionConfigurationCommand.js
var GetFunctionConfigurationCommand = class extends command(_ep0, _mw0, "GetFunctionConfiguration", GetFunctionConfiguration$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/UpdateAliasCommand.js
var UpdateAliasCommand = class extends command(_ep0, _mw0, "UpdateAlias", UpdateAlias$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/UpdateFunctionConfigurationCommand.js
var UpdateFunctionConfigurationCommand = class extends command(_ep0, _mw0, "UpdateFunctionConfiguration", UpdateFunctionConfiguration$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/waiters/waitForFunctionUpdatedV2.js
var checkState = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new GetFunctionCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.Configuration.LastUpdateStatus;
      };
      if (returnComparator() === "Successful") {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        return result.Configuration.LastUpdateStatus;
      };
      if (returnComparator() === "Failed") {
        return { state: WaiterState.FAILURE, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        return result.Configuration.LastUpdateStatus;
      };
      if (returnComparator() === "InProgress") {
        return { state: WaiterState.RETRY, reason };
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
  }
  return { state: WaiterState.RETRY, reason };
};
var waitUntilFunctionUpdatedV2 = async (params, input) => {
  const serviceDefaults = { minDelay: 1, maxDelay: 300 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
  return checkExceptions(result);
};

// src/aws/call.ts
var regions = /* @__PURE__ */ new WeakMap();
function noteRegion(error2, region) {
  if (error2 instanceof Object) regions.set(error2, region);
}
function hintFor(error2) {
  const name = error2 instanceof Error ? error2.name : "";
  if (/Throttl|TooManyRequests/.test(name)) {
    const region = error2 instanceof Object ? regions.get(error2) : void 0;
    const where = region === void 0 ? "" : ` in ${region}`;
    return ` (throttled${where} even after the SDK's retries: other deploys or tools are using Lambda's quota in this account and region; retry the job later)`;
  }
  if (name === "PreconditionFailedException") {
    return " (another deploy changed it since this run read it: their change was not overwritten)";
  }
  if (/AccessDenied|Unauthorized|Forbidden/.test(name)) {
    return " (the role lacks this permission: see docs/iam-policies.md)";
  }
  if (/CredentialsProviderError|ExpiredToken/.test(name)) {
    return " (no usable AWS credentials: run aws-actions/configure-aws-credentials before this step)";
  }
  return "";
}
var AwsCallError = class extends Error {
  code;
  constructor(operation, target, cause) {
    const name = cause instanceof Error ? cause.name : "Error";
    const kind = name === "Error" ? "" : `${name}: `;
    super(`${operation} ${target}: ${kind}${errorMessage(cause)}${hintFor(cause)}`, { cause });
    this.name = "AwsCallError";
    this.code = name;
  }
};
async function awsCall(operation, target, call) {
  try {
    return await call();
  } catch (error2) {
    if (error2 instanceof AwsCallError) throw error2;
    throw new AwsCallError(operation, target, error2);
  }
}
async function unlessMissing(call, ...missing) {
  try {
    return await call;
  } catch (error2) {
    if (isNamed(error2, ...missing)) return void 0;
    throw error2;
  }
}
function isNamed(error2, ...names) {
  if (!(error2 instanceof Error)) return false;
  const code = error2 instanceof AwsCallError ? error2.code : error2.name;
  return names.includes(code);
}

// src/aws/pace.ts
import { setTimeout as sleep } from "node:timers/promises";
var CONTROL_PLANE_PER_SECOND = 15;
var GET_FUNCTION_PER_SECOND = 100;
var BURST = 5;
function tokenBucket(perSecond, burst) {
  const interval = 1e3 / perSecond;
  let due = 0;
  return async () => {
    const now = performance.now();
    const at = Math.max(now, due - (burst - 1) * interval);
    due = Math.max(due, at) + interval;
    if (at > now) await sleep(at - now);
  };
}
function paceLambda(client, region) {
  const controlPlane = tokenBucket(CONTROL_PLANE_PER_SECOND, BURST);
  const getFunction = tokenBucket(GET_FUNCTION_PER_SECOND, BURST);
  client.middlewareStack.addRelativeTo(
    (next, context) => async (args) => {
      if (context.commandName !== "InvokeCommand") {
        await (context.commandName === "GetFunctionCommand" ? getFunction() : controlPlane());
      }
      try {
        return await next(args);
      } catch (error2) {
        noteRegion(error2, region);
        throw error2;
      }
    },
    { name: "lambdaQuotaPacing", relation: "before", toMiddleware: "httpSigningMiddleware" }
  );
}

// src/aws/clients.ts
function lazy(create) {
  let created;
  return () => created ??= create();
}
var PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];
function proxySet() {
  return PROXY_VARIABLES.some((name) => Boolean(process.env[name]));
}
function proxyConfig() {
  if (!proxySet()) return {};
  return { requestHandler: new NodeHttpHandler(async () => (await import("./proxy-4WGZ4VK4.js")).proxyAgents()) };
}
async function awsFetch(url, init) {
  if (!proxySet()) return fetch(url, init);
  return (await import("./proxy-4WGZ4VK4.js")).getThroughProxy(url, init);
}
function createClients(region) {
  const config = {
    region,
    retryMode: "adaptive",
    maxAttempts: 8,
    customUserAgent: "lambda-layer-deploy",
    ...proxyConfig()
  };
  const customEndpoint = Boolean(process.env["AWS_ENDPOINT_URL"] || process.env["AWS_ENDPOINT_URL_S3"]);
  const lambda = new LambdaClient(config);
  paceLambda(lambda, region);
  return {
    lambda,
    s3: lazy(async () => new (await import("./dist-es-C7EHV7XS.js")).S3Client({ ...config, forcePathStyle: customEndpoint })),
    ssm: lazy(async () => new (await import("./dist-es-EVOIWQZZ.js")).SSMClient(config)),
    cloudwatch: lazy(async () => new (await import("./dist-es-EGWBJ4PN.js")).CloudWatchClient(config)),
    sts: lazy(async () => new (await import("./dist-es-WO6OOCZF.js")).STSClient(config))
  };
}
async function callerAccount(sts) {
  const client = await sts();
  const { GetCallerIdentityCommand } = await import("./dist-es-WO6OOCZF.js");
  const identity = await awsCall("GetCallerIdentity", "the credentials", () => client.send(new GetCallerIdentityCommand({})));
  return identity.Account ?? "";
}

// src/aws/regions.ts
function regionalClients() {
  const made = /* @__PURE__ */ new Map();
  return (region) => {
    let clients = made.get(region);
    if (!clients) {
      clients = createClients(region);
      made.set(region, clients);
    }
    return clients;
  };
}
function placed(name, region) {
  return region === void 0 ? name : `${name} in ${region}`;
}
async function naming(region, work) {
  try {
    return await work();
  } catch (error2) {
    if (region === void 0) throw error2;
    throw new Error(`${region}: ${errorMessage(error2)}`, { cause: error2 });
  }
}
async function eachRegion(regions2, work) {
  const [only] = regions2;
  if (regions2.length === 1 && only) return [await work(only)];
  return allOrThrow(await Promise.allSettled(regions2.map((region) => naming(region.tag, () => work(region)))), "Regions");
}

// src/inputs/names.ts
var Input = {
  Mode: "mode",
  Layers: "layers",
  LayerName: "layer-name",
  LayerPath: "layer-path",
  LayerDescription: "layer-description",
  CompatibleRuntimes: "compatible-runtimes",
  CompatibleArchitectures: "compatible-architectures",
  LicenseInfo: "license-info",
  Exclude: "exclude",
  S3Bucket: "s3-bucket",
  S3Prefix: "s3-prefix",
  DryRun: "dry-run",
  AwsRegion: "aws-region",
  Functions: "functions",
  CodePath: "code-path",
  Alias: "alias",
  CreateAlias: "create-alias",
  RollbackOnFailure: "rollback-on-failure",
  MaxParallel: "max-parallel",
  WaitTimeout: "wait-timeout",
  KeepLayerVersions: "keep-layer-versions",
  KeepFunctionVersions: "keep-function-versions",
  ToVersion: "to-version",
  SsmParameter: "ssm-parameter",
  Traffic: "traffic",
  Alarms: "alarms",
  FiringAlarms: "firing-alarms",
  BakeTime: "bake-time",
  SmokeTestPayload: "smoke-test-payload",
  Verify: "verify",
  VerifyIgnore: "verify-ignore",
  GithubToken: "github-token",
  PullRequestComment: "pull-request-comment",
  LayerPermissions: "layer-permissions",
  Runtime: "runtime",
  Architecture: "architecture",
  Environment: "environment",
  EnvironmentMode: "environment-mode",
  MemorySize: "memory-size",
  Timeout: "timeout",
  Handler: "handler",
  FunctionConfig: "function-config"
};
var Output = {
  ContentHash: "content-hash",
  LayerVersionArn: "layer-version-arn",
  LayerVersion: "layer-version",
  LayerPublished: "layer-published",
  LayerVersions: "layer-versions",
  FunctionVersions: "function-versions",
  PreviousVersions: "previous-versions",
  RolledBack: "rolled-back",
  DeletedLayerVersions: "deleted-layer-versions",
  DeletedFunctionVersions: "deleted-function-versions",
  Checksums: "checksums",
  Regions: "regions"
};
var State = {
  Deploy: "deploy"
};
var MODES = ["deploy", "cleanup", "rollback"];

// src/report/summary.ts
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function escapeHtml(text) {
  return text.replace(/[&<>]/g, (c2) => HTML_ESCAPES[c2] ?? c2);
}
var header = (...titles) => titles.map((data) => ({ data, header: true }));
function reportFailure(error2) {
  const message = errorMessage(error2);
  setFailed(message);
  summary.addHeading("Failed", 3).addCodeBlock(escapeHtml(message));
}
function reportRolledBack(rolledBack) {
  setOutput(Output.RolledBack, String(rolledBack));
}
async function writeSummary() {
  if (process.env["GITHUB_STEP_SUMMARY"]) await summary.write();
}

// src/aws/ssm.ts
async function readParameter(ssm, name) {
  const client = await ssm();
  const { GetParameterCommand } = await import("./dist-es-EVOIWQZZ.js");
  return awsCall("GetParameter", name, async () => {
    const read = await unlessMissing(client.send(new GetParameterCommand({ Name: name })), "ParameterNotFound");
    return read && { value: read.Parameter?.Value ?? "", version: read.Parameter?.Version ?? 0, type: read.Parameter?.Type ?? "" };
  });
}
async function writeParameter(ssm, name, value) {
  const current = await readParameter(ssm, name);
  if (current?.value === value) return { outcome: "unchanged", written: void 0 };
  const client = await ssm();
  const { PutParameterCommand } = await import("./dist-es-EVOIWQZZ.js");
  const put = await awsCall(
    "PutParameter",
    name,
    () => client.send(new PutParameterCommand({ Name: name, Value: value, Type: "String", Overwrite: current !== void 0 }))
  );
  return {
    outcome: current === void 0 ? "created" : "updated",
    written: { name, previous: current?.value ?? null, value, version: put.Version ?? 0 }
  };
}
async function rollBackParameter(ssm, record) {
  const current = await readParameter(ssm, record.name);
  const client = await ssm();
  const { DeleteParameterCommand, PutParameterCommand } = await import("./dist-es-EVOIWQZZ.js");
  if (current === void 0) return record.previous === null ? "already in place" : "written by another deploy since: left alone";
  if (current.value === record.previous) return "already in place";
  if (current.version !== record.version) return "written by another deploy since: left alone";
  if (record.previous === null) {
    await awsCall("DeleteParameter", record.name, () => client.send(new DeleteParameterCommand({ Name: record.name })));
    return "deleted";
  }
  const previous = record.previous;
  await awsCall(
    "PutParameter",
    record.name,
    () => client.send(new PutParameterCommand({ Name: record.name, Value: previous, Type: "String", Overwrite: true }))
  );
  return "rolled back";
}

// src/pack/upload.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open as open2 } from "node:fs/promises";
var PART_SIZE = 8 * 1024 * 1024;
var PARTS_IN_FLIGHT = 4;
var uploads = /* @__PURE__ */ new Map();
function uploadOnce(s3, bucket, key, zip) {
  const target = `s3://${bucket}/${key}`;
  let upload = uploads.get(target);
  if (!upload) {
    upload = putIfAbsent(s3, bucket, key, zip);
    uploads.set(target, upload);
  }
  return upload;
}
async function putIfAbsent(s3, bucket, key, zip) {
  const client = await s3();
  const { PutObjectCommand } = await import("./dist-es-C7EHV7XS.js");
  return ifAbsent(
    "PutObject",
    `s3://${bucket}/${key}`,
    () => client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        // 1 MiB reads rather than 64 KiB: fewer, larger socket writes.
        Body: createReadStream(zip.path, { highWaterMark: 1024 * 1024 }),
        ContentLength: zip.size,
        ContentType: "application/zip",
        ChecksumSHA256: zip.sha256,
        IfNoneMatch: "*"
      })
    )
  );
}
async function ifAbsent(operation, target, send) {
  try {
    await awsCall(operation, target, send);
    return true;
  } catch (error2) {
    if (isNamed(error2, "PreconditionFailed")) return false;
    throw error2;
  }
}
async function copyOnce(s3, from, bucket, key) {
  const client = await s3();
  const { CopyObjectCommand } = await import("./dist-es-C7EHV7XS.js");
  return ifAbsent(
    "CopyObject",
    `s3://${from.bucket}/${from.key} to s3://${bucket}/${key}`,
    () => client.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: key,
        CopySource: `${from.bucket}/${encodeURIComponent(from.key)}`,
        IfNoneMatch: "*"
      })
    )
  );
}
async function packAndUpload(s3, bucket, key, path, pack, open3) {
  let multipart;
  try {
    const zip = await pack((bytes) => {
      if (!multipart && bytes >= PART_SIZE) multipart = startMultipart(s3, bucket, key, path, open3);
      multipart?.written(bytes);
    });
    return { zip, uploaded: multipart ? await multipart.complete(zip.size) : await putIfAbsent(s3, bucket, key, zip) };
  } catch (error2) {
    await multipart?.abort();
    throw error2;
  }
}
function startMultipart(s3, bucket, key, path, open3) {
  const target = `s3://${bucket}/${key}`;
  const sdk = (async () => ({ client: await s3(), commands: await import("./dist-es-C7EHV7XS.js") }))();
  const created = sdk.then(
    ({ client, commands }) => awsCall(
      "CreateMultipartUpload",
      target,
      () => client.send(
        new commands.CreateMultipartUploadCommand({
          Bucket: bucket,
          Key: key,
          ContentType: "application/zip",
          ChecksumAlgorithm: "SHA256"
        })
      )
    ).then((out) => {
      if (out.UploadId === void 0) throw new Error(`S3 answered CreateMultipartUpload for ${target} without an UploadId`);
      const upload = { bucket, key, uploadId: out.UploadId };
      open3.add(upload);
      return upload;
    })
  );
  created.catch(() => void 0);
  const parts = [];
  let queued = 0;
  let failure;
  let stopped = false;
  const slot = slots(PARTS_IN_FLIGHT);
  const send = async (part, start, length) => {
    const release = await slot();
    try {
      if (stopped) throw new Error("the upload stopped");
      const body = await readPart(path, start, length);
      const digest = createHash("sha256").update(body).digest();
      const checksum = digest.toString("base64");
      const [{ client, commands }, { uploadId }] = await Promise.all([sdk, created]);
      const command2 = new commands.UploadPartCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        PartNumber: part,
        Body: body,
        ContentLength: length,
        ChecksumSHA256: checksum
      });
      command2.middlewareStack.add(
        (next) => (args) => {
          args.request.headers["x-amz-content-sha256"] = digest.toString("hex");
          return next(args);
        },
        { step: "build" }
      );
      const out = await awsCall("UploadPart", `${target} (part ${part})`, () => client.send(command2));
      return { PartNumber: part, ETag: out.ETag, ChecksumSHA256: checksum };
    } catch (error2) {
      if (!stopped) failure = error2;
      stopped = true;
      throw error2;
    } finally {
      release();
    }
  };
  const queue = (end, last) => {
    while (end - queued >= PART_SIZE || last && end > queued) {
      const length = Math.min(PART_SIZE, end - queued);
      const part = send(parts.length + 1, queued, length);
      part.catch(() => void 0);
      parts.push(part);
      queued += length;
    }
  };
  const settled = () => Promise.allSettled(parts);
  const abort = async () => {
    stopped = true;
    await settled();
    const upload = await created.catch(() => void 0);
    if (upload === void 0) return;
    if (await abortUpload(s3, upload) !== "left open") open3.remove(upload);
  };
  return {
    written: (bytes) => queue(bytes, false),
    complete: async (size) => {
      queue(size, true);
      await settled();
      if (failure !== void 0) throw failure;
      const [{ client, commands }, upload] = await Promise.all([sdk, created]);
      const completed = await Promise.all(parts);
      try {
        await awsCall(
          "CompleteMultipartUpload",
          target,
          () => client.send(
            new commands.CompleteMultipartUploadCommand({
              Bucket: bucket,
              Key: key,
              UploadId: upload.uploadId,
              MultipartUpload: { Parts: completed },
              IfNoneMatch: "*"
            })
          )
        );
        open3.remove(upload);
        return true;
      } catch (error2) {
        if (!isNamed(error2, "PreconditionFailed")) throw error2;
        await abort();
        return false;
      }
    },
    abort
  };
}
async function abortUpload(s3, upload) {
  const { bucket, key, uploadId } = upload;
  const client = await s3();
  const { AbortMultipartUploadCommand } = await import("./dist-es-C7EHV7XS.js");
  try {
    await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }));
    return "aborted";
  } catch (error2) {
    if (isNamed(error2, "NoSuchUpload")) return "already completed or aborted";
    warning(
      `${new AwsCallError("AbortMultipartUpload", `s3://${bucket}/${key}`, error2).message}. The parts uploaded so far stay in the bucket, billed, until the upload is aborted: allow s3:AbortMultipartUpload on the bucket, or give it a lifecycle rule with AbortIncompleteMultipartUpload.`
    );
    return "left open";
  }
}
async function readPart(path, start, length) {
  const file = await open2(path, "r");
  try {
    const body = Buffer.allocUnsafe(length);
    const { bytesRead } = await file.read(body, 0, length, start);
    if (bytesRead < length) throw new Error(`${path}: ${bytesRead} bytes at ${start}, where the packer wrote ${length}`);
    return body;
  } finally {
    await file.close();
  }
}

// src/aws/wait.ts
var UPDATE_POLL_SECONDS = 1;
async function waitUpdated(lambda, id, deadline) {
  const maxWaitTime = Math.max(1, Math.ceil((deadline - Date.now()) / 1e3));
  try {
    const { final } = await waitUntilFunctionUpdatedV2(
      { client: lambda, maxWaitTime, minDelay: UPDATE_POLL_SECONDS, maxDelay: UPDATE_POLL_SECONDS },
      { FunctionName: id }
    );
    return final?.Configuration ?? {};
  } catch (error2) {
    const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: id }));
    if (config.LastUpdateStatus === "Failed") {
      throw new Error(
        `the update failed: ${config.LastUpdateStatusReasonCode ?? ""} ${config.LastUpdateStatusReason ?? ""}`.trim()
      );
    }
    if (isNamed(error2, "TimeoutError")) throw new Error("the update did not finish within wait-timeout");
    throw error2;
  }
}
async function whenIdle(lambda, id, deadline, write) {
  for (; ; ) {
    try {
      return await write();
    } catch (error2) {
      if (!isNamed(error2, "ResourceConflictException") || Date.now() >= deadline) throw error2;
      await waitUpdated(lambda, id, deadline);
    }
  }
}

// src/aws/limits.ts
var DIRECT_UPLOAD_LIMIT = 50 * 1024 * 1024;
var UNZIPPED_LIMIT = 250 * 1024 * 1024;
var ZIP_ENTRY_LIMIT = 65535;
var MAX_LAYERS = 5;
var DESCRIPTION_LIMIT = 256;
var MEMORY_MB = { min: 128, max: 10240 };
var TIMEOUT_SECONDS = { min: 1, max: 900 };
var EPHEMERAL_STORAGE_MB = { min: 512, max: 10240 };
var HANDLER_LIMIT = 128;
var ENVIRONMENT_LIMIT = 4096;
var ENVIRONMENT_KEY = /^[a-zA-Z][a-zA-Z0-9_]+$/;
var RESERVED_ENVIRONMENT_KEYS = /* @__PURE__ */ new Set([
  "_HANDLER",
  "_X_AMZN_TRACE_ID",
  "AWS_DEFAULT_REGION",
  "AWS_REGION",
  "AWS_EXECUTION_ENV",
  "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
  "AWS_LAMBDA_FUNCTION_VERSION",
  "AWS_LAMBDA_INITIALIZATION_TYPE",
  "AWS_LAMBDA_LOG_GROUP_NAME",
  "AWS_LAMBDA_LOG_STREAM_NAME",
  "AWS_ACCESS_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_LAMBDA_RUNTIME_API",
  "LAMBDA_TASK_ROOT",
  "LAMBDA_RUNTIME_DIR",
  "TZ"
]);

// src/functions/config.ts
var DEFAULT_EPHEMERAL_STORAGE = 512;
function architectureOf(config) {
  return config.Architectures?.[0] ?? "x86_64";
}
function variablesOf(config) {
  return config.Environment?.Variables ?? {};
}
function sameVariables(a2, b2) {
  const keys = Object.keys(a2);
  return keys.length === Object.keys(b2).length && keys.every((key) => Object.hasOwn(b2, key) && a2[key] === b2[key]);
}
function snapshot(config) {
  return {
    Runtime: config.Runtime,
    Handler: config.Handler,
    MemorySize: config.MemorySize,
    Timeout: config.Timeout,
    Architectures: architectureOf(config),
    Environment: variablesOf(config),
    Description: config.Description ?? "",
    EphemeralStorage: config.EphemeralStorage?.Size ?? DEFAULT_EPHEMERAL_STORAGE
  };
}
function flat(field, fields) {
  if (field === "Environment") return fields.Environment?.Variables;
  if (field === "EphemeralStorage") return fields.EphemeralStorage?.Size;
  if (field === "Architectures") return fields.Architectures?.[0];
  return fields[field];
}
function same(field, a2, b2) {
  return field === "Environment" ? sameVariables(a2, b2) : a2 === b2;
}
function holds(config, fields) {
  const now = snapshot(config);
  return Object.keys(fields).every((field) => same(field, now[field], flat(field, fields)));
}
function environmentSize(variables) {
  return Buffer.byteLength(JSON.stringify({ ...variables }));
}
function planConfiguration(name, latest, { wanted, origin, environmentMode }, hasCode) {
  const now = snapshot(latest);
  const update = {};
  const previous = {};
  for (const field of ["Runtime", "Handler", "MemorySize", "Timeout", "Description", "EphemeralStorage"]) {
    if (wanted[field] !== void 0 && !same(field, now[field], flat(field, wanted))) {
      Object.assign(update, { [field]: wanted[field] });
      Object.assign(previous, { [field]: field === "EphemeralStorage" ? { Size: now[field] } : now[field] });
    }
  }
  if (wanted.Environment) {
    const given = wanted.Environment.Variables;
    const variables = environmentMode === "merge" ? { ...now.Environment, ...given } : { ...given };
    const size = environmentSize(variables);
    if (size > ENVIRONMENT_LIMIT) {
      throw new InputError(
        origin.Environment ?? Input.Environment,
        `"${name}" would have ${size} bytes of environment variables (${Object.keys(variables).length} variables, measured as Lambda does: the JSON of names and values), above Lambda's limit of ${ENVIRONMENT_LIMIT}: keep large values in SSM Parameter Store or Secrets Manager`
      );
    }
    if (!sameVariables(variables, now.Environment)) {
      update.Environment = { Variables: variables };
      previous.Environment = { Variables: now.Environment };
    }
  }
  const architecture = wanted.Architectures?.[0];
  const moves = architecture !== void 0 && architecture !== now.Architectures;
  if (moves && !hasCode) {
    throw new InputError(
      origin.Architectures ?? Input.Architecture,
      `"${name}" moves from ${now.Architectures} to ${architecture}, and its code must move with it, built for ${architecture}: set code-path or ${name}=PATH`
    );
  }
  return { update, previous, architecture: moves ? architecture : void 0 };
}
function environmentChange(before, after) {
  const keys = (variables) => Object.keys(variables).sort();
  return [
    ...keys(after).filter((key) => !Object.hasOwn(before, key)).map((key) => `+${key}`),
    ...keys(after).filter((key) => Object.hasOwn(before, key) && before[key] !== after[key]).map((key) => `~${key}`),
    ...keys(before).filter((key) => !Object.hasOwn(after, key)).map((key) => `-${key}`)
  ].join(" ");
}
var LABELS = [
  ["MemorySize", "memory"],
  ["Timeout", "timeout"],
  ["Runtime", "runtime"],
  ["Architectures", "architecture"],
  ["Handler", "handler"],
  ["EphemeralStorage", "ephemeral storage"]
];
function configurationChanges(from, latest, { update, architecture }) {
  const before = snapshot(from);
  const after = {
    ...snapshot(latest),
    ...Object.fromEntries(Object.keys(update).map((field) => [field, flat(field, update)])),
    ...architecture ? { Architectures: architecture } : {}
  };
  const environment = environmentChange(before.Environment, after.Environment);
  return [
    ...environment ? [`environment: ${environment}`] : [],
    ...LABELS.flatMap(
      ([field, label]) => before[field] === after[field] ? [] : [`${label} ${before[field] ?? "none"} -> ${after[field] ?? "none"}`]
    ),
    ...update.Description === void 0 ? [] : ["description changed"]
  ];
}

// src/aws/arns.ts
var LAYER_NAME = /^[a-zA-Z0-9_-]{1,140}$/;
var LAYER_ARN = /^arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d):(?<account>\d{12}):layer:(?<name>[a-zA-Z0-9_-]{1,140})$/;
var LAYER_VERSION_ARN = /^arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d):\d{12}:layer:(?<name>[a-zA-Z0-9_-]{1,140}):(?<version>[1-9]\d*)$/;
var FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
var FUNCTION_ARN = /^arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d):(?<account>\d{12}):function:(?<name>[a-zA-Z0-9_-]{1,64})$/;
var SSM_NAME = /^[a-zA-Z0-9_.\-/]{1,2048}$/;
function versionArnParts(arn) {
  const cut = arn.lastIndexOf(":");
  return { layerArn: arn.slice(0, cut), version: Number(arn.slice(cut + 1)) };
}
function layerNameOf(arn) {
  return arn.split(":")[6] ?? arn;
}

// src/functions/layers.ts
function sameList(a2, b2) {
  return a2.length === b2.length && a2.every((item, i2) => item === b2[i2]);
}
function layerArns(config) {
  return (config.Layers ?? []).flatMap((layer) => layer.Arn ? [layer.Arn] : []);
}
function withLayers(layers, versionArns) {
  return versionArns.reduce((current, versionArn) => {
    const name = layerNameOf(versionArn);
    const index = current.findIndex((arn) => layerNameOf(arn) === name);
    return index === -1 ? [...current, versionArn] : current.map((arn, i2) => i2 === index ? versionArn : arn);
  }, layers);
}

// src/functions/latest.ts
var LATEST_LEFT_ALONE = "changed by another deploy since: left alone";
async function settledLatest(lambda, id, deadline) {
  const read = () => lambda.send(new GetFunctionConfigurationCommand({ FunctionName: id }));
  const config = await waitUpdated(lambda, id, deadline).catch(read);
  if (config.LastUpdateStatus === "InProgress") throw new Error("an update is still in progress after wait-timeout");
  return config;
}
async function previousEnvironment(lambda, record, given) {
  if (given || !record.environmentFrom) return given;
  const version = record.environmentFrom;
  const config = await awsCall(
    "GetFunctionConfiguration",
    `${record.id}:${version}`,
    () => lambda.send(new GetFunctionConfigurationCommand({ FunctionName: record.id, Qualifier: version }))
  );
  return config.Environment?.Variables ?? {};
}
async function restoreLatest(lambda, record, waitTimeoutSeconds, environment) {
  const { id } = record;
  const deadline = Date.now() + waitTimeoutSeconds * 1e3;
  const config = await awsCall("Waiting for the update of", id, () => settledLatest(lambda, id, deadline));
  const layers = layerArns(config);
  const ours = sameList(layers, record.layers) && holds(config, record.configuration);
  if (config.CodeSha256 === record.code && ours) return "on this run's code and layers";
  if (config.CodeSha256 !== record.previousCode) return LATEST_LEFT_ALONE;
  const previous = sameList(layers, record.previousLayers) && holds(config, record.previousConfiguration) && record.environmentFrom === void 0;
  if (config.RevisionId === record.revision || previous) return "still on its previous code and layers";
  if (!ours) return LATEST_LEFT_ALONE;
  const variables = await previousEnvironment(lambda, record, environment);
  try {
    await awsCall(
      "UpdateFunctionConfiguration",
      id,
      () => whenIdle(
        lambda,
        id,
        deadline,
        () => lambda.send(
          new UpdateFunctionConfigurationCommand({
            FunctionName: id,
            Layers: record.previousLayers,
            ...record.previousConfiguration,
            ...variables ? { Environment: { Variables: { ...variables } } } : {},
            RevisionId: config.RevisionId
          })
        )
      )
    );
  } catch (error2) {
    if (isNamed(error2, "PreconditionFailedException")) return LATEST_LEFT_ALONE;
    throw error2;
  }
  await awsCall("Waiting for the update of", id, () => waitUpdated(lambda, id, deadline));
  const configured = Object.keys(record.previousConfiguration).length > 0 || record.environmentFrom !== void 0;
  const what = [!sameList(record.layers, record.previousLayers) && "layers", configured && "configuration"].filter(Boolean);
  const kept = record.environmentFrom !== void 0 && !variables ? ", except its environment, which no published version holds and this run never saves: it keeps this run's variables" : "";
  return `its previous ${what.join(" and ")} put back${kept}`;
}

// src/rollback/record.ts
function recordList(record, list, region) {
  return {
    add: (entry) => {
      list.push(region === void 0 ? entry : Object.assign(entry, { region }));
      saveRecord(record);
    },
    remove: (entry) => {
      const index = list.indexOf(entry);
      if (index === -1) return;
      list.splice(index, 1);
      saveRecord(record);
    }
  };
}
function saveRecord(record) {
  saveState(State.Deploy, JSON.stringify(record));
}
function loadRecord() {
  const raw = getState(State.Deploy);
  return raw === "" ? void 0 : JSON.parse(raw);
}
function recordPublished(record, id, version, region) {
  const entry = record.aliases.find((alias) => alias.id === id && alias.region === region);
  if (!entry) throw new Error(`${placed(id, region)} is not in the deploy's record`);
  entry.published = version;
  saveRecord(record);
}

// src/functions/alias.ts
function clientOf(lambda, record) {
  return typeof lambda === "function" ? lambda(record.region) : lambda;
}
function aliasRecord(id, alias, state, region) {
  return {
    id,
    alias,
    ...region === void 0 ? {} : { region },
    previous: state?.version ?? null,
    previousWeights: state?.weights ?? {},
    previousDescription: state?.description ?? "",
    revision: state?.revision
  };
}
async function readAlias(lambda, id, alias) {
  return awsCall("GetAlias", `${id}:${alias}`, async () => {
    const read = await unlessMissing(
      lambda.send(new GetAliasCommand({ FunctionName: id, Name: alias })),
      "ResourceNotFoundException"
    );
    return read && {
      version: read.FunctionVersion ?? "$LATEST",
      weights: read.RoutingConfig?.AdditionalVersionWeights ?? {},
      description: read.Description ?? "",
      revision: read.RevisionId
    };
  });
}
function aliasDescription(previous, origin) {
  return `previous=${previous ?? "none"} ${origin}`.slice(0, DESCRIPTION_LIMIT);
}
function recordedPrevious(description) {
  return /(?:^|\s)previous=(\d+)(?:\s|$)/.exec(description ?? "")?.[1];
}
async function pointAlias(lambda, record, weight, origin, describe) {
  const published = record.published;
  if (published === void 0) throw new Error(`${record.id}: no new version to point ${record.alias} at`);
  const name = `${record.id}:${record.alias}`;
  const { previous } = record;
  const Description = describe(previous, origin);
  if (previous === null) {
    const created = await awsCall(
      "CreateAlias",
      name,
      () => lambda.send(
        new CreateAliasCommand({ FunctionName: record.id, Name: record.alias, FunctionVersion: published, Description })
      )
    );
    record.revision = created.RevisionId;
    record.routed = 1;
    return;
  }
  const whole = weight >= 1;
  const updated = await awsCall(
    "UpdateAlias",
    name,
    () => lambda.send(
      new UpdateAliasCommand({
        FunctionName: record.id,
        Name: record.alias,
        FunctionVersion: whole ? published : previous,
        RoutingConfig: { AdditionalVersionWeights: whole ? {} : { [published]: weight } },
        Description,
        RevisionId: record.revision
      })
    )
  );
  record.revision = updated.RevisionId;
  record.routed = whole ? 1 : weight;
}
async function shiftAliases(lambda, records, weight, origin, maxParallel, { describe = aliasDescription, onMoved } = {}) {
  allOrThrow(
    await mapSettled(records, maxParallel, async (record) => {
      await naming(record.region, () => pointAlias(clientOf(lambda, record), record, weight, origin, describe));
      onMoved?.();
    }),
    "Moving the aliases"
  );
}

// src/rollback/rollback.ts
var RollbackError = class extends Error {
  constructor(message, rollback) {
    super(message);
    this.rollback = rollback;
    this.name = "RollbackError";
  }
  rollback;
};
function rolledBackBy(error2) {
  return error2 instanceof RollbackError && (error2.rollback?.rolledBack.length ?? 0) > 0;
}
function sameWeights(a2, b2) {
  const keys = Object.keys(a2);
  return keys.length === Object.keys(b2).length && keys.every((version) => b2[version] === a2[version]);
}
var LEFT_ALONE = "moved by another deploy since: left alone";
async function rollBackAlias(lambda, record) {
  const name = `${record.id}:${record.alias}`;
  const current = await readAlias(lambda, record.id, record.alias);
  if (!current) return record.previous === null ? "already in place" : LEFT_ALONE;
  if (current.version === record.previous && sameWeights(current.weights, record.previousWeights)) return "already in place";
  if (record.routed === void 0 || current.revision !== record.revision) return LEFT_ALONE;
  const previous = record.previous;
  try {
    if (previous === null) {
      await awsCall(
        "DeleteAlias",
        name,
        () => lambda.send(new DeleteAliasCommand({ FunctionName: record.id, Name: record.alias }))
      );
      return "deleted";
    }
    await awsCall(
      "UpdateAlias",
      name,
      () => lambda.send(
        new UpdateAliasCommand({
          FunctionName: record.id,
          Name: record.alias,
          FunctionVersion: previous,
          RoutingConfig: { AdditionalVersionWeights: record.previousWeights },
          Description: record.previousDescription,
          RevisionId: record.revision
        })
      )
    );
    return "rolled back";
  } catch (error2) {
    if (isNamed(error2, "PreconditionFailedException")) return LEFT_ALONE;
    throw error2;
  }
}
async function rollBack(lambda, records, maxParallel) {
  const results = allOrThrow(
    await mapSettled(records, maxParallel, async (record) => ({
      record,
      outcome: await naming(record.region, () => rollBackAlias(clientOf(lambda, record), record))
    })),
    "Rolling back"
  );
  const ids = (outcomes) => results.filter(({ outcome }) => outcomes.includes(outcome)).map(({ record }) => placed(record.id, record.region));
  const rolledBack = ids(["rolled back", "deleted"]);
  const leftAlone = ids([LEFT_ALONE]);
  const summary2 = [
    rolledBack.length === 0 ? "no alias had moved" : `rolled back: ${rolledBack.join(", ")}`,
    ...leftAlone.length === 0 ? [] : [`${LEFT_ALONE}: ${leftAlone.join(", ")}`]
  ].join("; ");
  return { results, rolledBack, summary: summary2 };
}
async function failAndRollBack(lambda, records, maxParallel, reason) {
  try {
    const rollback = await rollBack(lambda, records, maxParallel);
    return new RollbackError(`${reason}
All or nothing: ${rollback.summary}.`, rollback);
  } catch (error2) {
    return new RollbackError(`${reason}
Rolling back failed: ${errorMessage(error2)}`, void 0);
  }
}

export {
  summary,
  setSecret,
  getInput,
  setOutput,
  debug,
  error,
  warning,
  notice,
  info,
  group,
  InputError,
  errorMessage,
  mapSettled,
  allOrThrow,
  AddLayerVersionPermission$,
  DeleteFunction$,
  DeleteLayerVersion$,
  GetAccountSettings$,
  GetLayerVersion$,
  GetLayerVersionPolicy$,
  GetProvisionedConcurrencyConfig$,
  Invoke$,
  ListAliases$,
  ListLayerVersions$,
  ListVersionsByFunction$,
  PublishLayerVersion$,
  PublishVersion$,
  UpdateFunctionCode$,
  LambdaClient,
  command,
  _ep0,
  _mw0,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  UpdateFunctionConfigurationCommand,
  awsCall,
  unlessMissing,
  isNamed,
  awsFetch,
  callerAccount,
  regionalClients,
  placed,
  naming,
  eachRegion,
  LAYER_NAME,
  LAYER_ARN,
  LAYER_VERSION_ARN,
  FUNCTION_NAME,
  FUNCTION_ARN,
  SSM_NAME,
  versionArnParts,
  layerNameOf,
  DIRECT_UPLOAD_LIMIT,
  UNZIPPED_LIMIT,
  ZIP_ENTRY_LIMIT,
  MAX_LAYERS,
  DESCRIPTION_LIMIT,
  MEMORY_MB,
  TIMEOUT_SECONDS,
  EPHEMERAL_STORAGE_MB,
  HANDLER_LIMIT,
  ENVIRONMENT_KEY,
  RESERVED_ENVIRONMENT_KEYS,
  Input,
  Output,
  MODES,
  clientOf,
  aliasRecord,
  readAlias,
  recordedPrevious,
  shiftAliases,
  escapeHtml,
  header,
  reportFailure,
  reportRolledBack,
  writeSummary,
  readParameter,
  writeParameter,
  rollBackParameter,
  waitUpdated,
  whenIdle,
  uploadOnce,
  copyOnce,
  packAndUpload,
  abortUpload,
  architectureOf,
  sameVariables,
  holds,
  planConfiguration,
  configurationChanges,
  sameList,
  layerArns,
  withLayers,
  restoreLatest,
  recordList,
  saveRecord,
  loadRecord,
  recordPublished,
  rolledBackBy,
  rollBack,
  failAndRollBack
};
