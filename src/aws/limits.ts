// Lambda's documented limits.
export const DIRECT_UPLOAD_LIMIT = 50 * 1024 * 1024;
export const UNZIPPED_LIMIT = 250 * 1024 * 1024;
// Entries of a zip without zip64: the packer writes none, and a package that needs more is far beyond Lambda's limits.
export const ZIP_ENTRY_LIMIT = 0xffff;
export const MAX_LAYERS = 5;
export const DESCRIPTION_LIMIT = 256;
// A function's configuration, as UpdateFunctionConfiguration accepts it.
export const MEMORY_MB = { min: 128, max: 10240 } as const;
export const TIMEOUT_SECONDS = { min: 1, max: 900 } as const;
export const EPHEMERAL_STORAGE_MB = { min: 512, max: 10240 } as const;
export const HANDLER_LIMIT = 128;
/** Lambda measures the variables as the JSON object it stores: keys, values, quotes and separators. */
export const ENVIRONMENT_LIMIT = 4096;
export const ENVIRONMENT_KEY = /^[a-zA-Z][a-zA-Z0-9_]+$/;
/** Set by the runtime in every execution environment: UpdateFunctionConfiguration refuses them. */
export const RESERVED_ENVIRONMENT_KEYS: ReadonlySet<string> = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
  'TZ',
]);
