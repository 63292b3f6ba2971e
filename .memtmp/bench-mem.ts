// Memory experiment: 30,000 small files published directly, peak RSS above idle, seconds vs zip -X -r.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runAction } from '../__tests__/support/action.js';
import { unique } from '../__tests__/support/fixtures.js';
import { startMoto } from '../__tests__/support/moto.js';
import { generateSmallFiles } from '../bench/tree.js';

const runs = Number(process.env.RUNS ?? 3);
const trace = Boolean(process.env.TRACE);
const small = '/tmp/memtools/small';
if (!existsSync(small)) {
  mkdirSync(small);
  generateSmallFiles(small, 30_000);
}
const shell = (command: string, cwd: string) => execSync(command, { cwd, stdio: 'ignore', shell: '/bin/bash' });
shell('sync; find . -type f -print0 | xargs -0 cat > /dev/null', small);
const moto = await startMoto();
const work = mkdtempSync(path.join(os.tmpdir(), 'memb-'));
async function timed(inputs: Record<string, string>, ok: (code: number) => boolean) {
  const rssFile = path.join(work, unique('r'));
  const traceFile = path.join(work, unique('t'));
  const runnerTemp = mkdtempSync(path.join(work, 'runner-'));
  const imports = [`--import=${pathToFileURL(path.join(import.meta.dirname, '..', 'bench', 'rss.mjs')).href}`];
  if (trace) imports.push('--import=file:///tmp/memtools/trace.mjs');
  const start = performance.now();
  const run = await runAction('main', inputs, {
    endpoint: moto.url,
    workspace: work,
    env: { NODE_OPTIONS: imports.join(' '), BENCH_RSS_FILE: rssFile, RUNNER_TEMP: runnerTemp, TRACE_FILE: trace ? traceFile : undefined },
  });
  const seconds = (performance.now() - start) / 1000;
  rmSync(runnerTemp, { recursive: true, force: true });
  if (!ok(run.code)) throw new Error(`ended ${run.code}\n${run.stdout}`);
  const samples = trace ? (JSON.parse(readFileSync(traceFile, 'utf8')) as number[][]) : [];
  return { seconds, rss: Number(readFileSync(rssFile, 'utf8')) / 1024, samples, stdout: run.stdout };
}
try {
  const idle = await timed({ mode: 'idle' }, (code) => code !== 0);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await timed({ 'layer-name': unique('small'), 'layer-path': small }, (code) => code === 0);
    results.push(r);
    console.log(`run ${i}: ${r.seconds.toFixed(2)} s, peak ${r.rss.toFixed(0)} MB, above idle ${(r.rss - idle.rss).toFixed(0)} MB`);
    if (trace) {
      let last = -1e9;
      for (const s of r.samples) if (s[0] - last >= 100) { console.log(`  t=${s[0]}ms rss=${s[1]} thr=${s[2]} heap=${s[3]} ext=${s[4]} ab=${s[5]}`); last = s[0]; }
      const peak = r.samples.reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
      console.log(`  peak sample: t=${peak[0]} rss=${peak[1]} thr=${peak[2]} heap=${peak[3]} ext=${peak[4]} ab=${peak[5]}`);
    }
  }
  const cliZip = path.join(work, 'cli.zip');
  let zipBest = Infinity;
  for (let i = 0; i < 3; i++) {
    rmSync(cliZip, { force: true });
    const s = performance.now();
    shell(`zip -X -r -q ${cliZip} .`, small);
    zipBest = Math.min(zipBest, (performance.now() - s) / 1000);
  }
  const best = results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const minRss = Math.min(...results.map((r) => r.rss));
  const maxRss = Math.max(...results.map((r) => r.rss));
  console.log(
    `idle ${idle.rss.toFixed(0)} MB | best ${best.seconds.toFixed(2)} s vs zip ${zipBest.toFixed(2)} s = ${(best.seconds / zipBest).toFixed(2)}x | above idle: best-run ${(best.rss - idle.rss).toFixed(0)} MB, min ${(minRss - idle.rss).toFixed(0)}, max ${(maxRss - idle.rss).toFixed(0)} | zip ${(readFileSync(cliZip).length / 1048576).toFixed(1)} MB`,
  );
} finally {
  await moto.stop();
  rmSync(work, { recursive: true, force: true });
}
