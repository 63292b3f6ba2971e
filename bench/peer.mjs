// A model of aws-actions/aws-lambda-deploy for one function, as one workflow step runs it (the calls its index.js
// makes, in order): check the function exists, read its configuration, update the layers and wait with the SDK's
// waiter (minDelay 2 s), then update the code with Publish. One step per function: run once per function, in turn.
import { readFileSync } from 'node:fs';
import {
  GetFunctionConfigurationCommand,
  LambdaClient,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionUpdated,
} from '@aws-sdk/client-lambda';

const [functionName, layerArn, zipPath] = process.argv.slice(2);
const client = new LambdaClient({});
await client.send(new GetFunctionConfigurationCommand({ FunctionName: functionName }));
await client.send(new GetFunctionConfigurationCommand({ FunctionName: functionName }));
await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: functionName, Layers: [layerArn] }));
await waitUntilFunctionUpdated({ client, minDelay: 2, maxWaitTime: 300 }, { FunctionName: functionName });
await client.send(new UpdateFunctionCodeCommand({ FunctionName: functionName, ZipFile: readFileSync(zipPath), Publish: true }));
