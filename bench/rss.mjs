// Preloaded into the action's process by the bench (NODE_OPTIONS=--import): writes its peak RSS, worker threads included.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
