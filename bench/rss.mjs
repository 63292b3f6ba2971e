// Preloaded into the action's process by the bench (NODE_OPTIONS=--import): writes its peak RSS in KB, worker threads
// included. VmHWM, not resourceUsage().maxRSS: Linux carries maxRSS over from the parent that forked the process.
import { readFileSync, writeFileSync } from 'node:fs';

process.on('exit', () => {
  const peak = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  writeFileSync(process.env.BENCH_RSS_FILE, peak ? peak[1] : '0');
});
