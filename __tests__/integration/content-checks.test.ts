// What is inside a layer, checked in the plan with binaries written by the test (support/elf.ts): ELF shared objects
// whole and broken, Mach-O and PE headers, Python extensions and wheels of another interpreter or platform, the layouts
// pip gives setuptools and numpy, and 250 MB with the code.
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { actionRunner, type Run } from '../support/action.js';
import { elfSharedObject, javaClass, machO, pe } from '../support/elf.js';
import { createFunction, layerVersions, rawZip, tree, unique } from '../support/fixtures.js';
import { sharedMoto } from '../support/suite.js';

const { endpoint, c } = sharedMoto();

const { run } = actionRunner(endpoint);

/** A binary that needs glibc 2.34, as one linked on Amazon Linux 2023 does. */
const needs234 = () => elfSharedObject({ glibc: ['2.2.5', '2.17', '2.34'] });

/** A layer directory holding `files` (path -> content). */
function layer(files: Record<string, string | Buffer>): string {
  const dir = tree({ 'python/ok.py': 'ok\n' });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A layer .zip holding `files` (path -> content). */
function layerZip(files: Record<string, string | Buffer>): string {
  const zip = new AdmZip();
  for (const [name, content] of Object.entries(files))
    zip.addFile(name, typeof content === 'string' ? Buffer.from(content) : content);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'layer-')), 'layer.zip');
  zip.writeZip(file);
  return file;
}

/** A whole shared object with its end cut off, as an interrupted download or copy leaves it. */
const truncated = () => elfSharedObject().subarray(0, -100);

/** What `pip install --target python setuptools pip` leaves: Windows launchers beside pure-Python wheels. */
const setuptoolsLayout = () => ({
  ...Object.fromEntries(
    ['cli', 'cli-32', 'cli-64', 'cli-arm64', 'gui', 'gui-32', 'gui-64', 'gui-arm64'].map((name) => [
      `python/setuptools/${name}.exe`,
      pe(),
    ]),
  ),
  ...Object.fromEntries(
    ['t32', 't64', 't64-arm', 'w32', 'w64', 'w64-arm'].map((name) => [`python/pip/_vendor/distlib/${name}.exe`, pe()]),
  ),
  'python/setuptools/__init__.py': '',
  'python/_distutils_hack/__init__.py': '',
  'python/distutils-precedence.pth': 'import _distutils_hack; _distutils_hack.add_shim()\n',
  'python/setuptools-75.6.0.dist-info/WHEEL':
    'Wheel-Version: 1.0\nGenerator: setuptools (75.6.0)\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
  'python/pip-24.3.1.dist-info/WHEEL':
    'Wheel-Version: 1.0\nGenerator: setuptools (75.1.0)\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
});

/** What `pip install --target python numpy` leaves: auditwheel's vendored libraries in numpy.libs/. */
const numpyLayout = () => ({
  'python/numpy.libs/libopenblas64_p-r0-0cf96a72.3.23.dev.so': elfSharedObject({ glibc: ['2.2.5', '2.17'] }),
  'python/numpy.libs/libgfortran-040039e1.so.5.0.0': elfSharedObject({ glibc: ['2.14'] }),
  'python/numpy.libs/libquadmath-96973f99.so.0.0.0': elfSharedObject({ glibc: ['2.2.5'] }),
  'python/numpy/core/_multiarray_umath.cpython-312-x86_64-linux-gnu.so': elfSharedObject({
    needed: ['libopenblas64_p-r0-0cf96a72.3.23.dev.so', 'libc.so.6'],
    glibc: ['2.17'],
  }),
  'python/numpy/__init__.py': '',
  'python/numpy-1.26.4.dist-info/WHEEL':
    'Wheel-Version: 1.0\nGenerator: meson\nRoot-Is-Purelib: false\nTag: cp312-cp312-manylinux_2_17_x86_64\nTag: cp312-cp312-manylinux2014_x86_64\n',
});

describe('content checks in the plan, before anything is published', () => {
  it.each([
    [
      'a binary that needs a newer glibc than the runtime has',
      { 'compatible-runtimes': 'python3.11' },
      () => layer({ 'bin/ls': needs234() }),
      /::error::LAYER: bin\/ls: needs GLIBC_2\.34; expected at most GLIBC_2\.26, the glibc of python3\.11 \(declared by layer LAYER\)/,
    ],
    [
      'a binary linked against musl',
      {},
      () => layer({ 'bin/tool': elfSharedObject({ interpreter: '/lib/ld-musl-x86_64.so.1' }) }),
      /::error::LAYER: bin\/tool: linked against musl \(Alpine\): \/lib\/ld-musl-x86_64\.so\.1; expected glibc/,
    ],
    [
      'a Mach-O file',
      {},
      () => layer({ 'python/_speedups.so': machO() }),
      /::error::LAYER: python\/_speedups\.so: built for macOS/,
    ],
    [
      'a fat Mach-O with 64-bit offsets',
      {},
      () => layer({ 'python/_speedups.so': machO('fat64') }),
      /::error::LAYER: python\/_speedups\.so: built for macOS/,
    ],
    [
      'a Windows Python extension',
      {},
      () => layer({ 'python/_speedups.cp312-win_amd64.pyd': pe() }),
      /::error::LAYER: python\/_speedups\.cp312-win_amd64\.pyd: built for Windows; expected a Linux build \(ELF\)/,
    ],
    ['a Windows DLL', {}, () => layer({ 'lib/sqlite3.dll': pe() }), /::error::LAYER: lib\/sqlite3\.dll: built for Windows/],
    [
      'a PE file named as a Linux extension',
      { 'compatible-runtimes': 'python3.12' },
      () => layer({ 'python/fast.cpython-312-x86_64-linux-gnu.so': pe() }),
      /::error::LAYER: python\/fast\.cpython-312-x86_64-linux-gnu\.so: built for Windows/,
    ],
    [
      'a PE file named as a Node addon',
      {},
      () => layer({ 'nodejs/node_modules/sharp/build/Release/sharp.node': pe() }),
      /::error::LAYER: nodejs\/node_modules\/sharp\/build\/Release\/sharp\.node: built for Windows/,
    ],
    [
      'an empty shared object',
      { 'compatible-architectures': 'x86_64' },
      () => layer({ 'lib/libz.so.1': '' }),
      /::error::LAYER: lib\/libz\.so\.1: not a whole ELF file: 0 bytes; expected an ELF shared object for x86_64 \(declared by layer LAYER\)/,
    ],
    [
      'a shared object that is not an ELF file',
      {},
      () => layer({ 'python/fast.abi3.so': 'version https://git-lfs.github.com/spec/v1\n' }),
      /::error::LAYER: python\/fast\.abi3\.so: not a whole ELF file: no ELF header; expected an ELF shared object/,
    ],
    [
      'a shared object cut short',
      {},
      () => layer({ 'lib/libz.so.1.2.13': truncated() }),
      /::error::LAYER: lib\/libz\.so\.1\.2\.13: not a whole ELF file: its section headers end past the end of the file/,
    ],
    [
      'a shared object cut short, in a .zip layer',
      {},
      () => layerZip({ 'python/ok.py': 'ok\n', 'lib/libz.so.1': truncated(), 'lib/libbz2.so.1': elfSharedObject() }),
      /::error::LAYER: lib\/libz\.so\.1: not a whole ELF file: its section headers end past the end of the file/,
    ],
    [
      'a CPython 3.11 extension in a python3.12 layer',
      { 'compatible-runtimes': 'python3.12' },
      () => layer({ 'python/fast.cpython-311-x86_64-linux-gnu.so': elfSharedObject() }),
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

  it('passes what Lambda can load: a Java class file, abi3 and matching extensions, an x86_64 wheel, an extensions/ layer, a .NET assembly, a linker script, an .exe', async () => {
    const name = unique('deps');
    const dir = layer({
      'java/lib/App.class': javaClass(),
      'python/ok.abi3.so': elfSharedObject(),
      'python/fast.cpython-312-x86_64-linux-gnu.so': elfSharedObject(),
      'lib/Amazon.Lambda.Core.dll': pe({ managed: true }),
      'lib/libncurses.so': 'INPUT(libncurses.so.6 -ltinfo)\n',
      'lib/libc.so':
        '/* GNU ld script\n   Use the shared library, but some functions are only in\n   the static library. */\nOUTPUT_FORMAT(elf64-x86-64)\nGROUP ( /lib64/libc.so.6 /usr/lib64/libc_nonshared.a )\n',
      'bin/tool.exe': pe(),
      'python/tests/data/cut.bin': truncated(),
      'python/numpy-2.1.0.dist-info/WHEEL': 'Tag: cp312-cp312-manylinux_2_17_x86_64\nTag: cp312-cp312-manylinux2014_x86_64\n',
      'extensions/telemetry': 'x',
    });
    const result = await run({ 'layer-name': name, 'layer-path': dir, 'compatible-runtimes': 'python3.12' });
    expect(result.code, result.stdout).toBe(0);
    expect(result.summary).not.toContain('Content checks');
  });

  it.each([
    ['setuptools and pip, Windows launchers included', setuptoolsLayout],
    ['numpy, its vendored libraries in numpy.libs/', numpyLayout],
  ])('passes a layer pip lays out: %s', async (_, files) => {
    const name = unique('deps');
    const result = await run({
      'layer-name': name,
      'layer-path': layer(files()),
      'compatible-runtimes': 'python3.12',
      'compatible-architectures': 'x86_64',
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.summary).not.toContain('Content checks');
    expect(await layerVersions(c, name)).toEqual([1]);
  });

  it('holds an extension under python/lib/python3.X/site-packages to Python 3.X alone, and one under python/ to each', async () => {
    const name = unique('deps');
    // The layout Lambda documents for a layer serving several Python versions.
    const versioned = layer({
      'python/lib/python3.11/site-packages/fast/_speedups.cpython-311-x86_64-linux-gnu.so': elfSharedObject(),
      'python/lib/python3.12/site-packages/fast/_speedups.cpython-312-x86_64-linux-gnu.so': elfSharedObject(),
    });
    const passed = await run({ 'layer-name': name, 'layer-path': versioned, 'compatible-runtimes': 'python3.11,python3.12' });
    expect(passed.code, passed.stdout).toBe(0);
    expect(await layerVersions(c, name)).toEqual([1]);

    // Both Pythons import from python/: a 3.11 extension there fails under 3.12.
    const shared = layer({ 'python/fast.cpython-311-x86_64-linux-gnu.so': elfSharedObject() });
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
    const result = await run({ 'layer-name': name, 'layer-path': layer({ 'bin/ls': elfSharedObject() }), functions: fn });
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
