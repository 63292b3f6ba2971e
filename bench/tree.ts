import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small seeded PRNG, so every run measures the same tree. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXT = Buffer.from(
  'import os\nfrom typing import Any\n\ndef handler(event: dict[str, Any]) -> dict:\n    return {"ok": True}\n',
);

/**
 * Writes a layer-like tree of about `totalMB`: many small files, some medium, a few large; half repeated text
 * (compressible), half random bytes; a few executables. Returns the bytes written.
 */
export function generateTree(root: string, totalMB: number, seed = 42): { bytes: number; files: number } {
  const rand = random(seed);
  const target = totalMB * 1024 * 1024;
  const plan: number[] = [];
  for (let i = 0; i < 4; i++) plan.push(Math.floor((5 + rand() * 15) * 1024 * 1024));
  for (let i = 0; i < 40; i++) plan.push(Math.floor((100 + rand() * 900) * 1024));
  let planned = plan.reduce((a, b) => a + b, 0);
  while (planned < target) {
    const size = Math.floor((1 + rand() * 15) * 1024);
    plan.push(size);
    planned += size;
  }
  let bytes = 0;
  plan.forEach((size, i) => {
    const dir = path.join(root, 'python', `pkg${i % 37}`, `sub${i % 5}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `mod${i}.${i % 3 === 0 ? 'so' : 'py'}`);
    const data = Buffer.alloc(size);
    if (i % 2 === 0) {
      for (let offset = 0; offset < size; offset += TEXT.length) TEXT.copy(data, offset);
    } else {
      for (let offset = 0; offset < size; offset += 4)
        data.writeUInt32LE((rand() * 4294967296) >>> 0, Math.min(offset, size - 4));
    }
    writeFileSync(file, data);
    if (i % 50 === 0) chmodSync(file, 0o755);
    bytes += size;
  });
  return { bytes, files: plan.length };
}

const WORDS = ['module', 'exports', 'function', 'return', 'const', 'require', 'value', 'options', 'length', 'prototype'];

/**
 * A node_modules-like tree: `count` files of 1-4 KB of JavaScript-like text (compressible, not repeated), 20 to a
 * folder. Returns the bytes written.
 */
export function generateSmallFiles(root: string, count: number, seed = 7): { bytes: number; files: number } {
  const rand = random(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, 'nodejs', 'node_modules', `pkg${Math.floor(i / 200)}`, `lib${Math.floor(i / 20) % 10}`);
    if (i % 20 === 0) mkdirSync(dir, { recursive: true });
    const size = Math.floor((1 + rand() * 3) * 1024);
    let text = '';
    while (text.length < size) {
      const word = WORDS[Math.floor(rand() * WORDS.length)]!;
      text += `${word}${Math.floor(rand() * 1000)} = ${word}.${WORDS[Math.floor(rand() * WORDS.length)]!};\n`;
    }
    writeFileSync(path.join(dir, `index${i % 20}.js`), text.slice(0, size));
    bytes += size;
  }
  return { bytes, files: count };
}
