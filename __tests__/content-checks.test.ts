// What is inside a layer, checked in the plan with real binaries: a system ELF, a musl copy of it, hand-made Mach-O
// and PE headers, Python extensions and wheels of another interpreter or platform, and 250 MB with the code.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile, unzippedSizeAt } from '../src/inspect.js';
import { runAction, type Run } from './support/action.js';
import { createFunction, layerVersions, rawZip, tree, unique, zipOf } from './support/fixtures.js';
import { sharedMoto } from './support/suite.js';

const { endpoint, c } = sharedMoto();
const LS = '/bin/ls';

const run = (inputs: Record<string, string>): Promise<Run> => runAction('main', inputs, { endpoint, workspace: os.tmpdir() });

/** The highest GLIBC_ version a binary needs, as binutils reads it: the fixture's own proof. */
const objdumpGlibc = (file: string) =>
  execFileSync('objdump', ['-T', file], { encoding: 'utf8' })
    .match(/GLIBC_[\d.]+/g)!
    .map((tag) => tag.slice(6))
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
    .pop();

/** A layer directory holding `files` (path -> content) and copies of binaries (path -> source file). */
function layer(files: Record<string, string | Buffer>, copies: Record<string, string> = {}): string {
  const dir = tree({ 'python/ok.py': 'ok\n' });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  for (const [name, source] of Object.entries(copies)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    copyFileSync(source, path.join(dir, name));
  }
  return dir;
}

/** /bin/ls with its interpreter renamed to musl's, as an Alpine build has it. */
function muslBinary(): Buffer {
  const binary = readFileSync(LS);
  const glibc = Buffer.from('/lib64/ld-linux-x86-64.so.2');
  const at = binary.indexOf(glibc);
  expect(at).toBeGreaterThan(0);
  const musl = Buffer.alloc(glibc.length);
  musl.write('/lib/ld-musl-x86_64.so.1');
  musl.copy(binary, at);
  return binary;
}

const machO = () => Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.alloc(60)]);
const pe = () => {
  const file = Buffer.alloc(0x100);
  file.write('MZ', 0);
  file.writeUInt32LE(0x80, 0x3c);
  file.write('PE\0\0', 0x80, 'latin1');
  return file;
};
// A Java class file shares Mach-O fat's magic; its version (52) follows, not an architecture count.
const javaClass = () => Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x34, 0, 0, 0, 0]);

describe('content checks in the plan, before anything is published', () => {
  it('the fixture binary needs the glibc objdump says it does', () => {
    expect(objdumpGlibc(LS)).toBe('2.34');
  });

  it.each([
    [
      'a binary that needs a newer glibc than the runtime has',
      { 'compatible-runtimes': 'python3.11' },
      () => layer({}, { 'bin/ls': LS }),
      /::error::LAYER: bin\/ls: needs GLIBC_2\.34; expected at most GLIBC_2\.26, the glibc of python3\.11 \(declared by layer LAYER\)/,
    ],
    [
      'a binary linked against musl',
      {},
      () => layer({ 'bin/tool': muslBinary() }),
      /::error::LAYER: bin\/tool: linked against musl \(Alpine\): \/lib\/ld-musl-x86_64\.so\.1; expected glibc/,
    ],
    [
      'a Mach-O file',
      {},
      () => layer({ 'python/_speedups.so': machO() }),
      /::error::LAYER: python\/_speedups\.so: built for macOS/,
    ],
    ['a PE file', {}, () => layer({ 'bin/tool.exe': pe() }), /::error::LAYER: bin\/tool\.exe: built for Windows/],
    [
      'a CPython 3.11 extension in a python3.12 layer',
      { 'compatible-runtimes': 'python3.12' },
      () => layer({ 'python/fast.cpython-311-x86_64-linux-gnu.so': 'x' }),
      /::error::LAYER: python\/fast\.cpython-311-x86_64-linux-gnu\.so: a CPython 3\.11 extension; expected CPython 3\.12/,
    ],
    [
      'a wheel of another architecture',
      { 'compatible-architectures': 'x86_64' },
      () => layer({ 'python/numpy-2.1.0.dist-info/WHEEL': 'Wheel-Version: 1.0\nTag: cp312-cp312-manylinux_2_17_aarch64\n' }),
      /::error::LAYER: python\/numpy-2\.1\.0\.dist-info\/WHEEL: numpy-2\.1\.0\.dist-info is a wheel for another architecture: manylinux_2_17_aarch64; expected manylinux for x86_64/,
    ],
    [
      'a wheel built for musllinux',
      {},
      () => layer({ 'python/pydantic_core-2.0.dist-info/WHEEL': 'Tag: cp312-cp312-musllinux_1_1_x86_64\n' }),
      /::error::LAYER: .*pydantic_core-2\.0\.dist-info is a wheel for musllinux \(Alpine\)/,
    ],
  ])('%s', async (_, extra, make, message) => {
    const name = unique('deps');
    const result = await run({ 'layer-name': name, 'layer-path': make(), ...extra });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(message.source.replaceAll('LAYER', name)));
    expect(result.stdout).toContain('Content checks: 1 finding(s)');
    expect(result.summary).toContain('<h3>Content checks</h3>');
    expect(await layerVersions(c, name)).toEqual([]);
  });

  it('passes what Lambda can load: a Java class file, abi3 and matching extensions, an x86_64 wheel, an extensions/ layer', async () => {
    const name = unique('deps');
    const dir = layer({
      'java/lib/App.class': javaClass(),
      'python/ok.abi3.so': 'x',
      'python/fast.cpython-312-x86_64-linux-gnu.so': 'x',
      'python/numpy-2.1.0.dist-info/WHEEL': 'Tag: cp312-cp312-manylinux_2_17_x86_64\nTag: cp312-cp312-manylinux2014_x86_64\n',
      'extensions/telemetry': 'x',
    });
    const result = await run({ 'layer-name': name, 'layer-path': dir, 'compatible-runtimes': 'python3.12' });
    expect(result.code, result.stdout).toBe(0);
    expect(result.summary).not.toContain('Content checks');
  });

  it('holds an extension under python/lib/python3.X/site-packages to Python 3.X alone, and one under python/ to each', async () => {
    const name = unique('deps');
    // The layout Lambda documents for a layer serving several Python versions.
    const versioned = layer({
      'python/lib/python3.11/site-packages/fast/_speedups.cpython-311-x86_64-linux-gnu.so': 'x',
      'python/lib/python3.12/site-packages/fast/_speedups.cpython-312-x86_64-linux-gnu.so': 'x',
    });
    const passed = await run({ 'layer-name': name, 'layer-path': versioned, 'compatible-runtimes': 'python3.11,python3.12' });
    expect(passed.code, passed.stdout).toBe(0);
    expect(await layerVersions(c, name)).toEqual([1]);

    // Both Pythons import from python/: a 3.11 extension there fails under 3.12.
    const shared = layer({ 'python/fast.cpython-311-x86_64-linux-gnu.so': 'x' });
    const refused = await run({ 'layer-name': name, 'layer-path': shared, 'compatible-runtimes': 'python3.11,python3.12' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      'python/fast.cpython-311-x86_64-linux-gnu.so: a CPython 3.11 extension; expected CPython 3.12',
    );
    expect(refused.stdout).toContain('Content checks: 1 finding(s)');
    expect(await layerVersions(c, name)).toEqual([1]);
  });

  it('holds a layer that declares no architecture to the functions it is attached to, naming the function', async () => {
    const name = unique('deps');
    const fn = unique('fn');
    await createFunction(c, fn, { alias: 'live', architecture: 'arm64' });
    const result = await run({ 'layer-name': name, 'layer-path': layer({}, { 'bin/ls': LS }), functions: fn });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::${name}: bin/ls: ELF for x86_64; expected arm64 (function ${fn})`);
    expect(await layerVersions(c, name)).toEqual([]);
  });

  it('warn reports and deploys; off does not look; verify-ignore skips the files it names', async () => {
    const make = () => layer({ 'tests/fixtures/mac.bin': machO() });
    const warned = await run({ 'layer-name': unique('deps'), 'layer-path': make(), verify: 'warn' });
    expect(warned.code, warned.stdout).toBe(0);
    expect(warned.stdout).toMatch(/::warning::deps-\w+: tests\/fixtures\/mac\.bin: built for macOS/);
    expect(warned.outputs['layer-published']).toBe('true');

    const off = await run({ 'layer-name': unique('deps'), 'layer-path': make(), verify: 'off' });
    expect(off.code, off.stdout).toBe(0);
    expect(off.stdout).not.toContain('built for macOS');

    const ignored = await run({ 'layer-name': unique('deps'), 'layer-path': make(), 'verify-ignore': 'tests/**' });
    expect(ignored.code, ignored.stdout).toBe(0);
    expect(ignored.stdout).not.toContain('built for macOS');
  });

  it("follows a zip layer's symbolic links to their file's bytes, and reports a library and its links once", async () => {
    const name = unique('deps');
    const arm64 = Buffer.alloc(64);
    arm64.writeUInt32BE(0x7f454c46, 0);
    arm64.set([2, 1, 1], 4);
    arm64.writeUInt16LE(183, 18);
    const zipPath = path.join(tree({}), 'libs.zip');
    writeFileSync(
      zipPath,
      rawZip([
        { name: 'python/ok.py', data: 'ok\n' },
        { name: 'lib/libfoo.so.6.0.1', data: arm64 },
        { name: 'lib/libfoo.so.6', data: 'libfoo.so.6.0.1', mode: 0o120777 },
        { name: 'lib/libfoo.so', data: 'libfoo.so.6', mode: 0o120777 },
      ]),
    );
    const inputs = { 'layer-name': name, 'layer-path': zipPath, 'compatible-architectures': 'x86_64' };
    const found = (result: Run) => result.stdout.match(/^::error::.*ELF for arm64.*$/gm);
    const once = await run(inputs);
    expect(once.code).toBe(1);
    expect(found(once)).toEqual([
      `::error::${name}: lib/libfoo.so.6.0.1: ELF for arm64; expected x86_64 (declared by layer ${name})`,
    ]);
    expect(once.stdout).toContain('Content checks: 1 finding(s)');

    // The library's own name left out of the checks, the names Lambda loads it by are still checked, with its bytes.
    const links = await run({ ...inputs, 'verify-ignore': 'lib/libfoo.so.6.0.1' });
    expect(links.code).toBe(1);
    expect(found(links)).toEqual([
      `::error::${name}: lib/libfoo.so: ELF for arm64; expected x86_64 (declared by layer ${name})`,
      `::error::${name}: lib/libfoo.so.6: ELF for arm64; expected x86_64 (declared by layer ${name})`,
    ]);
    expect(await layerVersions(c, name)).toEqual([]);
  });

  it('refuses code and layers above 250 MB together, naming the function, the total and each part', async () => {
    const name = unique('deps');
    const fn = unique('fn');
    await createFunction(c, fn, { alias: 'live' });
    // Sparse: 150 MB each on paper, under the limit apart, above it together.
    const layerDir = layer({ 'python/model.bin': '' });
    truncateSync(path.join(layerDir, 'python/model.bin'), 150 * 1024 * 1024);
    const code = tree({ 'app.py': 'x', 'weights.bin': '' });
    truncateSync(path.join(code, 'weights.bin'), 150 * 1024 * 1024);
    const result = await run({ 'layer-name': name, 'layer-path': layerDir, functions: fn, 'code-path': code });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `::error::${fn}: code and layers are 300\\.0 MB unzipped: code 150\\.0 MB, ${name}:new 150\\.0 MB; expected at most 250 MB together`,
      ),
    );
    expect(await layerVersions(c, name)).toEqual([]);
  });
});

describe('inspectFile on hand-made ELF headers', () => {
  /** An ELF header with no program headers: class 1 (32-bit) or 2 (64-bit), byte order 1 (little) or 2 (big). */
  function elf(wide: boolean, little: boolean, machine: number): Buffer {
    const header = Buffer.alloc(64);
    header.writeUInt32BE(0x7f454c46, 0);
    header[4] = wide ? 2 : 1;
    header[5] = little ? 1 : 2;
    if (little) header.writeUInt16LE(machine, 18);
    else header.writeUInt16BE(machine, 18);
    return header;
  }
  const read = (file: Buffer) => (offset: number, length: number) => file.subarray(offset, offset + length);

  it.each([
    [true, true, 183, 'arm64'],
    [true, false, 183, 'arm64'],
    [false, true, 3, 'i386'],
    [false, false, 8, 'mips'],
    [true, true, 62, 'x86_64'],
  ])('64-bit %s, little-endian %s, machine %i: %s', (wide, little, machine, expected) => {
    const file = elf(wide, little, machine);
    expect(inspectFile('lib/x.so', file, read(file))?.machine).toBe(expected);
  });

  it('a file too short to be a header is not a binary', () => {
    expect(inspectFile('bin/tiny', Buffer.from('\x7fEL'), read(Buffer.alloc(0)))).toBeUndefined();
  });
});

describe('unzippedSizeAt', () => {
  it("reads a zip's unzipped size from its central directory with ranged GETs", async () => {
    const zip = zipOf({ 'a.txt': 'a'.repeat(1000), 'b/c.txt': 'hello' });
    const ranges: string[] = [];
    const server = createServer((req, res) => {
      const range = String(req.headers.range);
      ranges.push(range);
      const suffix = /^bytes=-(\d+)$/.exec(range);
      const span = /^bytes=(\d+)-(\d+)$/.exec(range);
      const start = suffix ? Math.max(0, zip.length - Number(suffix[1])) : Number(span![1]);
      const end = suffix ? zip.length - 1 : Number(span![2]);
      res.writeHead(206, { 'content-range': `bytes ${start}-${end}/${zip.length}` });
      res.end(zip.subarray(start, end + 1));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      expect(await unzippedSizeAt(`http://127.0.0.1:${port}/layer.zip`)).toBe(1005);
      expect(ranges).toEqual(['bytes=-65536']);
    } finally {
      server.close();
    }
  });
});
