// The README and the manual in docs/: the README stays short and lists every input and output; each page of the
// manual says what it is for and leads back; no link between them points at a page or heading that is not there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

const MANUAL = readdirSync(path.join(root, 'docs'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => `docs/${file}`);
const PAGES = ['README.md', 'CONTRIBUTING.md', ...MANUAL];

/** The text outside fenced code blocks, line for line (a fenced line becomes empty, so line numbers hold). */
function prose(text: string): string[] {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens; a repeat gets `-1`, `-2`. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of prose(text)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

/** Each relative link of a page whose file or heading does not exist, as `page:line: target`. */
function brokenLinks(file: string, text: string, readPage: (file: string) => string | undefined): string[] {
  const lines = prose(text).map((line) => line.replace(/`[^`]*`/g, ''));
  const joined = lines.join('\n');
  const broken: string[] = [];
  for (const match of joined.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1]!;
    if (/^[a-z]+:/i.test(target)) continue;
    const [page = '', anchor] = target.split('#', 2);
    const resolved = page === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), page));
    const linked = readPage(resolved);
    const line = joined.slice(0, match.index).split('\n').length;
    if (linked === undefined) broken.push(`${file}:${line}: ${target} (no such file)`);
    else if (anchor !== undefined && !anchors(linked).has(anchor)) broken.push(`${file}:${line}: ${target} (no such heading)`);
  }
  return broken;
}

const onDisk = (file: string) => {
  const full = path.join(root, file);
  if (!existsSync(full)) return undefined;
  return file.endsWith('.md') ? readFileSync(full, 'utf8') : '';
};

/** The first column of a README table: the names between backticks in the rows under a `## title`. */
function tableNames(title: string): string[] {
  const section =
    read('README.md')
      .split(/^## /m)
      .find((part) => part.startsWith(`${title}\n`)) ?? '';
  return [...section.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1]!);
}

describe('the README', () => {
  it('is at most 25 KB: the pitch, the quick start, the inputs and outputs, the limits; the rest is in docs/', () => {
    expect(Buffer.byteLength(read('README.md'))).toBeLessThanOrEqual(25_000);
  });

  it('lists every input of action.yml, and no other', () => {
    expect(tableNames('Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('lists every output of action.yml, and no other', () => {
    expect(tableNames('Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('links to every page of the manual and to the contributors guide', () => {
    const readme = read('README.md');
    for (const page of [...MANUAL, 'CONTRIBUTING.md']) expect(readme, page).toContain(`](${page})`);
  });
});

describe('the manual', () => {
  it.each([...MANUAL, 'CONTRIBUTING.md'])(
    '%s opens with its title, then one line saying what it is for and leading back',
    (file) => {
      const [title, blank, purpose] = read(file).split('\n');
      expect(title).toMatch(/^# \S/);
      expect(blank).toBe('');
      expect(purpose).toContain(file === 'CONTRIBUTING.md' ? '](README.md)' : '](../README.md)');
    },
  );

  it.each(PAGES)('every link of %s reaches a file and a heading that exist', (file) => {
    expect(brokenLinks(file, read(file), onDisk)).toEqual([]);
  });

  it('reports a link to a missing page or heading, and not one inside code', () => {
    const pages: Record<string, string> = {
      'README.md': '# Title\n\n## Gradual traffic shifting\n',
      'docs/a.md': '# A page\n\n## Beside Terraform, CDK or SAM\n\n## Step\n\n## Step\n',
    };
    const text = [
      '[ok](../README.md#gradual-traffic-shifting) [ok](a.md#beside-terraform-cdk-or-sam) [ok](#step-1)',
      '[gone](missing.md) [moved](../README.md#beside-terraform-cdk-or-sam)',
      '`[code](nowhere.md)` [web](https://example.com/x#y)',
      '```md\n[fenced](nowhere.md)\n```',
      '[wrapped across',
      'lines](#nothing)',
    ].join('\n');
    expect(brokenLinks('docs/a.md', `${pages['docs/a.md']}${text}`, (file) => pages[file])).toEqual([
      'docs/a.md:9: missing.md (no such file)',
      'docs/a.md:9: ../README.md#beside-terraform-cdk-or-sam (no such heading)',
      'docs/a.md:15: #nothing (no such heading)',
    ]);
  });
});
