import { GetFunctionCommand, GetLayerVersionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { UNZIPPED_LIMIT } from '../aws/limits.js';
import type { FunctionPlan } from '../functions/deploy.js';
import type { PlannedLayer } from '../layers/plan.js';
import { megabytes } from '../common/units.js';
import { layerNameOf, versionArnParts } from '../aws/arns.js';

// What is inside a layer, judged before it is published: binaries for another CPU or OS, a C library the runtime
// lacks, Python extensions and wheels for another interpreter or platform. Headers are parsed here directly, so the
// runner needs no external tool.

/** One problem with one file, as the job summary shows it. */
export interface Finding {
  path: string;
  finding: string;
  expected: string;
}

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

function compareVersions(a: string, b: string): number {
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
  if (![1, 2].includes(head[4]!) || ![1, 2].includes(head[5]!)) return 'an ELF header of unknown class or byte order';
  const elf: Elf = { read, little: head[5] === 1, wide: head[4] === 2 };
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
export function inspectFile(path: string, head: Buffer, read: ReadAt): FileFacts | undefined {
  const facts: FileFacts = { path };
  if (/\.dist-info\/WHEEL$/.test(path)) {
    facts.wheelTags = [...head.toString('utf8').matchAll(/^Tag:\s*(\S+)/gm)].map((match) => match[1]!);
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

/** The glibc of the runtime's Amazon Linux: 2.26 on AL2 runtimes, 2.34 on AL2023 ones; undefined when not known. */
function glibcOf(runtime: string): string | undefined {
  const python = /^python3\.(\d+)$/.exec(runtime);
  if (python) return Number(python[1]) >= 12 ? '2.34' : '2.26';
  const node = /^nodejs(\d+)\.x$/.exec(runtime);
  if (node) return Number(node[1]) >= 20 ? '2.34' : '2.26';
  const java = /^java(\d+)(\.al2)?$/.exec(runtime);
  if (java) return Number(java[1]) >= 21 ? '2.34' : '2.26';
  const dotnet = /^dotnet(\d+)$/.exec(runtime);
  if (dotnet) return Number(dotnet[1]) >= 8 ? '2.34' : '2.26';
  const ruby = /^ruby3\.(\d+)$/.exec(runtime);
  if (ruby) return Number(ruby[1]) >= 3 ? '2.34' : '2.26';
  if (runtime === 'provided.al2023') return '2.34';
  if (runtime === 'provided.al2') return '2.26';
  return undefined;
}

/** What the layer is held to, each with the reason it is: declared by the layer, or a function it is attached to. */
export interface Expectations {
  architectures: { value: string; because: string }[];
  runtimes: { value: string; because: string }[];
}

const WHEEL_ARCH: Record<string, RegExp> = { x86_64: /(x86_64|amd64)$/, arm64: /(aarch64|arm64)$/ };

/** The findings about one file's facts. */
function judge(facts: FileFacts, expect: Expectations): Finding[] {
  const findings: Finding[] = [];
  const add = (finding: string, expected: string) => findings.push({ path: facts.path, finding, expected });
  if (facts.os) add(`built for ${facts.os}`, 'a Linux build (ELF)');
  if (facts.notWholeElf) {
    const wanted = expect.architectures.map(({ value, because }) => ` for ${value} (${because})`).join(',');
    add(`not a whole ELF file: ${facts.notWholeElf}`, `an ELF shared object${wanted}`);
  }
  for (const { value, because } of expect.architectures) {
    if (facts.machine && facts.machine !== value) add(`ELF for ${facts.machine}`, `${value} (${because})`);
  }
  if (facts.musl) add(`linked against musl (Alpine): ${facts.musl}`, 'glibc, which Lambda runtimes use');
  for (const { value, because } of expect.runtimes) {
    const glibc = glibcOf(value);
    if (facts.glibc && glibc && compareVersions(facts.glibc, glibc) > 0) {
      add(`needs GLIBC_${facts.glibc}`, `at most GLIBC_${glibc}, the glibc of ${value} (${because})`);
    }
  }
  // Python 3.X alone looks under python/lib/python3.X/site-packages; every declared Python looks under python/.
  const abi = /\.cpython-3(\d+)-[^/]*\.so$/.exec(facts.path)?.[1];
  const onlyFor = /(?:^|\/)python\/lib\/python3\.(\d+)\/site-packages\//.exec(facts.path)?.[1];
  for (const { value, because } of expect.runtimes) {
    const minor = /^python3\.(\d+)$/.exec(value)?.[1];
    if (abi && minor && (onlyFor === undefined || onlyFor === minor) && abi !== minor) {
      add(`a CPython 3.${abi} extension`, `CPython 3.${minor} (${because})`);
    }
  }
  if (facts.wheelTags && facts.wheelTags.length > 0) {
    const platforms = facts.wheelTags.map((tag) => tag.split('-').pop() ?? '');
    const packageName = facts.path.split('/').slice(-2, -1)[0] ?? facts.path;
    const fits = (platform: string) =>
      platform === 'any' ||
      (/^(manylinux|linux)/.test(platform) &&
        expect.architectures.every(({ value }) => WHEEL_ARCH[value]?.test(platform) ?? true));
    if (!platforms.some(fits)) {
      const kind = platforms.some((p) => p.startsWith('musllinux'))
        ? 'musllinux (Alpine)'
        : platforms.some((p) => /^(macosx|win)/.test(p))
          ? 'another OS'
          : 'another architecture';
      const wanted = expect.architectures.map(({ value, because }) => `${value} (${because})`).join(', ') || 'Linux';
      findings.push({
        path: facts.path,
        finding: `${packageName} is a wheel for ${kind}: ${platforms.join(', ')}`,
        expected: `manylinux for ${wanted}`,
      });
    }
  }
  return findings;
}

/** A finding about a file of one of the listed layers (its key), or about a function's total size. */
export interface LayerFinding extends Finding {
  layer: string;
}

/**
 * The findings of every built layer: each is held to the architectures and runtimes it declares, or, where it
 * declares none, to those of the functions it is attached to in this run.
 */
export function checkLayers(layers: PlannedLayer[], functions: FunctionPlan[]): LayerFinding[] {
  return layers.flatMap((layer) => {
    if (!layer.build) return [];
    const { settings, facts } = layer.build;
    const users = functions.filter((plan) => plan.attach.includes(layer.key));
    const declared = (values: string[]) => values.map((value) => ({ value, because: `declared by layer ${layer.key}` }));
    const ofUsers = (value: (plan: FunctionPlan) => string | undefined) =>
      users.flatMap((plan) => {
        const found = value(plan);
        return found === undefined ? [] : [{ value: found, because: `function ${plan.fn.name}` }];
      });
    // Architectures: what it declares and what its functions run on, both. Runtimes: what it declares, else theirs.
    const expect: Expectations = {
      architectures: [...declared(settings.architectures), ...ofUsers((plan) => plan.architecture)],
      runtimes: settings.runtimes.length > 0 ? declared(settings.runtimes) : ofUsers((plan) => plan.runtime),
    };
    const judged = facts.map((fact) => ({ fact, findings: judge(fact, expect) }));
    // A link is reported only for what the file it leads to is not, so that a library and its link count once.
    const key = (path: string, { finding, expected }: Finding) => `${path}\0${finding}\0${expected}`;
    const own = new Set(judged.flatMap(({ fact, findings }) => findings.map((finding) => key(fact.path, finding))));
    return judged.flatMap(({ fact, findings }) =>
      findings
        .filter((finding) => fact.link === undefined || !own.has(key(fact.link, finding)))
        .map((finding) => ({ layer: layer.key, ...finding })),
    );
  });
}

/**
 * The unzipped size of the zip at a URL, from its central directory: a ranged GET of the last 64 KiB (and of the
 * directory itself when it starts before that), never the whole file. undefined when it cannot be read.
 */
export async function unzippedSizeAt(url: string): Promise<number | undefined> {
  const get = async (range: string) => {
    const response = await fetch(url, { headers: { Range: `bytes=${range}` }, signal: AbortSignal.timeout(10_000) });
    if (response.status !== 206 && response.status !== 200) return undefined;
    const total = Number(/\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1] ?? NaN);
    return { body: Buffer.from(await response.arrayBuffer()), total };
  };
  try {
    const tail = await get('-65536');
    if (!tail) return undefined;
    const end = tail.body.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > tail.body.length) return undefined;
    const entries = tail.body.readUInt16LE(end + 10);
    const directorySize = tail.body.readUInt32LE(end + 12);
    const directoryOffset = tail.body.readUInt32LE(end + 16);
    const tailStart = (Number.isNaN(tail.total) ? tail.body.length : tail.total) - tail.body.length;
    const directory =
      directoryOffset >= tailStart
        ? tail.body.subarray(directoryOffset - tailStart)
        : (await get(`${directoryOffset}-${directoryOffset + directorySize - 1}`))?.body;
    if (!directory) return undefined;
    let sum = 0;
    for (let at = 0, n = 0; n < entries && at + 46 <= directory.length; n++) {
      if (directory.readUInt32LE(at) !== 0x02014b50) return undefined;
      sum += directory.readUInt32LE(at + 24);
      at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return sum;
  } catch {
    return undefined;
  }
}

/**
 * Whether the action may read a Location URL Lambda gave: with an emulator (AWS_ENDPOINT_URL), only one it serves,
 * so no request leaves for a real account's S3.
 */
export function readable(location: string | undefined): location is string {
  if (!location || !/^https?:\/\//.test(location)) return false;
  const endpoint = process.env['AWS_ENDPOINT_URL'];
  return endpoint === undefined || new URL(location).host === new URL(endpoint).host;
}

/**
 * Lambda's 250 MB is for a function's code and all its layers unzipped together. The parts this run builds are known;
 * the others are read from their zips' central directories. A part that cannot be read is named, and not counted.
 */
export async function checkSizes(
  lambda: LambdaClient,
  layers: PlannedLayer[],
  functions: FunctionPlan[],
): Promise<{ findings: LayerFinding[]; unreadable: string[] }> {
  const sizes = new Map<string, Promise<number | undefined>>();
  const layerSize = (arn: string) => {
    if (!sizes.has(arn)) {
      const { layerArn, version } = versionArnParts(arn);
      const read = lambda
        .send(new GetLayerVersionCommand({ LayerName: layerArn, VersionNumber: version }))
        .then((out) => (readable(out.Content?.Location) ? unzippedSizeAt(out.Content.Location) : undefined));
      sizes.set(
        arn,
        read.catch(() => undefined),
      );
    }
    return sizes.get(arn)!;
  };
  const findings: LayerFinding[] = [];
  const unreadable = new Set<string>();
  for (const plan of functions.filter((fn) => !fn.unchanged)) {
    const attached = plan.attach.map((key) => layers.find((layer) => layer.key === key)!);
    const names = new Set(attached.map((layer) => layer.name));
    const parts: [string, Promise<number | undefined> | number][] = [
      [
        'code',
        plan.code?.unzippedSize ??
          lambda
            .send(new GetFunctionCommand({ FunctionName: plan.fn.id }))
            .then((out) => (readable(out.Code?.Location) ? unzippedSizeAt(out.Code.Location) : undefined))
            .catch(() => undefined),
      ],
      ...attached.map((layer): [string, Promise<number | undefined> | number] => [
        `${layer.name}:${layer.version?.version ?? 'new'}`,
        layer.build?.unzippedSize ?? layerSize(layer.version!.arn),
      ]),
      ...plan.layers
        .filter((arn) => !names.has(layerNameOf(arn)))
        .map((arn): [string, Promise<number | undefined>] => [`${layerNameOf(arn)}:${arn.split(':').pop()}`, layerSize(arn)]),
    ];
    const known = await Promise.all(parts.map(async ([label, size]) => [label, await size] as const));
    for (const [label, size] of known) if (size === undefined) unreadable.add(`${plan.fn.name} ${label}`);
    const total = known.reduce((sum, [, size]) => sum + (size ?? 0), 0);
    if (total > UNZIPPED_LIMIT) {
      findings.push({
        layer: '-',
        path: plan.fn.name,
        finding: `code and layers are ${megabytes(total)} unzipped: ${known.map(([label, size]) => `${label} ${size === undefined ? '?' : megabytes(size)}`).join(', ')}`,
        expected: "at most 250 MB together, Lambda's limit",
      });
    }
  }
  return { findings, unreadable: [...unreadable] };
}
