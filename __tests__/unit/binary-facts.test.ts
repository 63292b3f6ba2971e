// What the content checks learn from a file's first bytes: the machine of an ELF, whether a shared object is whole, the
// system a Mach-O or PE file is built for, from headers written by the test (support/elf.ts).
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/verify/facts.js';
import { elfSharedObject, javaClass, machO, pe } from '../support/elf.js';

/** A ReadAt over a file's bytes. */
const readOf = (file: Buffer) => (offset: number, length: number) => file.subarray(offset, offset + length);

describe('factsOf on hand-made ELF headers', () => {
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
  it.each([
    [true, true, 183, 'arm64'],
    [true, false, 183, 'arm64'],
    [false, true, 3, 'i386'],
    [false, false, 8, 'mips'],
    [true, true, 62, 'x86_64'],
  ])('64-bit %s, little-endian %s, machine %i: %s', (wide, little, machine, expected) => {
    const file = elf(wide, little, machine);
    expect(factsOf('lib/x.so', file, readOf(file))?.machine).toBe(expected);
  });

  it('a file too short to be a header is not a binary', () => {
    expect(factsOf('bin/tiny', Buffer.from('\x7fEL'), readOf(Buffer.alloc(0)))).toBeUndefined();
  });

  /** A whole shared object changed by `edit`, then cut to `length` bytes. */
  function broken(edit: (file: Buffer) => void, length?: number): Buffer {
    const file = Buffer.from(elfSharedObject());
    edit(file);
    return file.subarray(0, length);
  }

  it.each([
    ['its 64-byte header is cut short at 40 bytes', broken(() => {}, 40)],
    ['an ELF header of unknown class or byte order', broken((file) => (file[4] = 3))],
    ['its program headers end past the end of the file', broken((file) => file.writeBigUInt64LE(1n << 20n, 32))],
    ['its section headers end past the end of the file', broken(() => {}, -1)],
    // Without section headers (as sstrip leaves a file), the cut shows in the segment the loader maps.
    ['its segments end past the end of the file', broken((file) => file.writeUInt16LE(0, 60), -200)],
  ])('a shared object that is not a whole ELF: %s', (expected, file) => {
    expect(factsOf('lib/libz.so.1', file, readOf(file))?.notWholeElf).toBe(expected);
  });

  it('reads one byte to learn that a table lies past the end, never the table a corrupt header describes', () => {
    const file = broken((file) => {
      file.writeUInt16LE(0xffff, 54);
      file.writeUInt16LE(0xffff, 56);
    });
    const lengths: number[] = [];
    const facts = factsOf('lib/libz.so.1', file, (offset, length) => {
      lengths.push(length);
      return readOf(file)(offset, length);
    });
    expect(facts?.notWholeElf).toBe('its program headers end past the end of the file');
    expect(Math.max(...lengths)).toBe(1);
  });

  it('judges a broken ELF only where a loader opens it: a shared object or a Node addon, not data', () => {
    const cut = broken(() => {}, -1);
    expect(factsOf('nodejs/node_modules/x/build/Release/x.node', cut, readOf(cut))?.notWholeElf).toBeDefined();
    expect(factsOf('python/tests/data/cut.bin', cut, readOf(cut))).toEqual({
      path: 'python/tests/data/cut.bin',
      machine: 'x86_64',
    });
    expect(factsOf('lib/libz.so', Buffer.alloc(0), readOf(Buffer.alloc(0)))?.notWholeElf).toBe('0 bytes');
    expect(factsOf('lib/data.bin', Buffer.alloc(0), readOf(Buffer.alloc(0)))).toBeUndefined();
  });
});

describe('factsOf on Mach-O and PE headers', () => {
  const facts = (path: string, file: Buffer) => factsOf(path, file, readOf(file));

  it('a fat Mach-O with 32- or 64-bit offsets is built for macOS; a Java class file is neither', () => {
    expect(facts('lib/libz.dylib', machO('fat'))?.os).toBe('macOS');
    expect(facts('lib/libz.dylib', machO('fat64'))?.os).toBe('macOS');
    expect(facts('java/lib/App.class', javaClass())).toBeUndefined();
  });

  it('a PE file is built for Windows where a runtime loads it, a .NET assembly is not, an .exe is not looked at', () => {
    for (const name of ['x.pyd', 'x.dll', 'X.DLL', 'x.so', 'libx.so.1', 'x.node'])
      expect(facts(`lib/${name}`, pe())?.os).toBe('Windows');
    expect(facts('lib/App.dll', pe({ managed: true }))).toBeUndefined();
    expect(facts('python/setuptools/cli-64.exe', pe())).toBeUndefined();
  });
});
