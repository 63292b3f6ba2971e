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

/** An x86_64 shared object's ELF header and one PT_LOAD program header spanning `size` bytes: 120 bytes. */
function elfHeader(size: number): Buffer {
  const header = Buffer.alloc(120);
  header.writeUInt32BE(0x7f454c46, 0);
  header.set([2, 1, 1], 4); // 64-bit, little-endian, version 1
  header.writeUInt16LE(3, 16); // ET_DYN
  header.writeUInt16LE(62, 18); // x86_64
  header.writeUInt32LE(1, 20);
  header.writeBigUInt64LE(64n, 32); // program headers right after this one
  header.writeUInt16LE(64, 52);
  header.writeUInt16LE(56, 54);
  header.writeUInt16LE(1, 56);
  header.writeUInt16LE(64, 58);
  header.writeUInt32LE(1, 64); // PT_LOAD
  header.writeUInt32LE(5, 68);
  for (const field of [96, 104]) header.writeBigUInt64LE(BigInt(size), field); // p_filesz, p_memsz
  header.writeBigUInt64LE(0x1000n, 112);
  return header;
}

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
    // A library must be a whole ELF file for the content checks: a header whose one segment covers the file.
    if (file.endsWith('.so')) elfHeader(size).copy(data);
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

/**
 * A shared library of about `totalMB` for the content checks to read to its end: an x86_64 ELF header and program
 * headers, pages that compress as machine code does (half random, half a repeated pattern), then its dynamic section,
 * strings, glibc version needs and section headers last, as a linker lays them out. Returns the bytes written.
 */
export function generateLargeElf(file: string, totalMB: number, seed = 11): number {
  const rand = random(seed);
  const glibc = ['GLIBC_2.2.5', 'GLIBC_2.14', 'GLIBC_2.17'];
  const strings = Buffer.from(`\0libc.so.6\0${glibc.join('\0')}\0`);
  const sectionNames = Buffer.from('\0.dynamic\0.dynstr\0.gnu.version_r\0.shstrtab\0');
  const align = (offset: number) => Math.ceil(offset / 8) * 8;
  const dynamicAt = totalMB * 1024 * 1024;
  const dynamicSize = 6 * 16;
  const stringsAt = dynamicAt + dynamicSize;
  const needsAt = align(stringsAt + strings.length);
  const needsSize = 16 * (1 + glibc.length);
  const namesAt = needsAt + needsSize;
  const headersAt = align(namesAt + sectionNames.length);
  const sections = 5;
  const size = headersAt + sections * 64;
  const elf = Buffer.alloc(size);
  elf.writeUInt32BE(0x7f454c46, 0);
  elf.set([2, 1, 1], 4); // 64-bit, little-endian, version 1
  elf.writeUInt16LE(3, 16); // ET_DYN
  elf.writeUInt16LE(62, 18); // x86_64
  elf.writeUInt32LE(1, 20);
  elf.writeBigUInt64LE(64n, 32); // program headers
  elf.writeBigUInt64LE(BigInt(headersAt), 40); // section headers
  elf.writeUInt16LE(64, 52);
  elf.writeUInt16LE(56, 54);
  elf.writeUInt16LE(2, 56);
  elf.writeUInt16LE(64, 58);
  elf.writeUInt16LE(sections, 60);
  elf.writeUInt16LE(sections - 1, 62);
  const program = (at: number, type: number, offset: number, length: number) => {
    elf.writeUInt32LE(type, at);
    elf.writeUInt32LE(type === 1 ? 5 : 6, at + 4);
    for (const field of [8, 16, 24]) elf.writeBigUInt64LE(BigInt(offset), at + field);
    for (const field of [32, 40]) elf.writeBigUInt64LE(BigInt(length), at + field);
    elf.writeBigUInt64LE(type === 1 ? 0x1000n : 8n, at + 48);
  };
  program(64, 1, 0, size); // PT_LOAD of the whole file at address 0: addresses are offsets
  program(120, 2, dynamicAt, dynamicSize); // PT_DYNAMIC
  const PAGE = 4096;
  for (let page = PAGE; page < dynamicAt; page += PAGE) {
    for (let at = page; at < page + PAGE / 2; at += 4) elf.writeUInt32LE((rand() * 4294967296) >>> 0, at);
    for (let at = page + PAGE / 2; at < page + PAGE; at += 8) elf.writeUInt32LE(0x48894c24 + ((at >> 3) & 0xff), at);
  }
  const dynamic = [
    [1, 1], // DT_NEEDED libc.so.6
    [5, stringsAt], // DT_STRTAB
    [10, strings.length], // DT_STRSZ
    [0x6ffffffe, needsAt], // DT_VERNEED
    [0x6fffffff, 1], // DT_VERNEEDNUM
    [0, 0],
  ];
  dynamic.forEach(([tag, value], i) => {
    elf.writeBigUInt64LE(BigInt(tag!), dynamicAt + i * 16);
    elf.writeBigUInt64LE(BigInt(value!), dynamicAt + i * 16 + 8);
  });
  strings.copy(elf, stringsAt);
  // One Verneed (libc.so.6) and a Vernaux per glibc version after it.
  elf.writeUInt16LE(1, needsAt);
  elf.writeUInt16LE(glibc.length, needsAt + 2);
  elf.writeUInt32LE(1, needsAt + 4);
  elf.writeUInt32LE(16, needsAt + 8);
  glibc.forEach((version, i) => {
    const at = needsAt + 16 * (1 + i);
    elf.writeUInt16LE(2 + i, at + 6);
    elf.writeUInt32LE(strings.indexOf(`${version}\0`), at + 8);
    elf.writeUInt32LE(i < glibc.length - 1 ? 16 : 0, at + 12);
  });
  sectionNames.copy(elf, namesAt);
  // Section headers: the null one, then .dynamic, .dynstr, .gnu.version_r (loaded) and .shstrtab.
  const section = (index: number, name: string, type: number, offset: number, length: number, link = 0, info = 0) => {
    const at = headersAt + index * 64;
    elf.writeUInt32LE(sectionNames.indexOf(`\0${name}\0`) + 1, at);
    elf.writeUInt32LE(type, at + 4);
    if (index < sections - 1) {
      elf.writeBigUInt64LE(2n, at + 8); // SHF_ALLOC, at the address of its offset
      elf.writeBigUInt64LE(BigInt(offset), at + 16);
    }
    elf.writeBigUInt64LE(BigInt(offset), at + 24);
    elf.writeBigUInt64LE(BigInt(length), at + 32);
    elf.writeUInt32LE(link, at + 40);
    elf.writeUInt32LE(info, at + 44);
  };
  section(1, '.dynamic', 6, dynamicAt, dynamicSize, 2);
  section(2, '.dynstr', 3, stringsAt, strings.length);
  section(3, '.gnu.version_r', 0x6ffffffe, needsAt, needsSize, 2, 1);
  section(4, '.shstrtab', 3, namesAt, sectionNames.length);
  writeFileSync(file, elf);
  return size;
}
