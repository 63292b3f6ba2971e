// npm run demo: the action against a local AWS emulator, without an account. It runs the built dist/ as the Actions
// runner does (main step, then the post step when its post-if would hold) and prints what a reviewer would read.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAction, type Run } from '../__tests__/support/action.js';
import { alias, clients, createFunction, tree, type TestClients } from '../__tests__/support/fixtures.js';
import { startMoto, type Moto } from '../__tests__/support/moto.js';
import { summaryText } from './summary.js';

const FUNCTIONS = ['orders-api', 'billing-worker'];
const LAYER = 'greeting-deps';

const handler = (label: string) =>
  `from greeting import GREETING\n\ndef handler(event, context):\n    return f"{GREETING} from ${label}"\n`;

function show(title: string, run: Run): void {
  console.log(`\n${'#'.repeat(100)}\n# ${title}\n${'#'.repeat(100)}`);
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('::error::')) console.log(`error: ${decodeURIComponent(line.slice(9).replaceAll('%0A', '\n'))}`);
  }
  console.log(`\n${summaryText(run.summary)}\n`);
  const outputs = Object.entries(run.outputs);
  if (outputs.length > 0) {
    console.log('outputs:');
    for (const [name, value] of outputs) console.log(`  ${name} = ${value}`);
  }
}

async function liveVersions(c: TestClients): Promise<string[]> {
  return Promise.all(FUNCTIONS.map(async (fn) => (await alias(c, fn)).FunctionVersion ?? '?'));
}

const describeMoves = (from: string[], to: string[]) => FUNCTIONS.map((fn, i) => `${fn}:live ${from[i]} -> ${to[i]}`).join(', ');

async function demo(moto: Moto, workspace: string): Promise<string[]> {
  const c = clients(moto.url);
  const recap: string[] = [];
  const step = (entry: 'main' | 'post', inputs: Record<string, string>, state?: Record<string, string>) =>
    runAction(entry, inputs, { endpoint: moto.url, workspace, ...(state ? { state } : {}) });
  const expectExit = (run: Run, code: number, what: string) => {
    if (run.code !== code) throw new Error(`${what}: the step exited ${run.code}, not ${code}\n${run.stdout}`);
  };

  // A small account: two Python functions on version 1 behind an alias, and a layer folder to ship.
  await Promise.all(FUNCTIONS.map((fn) => createFunction(c, fn, { alias: 'live' })));
  tree(
    { 'python/greeting.py': 'GREETING = "hello"\n', 'python/__pycache__/greeting.cpython-312.pyc': 'left out' },
    path.join(workspace, 'layer'),
  );
  tree({ 'app.py': handler('v2') }, path.join(workspace, 'app'));
  tree({ 'app.py': handler('v3') }, path.join(workspace, 'app-next'));
  const inputs = {
    'layer-name': LAYER,
    'layer-path': 'layer',
    'compatible-runtimes': 'python3.12',
    functions: FUNCTIONS.join('\n'),
    'code-path': 'app',
  };
  console.log(`Account: functions ${FUNCTIONS.join(', ')} with alias live on version 1; layer folder ./layer`);

  const first = await step('main', inputs);
  show('1. First deploy: the layer is new, so it is published; each function gets code + layer in one version', first);
  expectExit(first, 0, 'first deploy');
  const published = `layer ${LAYER} published as version ${first.outputs['layer-version']}`;
  recap.push(`first deploy: ${published}; ${describeMoves(['1', '1'], await liveVersions(c))}`);

  const second = await step('main', inputs);
  show('2. The same deploy again: the content hash finds the version, so it is reused; nothing changes', second);
  expectExit(second, 0, 'second deploy');
  recap.push(`second deploy: layer ${LAYER} version ${second.outputs['layer-version']} reused, functions unchanged`);

  const third = await step('main', { ...inputs, 'code-path': 'app-next' });
  show('3. New code deployed, then a later step of the job fails...', third);
  expectExit(third, 0, 'third deploy');
  const moved = await liveVersions(c);
  const post = await step('post', inputs, third.state);
  show('...so the post step (post-if: failure() || cancelled()) rolls every alias back', post);
  expectExit(post, 0, 'post step');
  const back = describeMoves(moved, await liveVersions(c));
  recap.push(`after the failed job: rolled back ${back} (rolled-back = ${post.outputs['rolled-back']})`);

  const dry = await step('main', { ...inputs, 'code-path': 'app-next', 'dry-run': 'true' });
  show('4. Dry-run: the whole plan, nothing written', dry);
  expectExit(dry, 0, 'dry-run');
  recap.push('dry-run: the plan was reported, nothing written');

  const cleanup = await step('main', {
    mode: 'cleanup',
    'layer-name': LAYER,
    functions: FUNCTIONS.join('\n'),
    'keep-function-versions': '1',
    'keep-layer-versions': '1',
  });
  show('5. Cleanup, keeping 1: what an alias uses or records as its rollback target is kept too', cleanup);
  expectExit(cleanup, 0, 'cleanup');
  const deleted = Object.values(JSON.parse(cleanup.outputs['deleted-function-versions']!) as Record<string, number[]>).flat();
  recap.push(
    deleted.length > 0
      ? `cleanup: deleted function versions ${deleted.join(', ')}`
      : 'cleanup: nothing deleted: each version left is the newest, the one an alias runs, or its rollback target',
  );
  return recap;
}

async function main(): Promise<number> {
  const started = performance.now();
  // Everything the demo and the runner's files write goes here, and is deleted at the end.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'lambda-layer-deploy-demo-'));
  process.env['TMPDIR'] = scratch;
  let moto: Moto | undefined;
  const stop = async () => {
    await moto?.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    moto = await startMoto();
    console.log(`Emulator: moto_server at ${moto.url}; scratch folder ${scratch}`);
    const workspace = mkdtempSync(path.join(scratch, 'workspace-'));
    const recap = await demo(moto, workspace);
    console.log(`\n${'#'.repeat(100)}\n# What happened\n${'#'.repeat(100)}`);
    for (const line of recap) console.log(`- ${line}`);
    console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s. Next: npm test; the README has the inputs.`);
    return 0;
  } catch (error) {
    console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await stop();
    console.log(`Stopped moto_server and removed ${scratch}.`);
  }
}

process.exitCode = await main();
