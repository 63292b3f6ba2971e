// Input, output and state names in one place: workflows depend on them, so they never change.
export const Input = {
  Mode: 'mode',
  Layers: 'layers',
  LayerName: 'layer-name',
  LayerPath: 'layer-path',
  LayerDescription: 'layer-description',
  CompatibleRuntimes: 'compatible-runtimes',
  CompatibleArchitectures: 'compatible-architectures',
  LicenseInfo: 'license-info',
  Exclude: 'exclude',
  S3Bucket: 's3-bucket',
  S3Prefix: 's3-prefix',
  DryRun: 'dry-run',
  AwsRegion: 'aws-region',
  Functions: 'functions',
  CodePath: 'code-path',
  Alias: 'alias',
  CreateAlias: 'create-alias',
  RollbackOnFailure: 'rollback-on-failure',
  MaxParallel: 'max-parallel',
  WaitTimeout: 'wait-timeout',
  KeepLayerVersions: 'keep-layer-versions',
  KeepFunctionVersions: 'keep-function-versions',
  ToVersion: 'to-version',
  SsmParameter: 'ssm-parameter',
  Traffic: 'traffic',
  Alarms: 'alarms',
  FiringAlarms: 'firing-alarms',
  BakeTime: 'bake-time',
  SmokeTestPayload: 'smoke-test-payload',
  Verify: 'verify',
  VerifyIgnore: 'verify-ignore',
} as const;

export const Output = {
  ContentHash: 'content-hash',
  LayerVersionArn: 'layer-version-arn',
  LayerVersion: 'layer-version',
  LayerPublished: 'layer-published',
  LayerVersions: 'layer-versions',
  FunctionVersions: 'function-versions',
  PreviousVersions: 'previous-versions',
  RolledBack: 'rolled-back',
  DeletedLayerVersions: 'deleted-layer-versions',
  DeletedFunctionVersions: 'deleted-function-versions',
} as const;

export const State = {
  Deploy: 'deploy',
} as const;

// Lambda's documented limits.
export const DIRECT_UPLOAD_LIMIT = 50 * 1024 * 1024;
export const UNZIPPED_LIMIT = 250 * 1024 * 1024;
// Entries of a zip without zip64: the packer writes none, and a package that needs more is far beyond Lambda's limits.
export const ZIP_ENTRY_LIMIT = 0xffff;
export const MAX_LAYERS = 5;
export const DESCRIPTION_LIMIT = 256;

// How often an update is polled until it is done: most updates take a few seconds, so the SDK's backoff up to
// minutes would add more waiting than the update itself. The update waiter reads GetFunction, which has a quota of
// 100 requests per second of its own: max-parallel's default of 20 functions polling once a second stays well within.
// (A new version's waiter reads GetFunctionConfiguration, in the shared 15 per second: it keeps the SDK's backoff.)
export const UPDATE_POLL_SECONDS = 1;

// How often the alarms are read while traffic shifts: CodeDeploy reacts within about a minute; this is quicker.
export const ALARM_POLL_SECONDS = 5;

// Folders Lambda adds to the runtime's search paths; a layer without any of them is almost always a packaging mistake.
export const LOADED_LAYER_FOLDERS = ['python', 'nodejs', 'java', 'ruby', 'bin', 'lib', 'extensions'];
