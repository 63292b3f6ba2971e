// Binaries for the content checks, written here so no test depends on the host's own (its /bin/ls, its glibc, its
// CPU): a 64-bit little-endian ELF shared object with the tables a dynamic loader and binutils read, PE and Mach-O
// headers, and a Java class file.

export interface ElfOptions {
  machine?: 'x86_64' | 'arm64';
  /** The PT_INTERP path, as an executable has it. */
  interpreter?: string;
  /** DT_NEEDED libraries; libc.so.6 by default. */
  needed?: string[];
  /** GLIBC_x.y versions needed from libc.so.6, one undefined symbol each, as a linker records them. */
  glibc?: string[];
}

const MACHINES = { x86_64: 62, arm64: 183 };
const align = (offset: number) => Math.ceil(offset / 8) * 8;

/** The System V hash of a name, which a Vernaux entry carries beside it. */
function elfHash(name: string): number {
  let h = 0;
  for (const byte of Buffer.from(name)) {
    h = ((h << 4) + byte) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h ^= g >>> 24;
    h = (h & ~g) >>> 0;
  }
  return h;
}

/** A string table: the offset of each string added, and the bytes. */
function strings() {
  const parts: Buffer[] = [Buffer.alloc(1)];
  let size = 1;
  return {
    add(value: string): number {
      const at = size;
      parts.push(Buffer.from(`${value}\0`));
      size += value.length + 1;
      return at;
    },
    bytes: () => Buffer.concat(parts),
  };
}

/**
 * A shared object (ET_DYN) laid out as a linker would have left it (readelf and objdump read it so): program headers
 * (PT_INTERP, one PT_LOAD over the whole file at address 0, PT_DYNAMIC), .dynsym, .dynstr, .gnu.version,
 * .gnu.version_r and .dynamic, and section headers at the end, where a truncated copy loses them first.
 */
export function elfSharedObject(options: ElfOptions = {}): Buffer {
  const { machine = 'x86_64', interpreter, needed = ['libc.so.6'], glibc = [] } = options;
  const dynstr = strings();
  const neededNames = needed.map((name) => dynstr.add(name));
  const libc = glibc.length > 0 ? dynstr.add('libc.so.6') : 0;
  const versions = glibc.map((version) => ({ name: `GLIBC_${version}`, at: dynstr.add(`GLIBC_${version}`) }));
  const symbols = glibc.map((_, i) => dynstr.add(`glibc_function_${i}`));
  const dynstrBytes = dynstr.bytes();

  const phnum = interpreter === undefined ? 2 : 3;
  const layout: Record<string, { offset: number; size: number }> = {};
  let end = 64 + 56 * phnum;
  const place = (name: string, size: number) => {
    end = align(end);
    layout[name] = { offset: end, size };
    end += size;
  };
  const interp = interpreter === undefined ? undefined : Buffer.from(`${interpreter}\0`);
  if (interp) place('.interp', interp.length);
  place('.dynstr', dynstrBytes.length);
  place('.dynsym', 24 * (symbols.length + 1));
  place('.gnu.version', 2 * (symbols.length + 1));
  if (versions.length > 0) place('.gnu.version_r', 16 + 16 * versions.length);
  const dynamic: [number, number][] = [
    ...neededNames.map((at): [number, number] => [1, at]),
    [5, layout['.dynstr']!.offset],
    [10, dynstrBytes.length],
    [6, layout['.dynsym']!.offset],
    [11, 24],
    [0x6ffffff0, layout['.gnu.version']!.offset],
    ...(versions.length > 0
      ? ([
          [0x6ffffffe, layout['.gnu.version_r']!.offset],
          [0x6fffffff, 1],
        ] as [number, number][])
      : []),
    [0, 0],
  ];
  place('.dynamic', 16 * dynamic.length);
  const shstrtab = strings();
  const sectionNames = ['.interp', '.dynstr', '.dynsym', '.gnu.version', '.gnu.version_r', '.dynamic']
    .filter((name) => layout[name])
    .map((name) => ({ name, at: shstrtab.add(name) }));
  const shstrtabName = shstrtab.add('.shstrtab');
  const shstrtabBytes = shstrtab.bytes();
  place('.shstrtab', shstrtabBytes.length);
  const shoff = align(end);
  const shnum = sectionNames.length + 2;
  const file = Buffer.alloc(shoff + 64 * shnum);

  file.writeUInt32BE(0x7f454c46, 0);
  file[4] = 2; // 64-bit
  file[5] = 1; // little-endian
  file[6] = 1; // ELF version
  file.writeUInt16LE(3, 16); // ET_DYN
  file.writeUInt16LE(MACHINES[machine], 18);
  file.writeUInt32LE(1, 20);
  file.writeBigUInt64LE(64n, 32);
  file.writeBigUInt64LE(BigInt(shoff), 40);
  file.writeUInt16LE(64, 52);
  file.writeUInt16LE(56, 54);
  file.writeUInt16LE(phnum, 56);
  file.writeUInt16LE(64, 58);
  file.writeUInt16LE(shnum, 60);
  file.writeUInt16LE(shnum - 1, 62);

  const segments: [type: number, offset: number, size: number][] = [
    ...(interp ? [[3, layout['.interp']!.offset, interp.length] as [number, number, number]] : []),
    [1, 0, file.length],
    [2, layout['.dynamic']!.offset, layout['.dynamic']!.size],
  ];
  segments.forEach(([type, offset, size], i) => {
    const at = 64 + 56 * i;
    file.writeUInt32LE(type, at);
    file.writeUInt32LE(type === 1 ? 5 : 4, at + 4); // PT_LOAD R+X, others R
    for (const field of [8, 16, 24]) file.writeBigUInt64LE(BigInt(offset), at + field);
    for (const field of [32, 40]) file.writeBigUInt64LE(BigInt(size), at + field);
    file.writeBigUInt64LE(type === 1 ? 0x1000n : 8n, at + 48);
  });

  if (interp) interp.copy(file, layout['.interp']!.offset);
  dynstrBytes.copy(file, layout['.dynstr']!.offset);
  symbols.forEach((name, i) => {
    const at = layout['.dynsym']!.offset + 24 * (i + 1);
    file.writeUInt32LE(name, at);
    file[at + 4] = 0x12; // STB_GLOBAL, STT_FUNC; undefined (st_shndx 0)
    file.writeUInt16LE(i + 2, layout['.gnu.version']!.offset + 2 * (i + 1));
  });
  if (versions.length > 0) {
    const at = layout['.gnu.version_r']!.offset;
    file.writeUInt16LE(1, at);
    file.writeUInt16LE(versions.length, at + 2);
    file.writeUInt32LE(libc, at + 4);
    file.writeUInt32LE(16, at + 8);
    versions.forEach(({ name, at: nameAt }, i) => {
      const aux = at + 16 + 16 * i;
      file.writeUInt32LE(elfHash(name), aux);
      file.writeUInt16LE(i + 2, aux + 6);
      file.writeUInt32LE(nameAt, aux + 8);
      file.writeUInt32LE(i === versions.length - 1 ? 0 : 16, aux + 12);
    });
  }
  dynamic.forEach(([tag, value], i) => {
    file.writeBigUInt64LE(BigInt(tag), layout['.dynamic']!.offset + 16 * i);
    file.writeBigUInt64LE(BigInt(value), layout['.dynamic']!.offset + 16 * i + 8);
  });
  shstrtabBytes.copy(file, layout['.shstrtab']!.offset);

  // Section headers: the null one, then each section, .shstrtab last.
  const types: Record<string, [type: number, link: string | undefined, entsize: number]> = {
    '.interp': [1, undefined, 0],
    '.dynstr': [3, undefined, 0],
    '.dynsym': [11, '.dynstr', 24],
    '.gnu.version': [0x6fffffff, '.dynsym', 2],
    '.gnu.version_r': [0x6ffffffe, '.dynstr', 0],
    '.dynamic': [6, '.dynstr', 16],
  };
  const indexOf = (name: string) => 1 + sectionNames.findIndex((section) => section.name === name);
  [...sectionNames, { name: '.shstrtab', at: shstrtabName }].forEach(({ name, at: nameAt }, i) => {
    const at = shoff + 64 * (i + 1);
    const [type, link, entsize] = types[name] ?? [3, undefined, 0];
    const { offset, size } = layout[name]!;
    file.writeUInt32LE(nameAt, at);
    file.writeUInt32LE(type, at + 4);
    file.writeBigUInt64LE(name === '.shstrtab' ? 0n : 2n, at + 8); // SHF_ALLOC
    file.writeBigUInt64LE(name === '.shstrtab' ? 0n : BigInt(offset), at + 16);
    file.writeBigUInt64LE(BigInt(offset), at + 24);
    file.writeBigUInt64LE(BigInt(size), at + 32);
    file.writeUInt32LE(link ? indexOf(link) : 0, at + 40);
    // .dynsym: the index of its first global symbol; .gnu.version_r: its entry count.
    file.writeUInt32LE(name === '.dynsym' ? 1 : name === '.gnu.version_r' ? 1 : 0, at + 44);
    file.writeBigUInt64LE(name === '.dynstr' || name === '.shstrtab' || name === '.interp' ? 1n : 8n, at + 48);
    file.writeBigUInt64LE(BigInt(entsize), at + 56);
  });
  return file;
}

/** A PE file's first bytes: the MZ stub pointing at a PE signature, a COFF header and a PE32+ optional header. */
export function pe(options: { managed?: boolean } = {}): Buffer {
  const file = Buffer.alloc(0x200);
  file.write('MZ', 0);
  file.writeUInt32LE(0x80, 0x3c);
  file.write('PE\0\0', 0x80, 'latin1');
  file.writeUInt16LE(0x8664, 0x84); // AMD64
  file.writeUInt16LE(240, 0x94); // SizeOfOptionalHeader
  const optional = 0x98;
  file.writeUInt16LE(0x20b, optional);
  file.writeUInt32LE(16, optional + 108); // NumberOfRvaAndSizes
  // A .NET assembly's CLI header: data directory 14.
  if (options.managed) {
    file.writeUInt32LE(0x2000, optional + 112 + 14 * 8);
    file.writeUInt32LE(0x48, optional + 112 + 14 * 8 + 4);
  }
  return file;
}

/** A Mach-O header: thin 64-bit (feedfacf, as written on little-endian Macs), or fat with 32- or 64-bit offsets. */
export function machO(kind: 'thin' | 'fat' | 'fat64' = 'thin'): Buffer {
  if (kind === 'thin') return Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.alloc(60)]);
  const file = Buffer.alloc(64);
  file.writeUInt32BE(kind === 'fat' ? 0xcafebabe : 0xcafebabf, 0);
  file.writeUInt32BE(2, 4); // x86_64 and arm64 slices
  return file;
}

/** A Java class file, which shares Mach-O fat's magic; its version (52) follows, not an architecture count. */
export function javaClass(): Buffer {
  return Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x34, 0, 0, 0, 0]);
}
