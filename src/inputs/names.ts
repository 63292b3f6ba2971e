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
  GithubToken: 'github-token',
  PullRequestComment: 'pull-request-comment',
  LayerPermissions: 'layer-permissions',
  Runtime: 'runtime',
  Architecture: 'architecture',
  Environment: 'environment',
  EnvironmentMode: 'environment-mode',
  MemorySize: 'memory-size',
  Timeout: 'timeout',
  Handler: 'handler',
  FunctionConfig: 'function-config',
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
  Checksums: 'checksums',
  Regions: 'regions',
} as const;

export const State = {
  Deploy: 'deploy',
} as const;

/** What the step does, the mode input: the values it takes. */
export type Mode = 'deploy' | 'cleanup' | 'rollback';
export const MODES: readonly Mode[] = ['deploy', 'cleanup', 'rollback'];
