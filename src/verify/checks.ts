import { compareVersions, type FileFacts } from './facts.js';

// What a layer's files must be for the functions that load it: judged before it is published.

/** One problem with one file, as the job summary shows it. */
interface Finding {
  path: string;
  finding: string;
  expected: string;
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
interface Expectations {
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

/** A built layer as the checks see it: what it declares, and the facts of its files. */
export interface LayerContent {
  /** NAME, or NAME@ARCH for a variant, as findings name it. */
  key: string;
  architectures: string[];
  runtimes: string[];
  facts: FileFacts[];
}

/** A function a layer is attached to in this run: the layer must load on its architecture and runtime. */
export interface LayerUser {
  name: string;
  architecture: string;
  runtime: string | undefined;
  /** The keys of the layers it receives. */
  layers: string[];
}

/**
 * The findings of every built layer: each is held to the architectures and runtimes it declares, or, where it
 * declares none, to those of the functions it is attached to in this run.
 */
export function checkLayers(layers: LayerContent[], functions: LayerUser[]): LayerFinding[] {
  return layers.flatMap((layer) => {
    const users = functions.filter((user) => user.layers.includes(layer.key));
    const declared = (values: string[]) => values.map((value) => ({ value, because: `declared by layer ${layer.key}` }));
    const ofUsers = (value: (user: LayerUser) => string | undefined) =>
      users.flatMap((user) => {
        const found = value(user);
        return found === undefined ? [] : [{ value: found, because: `function ${user.name}` }];
      });
    // Architectures: what it declares and what its functions run on, both. Runtimes: what it declares, else theirs.
    const expect: Expectations = {
      architectures: [...declared(layer.architectures), ...ofUsers((user) => user.architecture)],
      runtimes: layer.runtimes.length > 0 ? declared(layer.runtimes) : ofUsers((user) => user.runtime),
    };
    const judged = layer.facts.map((fact) => ({ fact, findings: judge(fact, expect) }));
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
