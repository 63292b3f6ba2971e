// What is inside a layer, judged before it is published: binaries for another CPU or OS, a C library the runtime
// lacks, Python extensions and wheels for another interpreter or platform. Headers are parsed here directly, so the
// runner needs no external tool.

/** What a file's header says about where it can run; gathered while the layer is hashed. */
export interface FileFacts {
  path: string;
  /** ELF machine: x86_64, arm64, or the number when it is neither. */
  machine?: string;
  /** The interpreter and needed libraries that name musl. */
  musl?: string;
  /** The highest GLIBC_x.y version the file needs. */
  glibc?: string;
  /** macOS or Windows, for Mach-O and PE files. */
  os?: 'macOS' | 'Windows';
  /** For a file named as a shared object: what makes it not a whole ELF file. */
  notWholeElf?: string;
  /** A *.dist-info/WHEEL file's Tag: lines. */
  wheelTags?: string[];
  /** For a symbolic link, the file it leads to, whose bytes these facts are. */
  link?: string;
}

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Buffer;

// How much of the start of every file the hash pass hands over: enough for every magic number and a WHEEL file.
export const HEAD_BYTES = 64 * 1024;

const ELF_MACHINES: Record<number, string> = { 62: 'x86_64', 183: 'arm64', 3: 'i386', 40: 'arm (32-bit)', 8: 'mips' };

interface Elf {
  read: ReadAt;
  little: boolean;
  wide: boolean;
}

function word(elf: Elf, buffer: Buffer, offset: number, size: 2 | 4 | 8): number {
  if (offset + size > buffer.length) throw new RangeError('truncated');
  if (size === 2) return elf.little ? buffer.readUInt16LE(offset) : buffer.readUInt16BE(offset);
  if (size === 4) return elf.little ? buffer.readUInt32LE(offset) : buffer.readUInt32BE(offset);
  return Number(elf.little ? buffer.readBigUInt64LE(offset) : buffer.readBigUInt64BE(offset));
}

function cString(buffer: Buffer, offset: number): string {
  const end = buffer.indexOf(0, offset);
  return buffer.toString('latin1', offset, end === -1 ? buffer.length : end);
}

const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
const DT_VERNEED = 0x6ffffffe;
const DT_VERNEEDNUM = 0x6fffffff;
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
// A dynamic section or string table larger than this is not one a real library has: the file is not read further.
const MAX_TABLE = 4 * 1024 * 1024;

export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * Machine, interpreter, needed libraries and glibc version needs, from the program headers (stripped files too). The
 * header, its tables and the segments a loader maps must lie inside the file: what does not is returned, and the
 * tables are not read.
 */
function readElf(head: Buffer, read: ReadAt, facts: FileFacts): string | undefined {
  // EI_CLASS (1: 32-bit, 2: 64-bit) and EI_DATA (1: little-endian, 2: big-endian), absent from a header cut short.
  const [elfClass, byteOrder] = [head[4], head[5]];
  if ((elfClass !== 1 && elfClass !== 2) || (byteOrder !== 1 && byteOrder !== 2)) {
    return 'an ELF header of unknown class or byte order';
  }
  const elf: Elf = { read, little: byteOrder === 1, wide: elfClass === 2 };
  const headerSize = elf.wide ? 64 : 52;
  if (head.length < headerSize) return `its ${headerSize}-byte header is cut short at ${head.length} bytes`;
  const machine = word(elf, head, 18, 2);
  facts.machine = ELF_MACHINES[machine] ?? `machine ${machine}`;
  const size = elf.wide ? 8 : 4;
  const phoff = word(elf, head, elf.wide ? 32 : 28, size);
  const shoff = word(elf, head, elf.wide ? 40 : 32, size);
  const phentsize = word(elf, head, elf.wide ? 54 : 42, 2);
  const phnum = word(elf, head, elf.wide ? 56 : 44, 2);
  const shentsize = word(elf, head, elf.wide ? 58 : 46, 2);
  const shnum = word(elf, head, elf.wide ? 60 : 48, 2);
  // One byte read at an end tells whether the file reaches it, so a table a corrupt header makes huge is never read.
  const reaches = (end: number) => end === 0 || (Number.isSafeInteger(end) && read(end - 1, 1).length === 1);
  if (!reaches(phnum === 0 ? 0 : phoff + phentsize * phnum)) return 'its program headers end past the end of the file';
  if (!reaches(shnum === 0 ? 0 : shoff + shentsize * shnum)) return 'its section headers end past the end of the file';
  const table = read(phoff, phentsize * phnum);
  const loads: { vaddr: number; offset: number; filesz: number }[] = [];
  let dynamic: { offset: number; size: number } | undefined;
  const interpreters: { offset: number; size: number }[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = i * phentsize;
    const type = word(elf, table, at, 4);
    const offset = word(elf, table, at + (elf.wide ? 8 : 4), size);
    const vaddr = word(elf, table, at + (elf.wide ? 16 : 8), size);
    const filesz = word(elf, table, at + (elf.wide ? 32 : 16), size);
    if (type === PT_LOAD) loads.push({ vaddr, offset, filesz });
    if (type === PT_DYNAMIC) dynamic = { offset, size: filesz };
    if (type === PT_INTERP) interpreters.push({ offset, size: filesz });
  }
  if (!reaches(loads.reduce((end, load) => Math.max(end, load.offset + load.filesz), 0))) {
    return 'its segments end past the end of the file';
  }
  const names = interpreters.map(({ offset, size }) => cString(read(offset, Math.min(size, 4096)), 0));
  if (dynamic && dynamic.size <= MAX_TABLE) {
    const toOffset = (vaddr: number) => {
      const load = loads.find((segment) => vaddr >= segment.vaddr && vaddr < segment.vaddr + segment.filesz);
      return load ? vaddr - load.vaddr + load.offset : undefined;
    };
    const entries = read(dynamic.offset, dynamic.size);
    const tags = new Map<number, number[]>();
    for (let at = 0; at + 2 * size <= entries.length; at += 2 * size) {
      const tag = word(elf, entries, at, size);
      if (tag === 0) break;
      tags.set(tag, [...(tags.get(tag) ?? []), word(elf, entries, at + size, size)]);
    }
    const strtab = toOffset(tags.get(DT_STRTAB)?.[0] ?? -1);
    const strsz = tags.get(DT_STRSZ)?.[0] ?? 0;
    if (strtab !== undefined && strsz <= MAX_TABLE) {
      const strings = read(strtab, strsz);
      for (const offset of tags.get(DT_NEEDED) ?? []) names.push(cString(strings, offset));
      // Version needs: Elfxx_Verneed (vn_cnt, vn_aux, vn_next) and their Vernaux (vna_name, vna_next).
      let verneed = toOffset(tags.get(DT_VERNEED)?.[0] ?? -1);
      const count = Math.min(tags.get(DT_VERNEEDNUM)?.[0] ?? 0, 64);
      for (let n = 0; n < count && verneed !== undefined; n++) {
        const need = read(verneed, 16);
        const auxCount = Math.min(word(elf, need, 2, 2), 64);
        let aux = verneed + word(elf, need, 8, 4);
        for (let k = 0; k < auxCount; k++) {
          const entry = read(aux, 16);
          const version = /^GLIBC_(\d+\.\d+(?:\.\d+)?)$/.exec(cString(strings, word(elf, entry, 8, 4)))?.[1];
          if (version && (!facts.glibc || compareVersions(version, facts.glibc) > 0)) facts.glibc = version;
          const next = word(elf, entry, 12, 4);
          if (next === 0) break;
          aux += next;
        }
        const next = word(elf, need, 12, 4);
        verneed = next === 0 ? undefined : verneed + next;
      }
    }
  }
  const musl = names.find((name) => /(^|\/)(ld-musl-|libc\.musl-)/.test(name));
  if (musl) facts.musl = musl;
  return undefined;
}

// What the dynamic loader opens by name: shared objects (libz.so, libz.so.1.2.13, Python extensions), Node addons.
const SHARED_OBJECT = /\.(so(\.\d+)*|node)$/;
// A Windows binary is reported where a runtime would load it: a Python extension or DLL, or one of the above. Other
// PE files, such as the .exe launchers setuptools and pip's distlib carry, are never loaded on Lambda.
const WINDOWS_LOADED = /\.(pyd|dll|so(\.\d+)*|node)$/i;
// A development package's libfoo.so may be a text linker script (glibc's libc.so, ncurses'): the linker's, not
// the loader's.
const LINKER_SCRIPT = /^\s*(\/\*[\s\S]*?\*\/\s*)*(INPUT|GROUP|OUTPUT_FORMAT)\s*\(/;

/**
 * Whether the PE file whose signature is at `pe` is native code: a .NET assembly, one with a CLI header (data directory
 * 14 of the optional header, PE32 or PE32+, after the 24 bytes of signature and COFF header), runs on Linux too.
 */
function nativePe(head: Buffer, read: ReadAt, pe: number): boolean {
  const header = pe + 256 <= head.length ? head.subarray(pe, pe + 256) : read(pe, 256);
  if (header.length < 26) return true;
  const count = header.readUInt16LE(24) === 0x20b ? 24 + 108 : 24 + 92;
  const cli = count + 4 + 14 * 8;
  return cli + 8 > header.length || header.readUInt32LE(count) <= 14 || header.readUInt32LE(cli + 4) === 0;
}

/**
 * The facts of one file from its first bytes; `read` is used for ELF and PE files, whose tables may lie further in.
 * A file that is none of the kinds checked, or whose headers do not parse, gives undefined.
 */
export function factsOf(path: string, head: Buffer, read: ReadAt): FileFacts | undefined {
  const facts: FileFacts = { path };
  if (/\.dist-info\/WHEEL$/.test(path)) {
    facts.wheelTags = [...head.toString('utf8').matchAll(/^Tag:\s*(\S+)/gm)].flatMap((match) => match[1] ?? []);
    return facts;
  }
  const extension = /\.cpython-3\d+-[^/]*\.so$/.test(path);
  const sharedObject = SHARED_OBJECT.test(path);
  const magic = head.length >= 4 ? head.readUInt32BE(0) : undefined;
  if (magic === 0x7f454c46) {
    try {
      // A broken ELF is judged where a loader would open it; elsewhere it may be data, such as a test fixture.
      const broken = readElf(head, read, facts);
      if (broken && sharedObject) facts.notWholeElf = broken;
    } catch {
      // Nonsensical tables inside a whole file: not what these checks judge.
    }
    return facts.machine || facts.notWholeElf || extension ? facts : undefined;
  }
  // Mach-O thin (32/64-bit, either byte order), or fat (32- or 64-bit offsets): cafebabe/cafebabf followed by a small
  // architecture count, where a Java class file (cafebabe) has its version (45 and up).
  const fat =
    (magic === 0xcafebabe || magic === 0xcafebabf) && head.length >= 8 && head.readUInt32BE(4) > 0 && head.readUInt32BE(4) < 20;
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic ?? 0) || fat) facts.os = 'macOS';
  else if (head.length >= 0x40 && head.readUInt16BE(0) === 0x4d5a) {
    const pe = head.readUInt32LE(0x3c);
    const signature = pe + 4 <= head.length ? head.subarray(pe, pe + 4) : read(pe, 4);
    if (signature.equals(Buffer.from('PE\0\0')) && WINDOWS_LOADED.test(path) && nativePe(head, read, pe)) {
      facts.os = 'Windows';
    }
  }
  if (!facts.os && sharedObject && !LINKER_SCRIPT.test(head.toString('latin1', 0, 4096))) {
    facts.notWholeElf = head.length === 0 ? '0 bytes' : 'no ELF header';
  }
  if (!facts.os && !facts.notWholeElf && !extension) return undefined;
  return facts;
}
